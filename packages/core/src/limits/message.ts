import { fill, type Diagnostic, type SourceLocation } from '../check/diagnostic.js';
import tooDeep from '../rules/registry/reading/input-too-deep.js';
import tooLarge from '../rules/registry/reading/input-too-large.js';
import { ruleUrl } from '../rules/registry/url.js';
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

const RULES = { 'input-too-large': tooLarge, 'input-too-deep': tooDeep } as const;

/** What a clerk is told, in both languages (its rule module's words); `where` is the line and column, when known. */
export function limitMessages(
  p: LimitProblem,
  where?: { line: number; column: number },
): Bilingual {
  const templates = (RULES[LIMIT_RULE_IDS[p.kind]].messages as Record<string, Bilingual>)[p.kind];
  const values = (lang: Lang) => ({
    at: where
      ? lang === 'en'
        ? `Line ${where.line}, column ${where.column}: `
        : `第 ${where.line} 行第 ${where.column} 列：`
      : '',
    found: size(p.found, lang),
    limit:
      p.kind === 'too-large' || p.kind === 'string-too-long'
        ? size(p.limit, lang)
        : String(p.limit),
  });
  return {
    'zh-CN': fill(templates['zh-CN'], values('zh-CN')),
    en: fill(templates.en, values('en')),
  };
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
    url: ruleUrl(LIMIT_RULE_IDS[p.kind]),
  };
  if (source) out.source = source;
  return out;
}
