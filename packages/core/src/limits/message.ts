import type { Diagnostic, SourceLocation } from '../check/diagnostic.js';
import type { Lang } from '../layout/types.js';
import type { Bilingual } from '../rules/types.js';
import type { LimitProblem } from './limits.js';

/** The finding for a document refused before parsing: its own rule ids, never a report rule's. */
export const LIMIT_RULE_IDS = {
  'too-large': 'input-too-large',
  'string-too-long': 'input-too-large',
  'too-deep': 'input-too-deep',
  'too-much-nesting': 'input-too-deep',
  'too-many-marks': 'input-too-large',
  'too-many-columns': 'input-too-large',
} as const satisfies Record<LimitProblem['kind'], string>;

const size = (n: number, lang: Lang) =>
  n >= 1024 * 1024
    ? `${(n / 1024 / 1024).toFixed(1)} M${lang === 'en' ? ' characters' : ' 个字符'}`
    : `${n}${lang === 'en' ? ' characters' : ' 个字符'}`;

/** What a clerk is told, in both languages; `where` is the line and column, when known. */
export function limitMessages(
  p: LimitProblem,
  where?: { line: number; column: number },
): Bilingual {
  const at = {
    'zh-CN': where ? `第 ${where.line} 行第 ${where.column} 列：` : '',
    en: where ? `Line ${where.line}, column ${where.column}: ` : '',
  };
  switch (p.kind) {
    case 'too-large':
      return {
        'zh-CN': `文档过大（${size(p.found, 'zh-CN')}），超过上限 ${size(p.limit, 'zh-CN')}，未读取`,
        en: `Document too large (${size(p.found, 'en')}), over the limit of ${size(p.limit, 'en')}; not read`,
      };
    case 'string-too-long':
      return {
        'zh-CN': `${at['zh-CN']}一个值过长（${size(p.found, 'zh-CN')}），超过上限 ${size(p.limit, 'zh-CN')}，未读取`,
        en: `${at.en}a value is too long (${size(p.found, 'en')}), over the limit of ${size(p.limit, 'en')}; not read`,
      };
    case 'too-deep':
      return {
        'zh-CN': `${at['zh-CN']}嵌套过深，超过上限 ${p.limit} 层，未读取`,
        en: `${at.en}nested too deeply, over the limit of ${p.limit} levels; not read`,
      };
    case 'too-many-marks':
      return {
        'zh-CN': `${at['zh-CN']}一段文字中的强调、链接标记（* _ ~ [ ]）过多，超过上限 ${p.limit} 个，未读取`,
        en: `${at.en}too many emphasis and link marks (* _ ~ [ ]) in one paragraph, over the limit of ${p.limit}; not read`,
      };
    case 'too-many-columns':
      return {
        'zh-CN': `${at['zh-CN']}表格一行中的单元格过多，超过上限 ${p.limit} 个，未读取`,
        en: `${at.en}too many cells in one table row, over the limit of ${p.limit}; not read`,
      };
    case 'too-much-nesting':
      return {
        'zh-CN': `${at['zh-CN']}列表和引用过多，各行嵌套层数合计超过上限 ${p.limit}，未读取`,
        en: `${at.en}too many nested lists and quotes, over the limit of ${p.limit} levels in all lines together; not read`,
      };
  }
}

/**
 * The refusal as a finding, for the surfaces that report findings (the Markdown reader, the remark
 * plugin, the form's import): an error at the place the limit was passed, on the whole document.
 */
export function limitDiagnostic(p: LimitProblem, lang: Lang, source?: SourceLocation): Diagnostic {
  const messages = limitMessages(p, source);
  const out: Diagnostic = {
    ruleId: LIMIT_RULE_IDS[p.kind],
    severity: 'error',
    message: messages[lang],
    messages,
    path: '',
    paths: [''],
  };
  if (source) out.source = source;
  return out;
}
