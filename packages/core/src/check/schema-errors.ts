import type { Lang } from '../layout/types.js';
import { escapeSegment } from '../pointer.js';
import type { Bilingual, SchemaRule } from '../rules/types.js';
import { makeDiagnostic, show, type Diagnostic } from './diagnostic.js';

/** The shape of an ajv error object; the precompiled validator produces these. */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export type SchemaValidator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

/** Bilingual wording for the schema keywords a report can break. */
function detail(e: SchemaError): Bilingual {
  const p = e.params;
  switch (e.keyword) {
    case 'required':
      return {
        'zh-CN': `缺少必需的字段\`${p.missingProperty}\``,
        en: `Missing required property \`${p.missingProperty}\``,
      };
    case 'additionalProperties':
      return {
        'zh-CN': `不应有字段\`${show(p.additionalProperty)}\``,
        en: `Unexpected property \`${show(p.additionalProperty)}\``,
      };
    case 'type':
      return { 'zh-CN': `类型应为\`${p.type}\``, en: `Unexpected type, expected \`${p.type}\`` };
    case 'const':
      return {
        'zh-CN': `应为\`${show(p.allowedValue)}\``,
        en: `Unexpected value, expected \`${show(p.allowedValue)}\``,
      };
    case 'enum':
      return {
        'zh-CN': `应为以下之一：${(p.allowedValues as unknown[]).map((v) => `\`${show(v)}\``).join('、')}`,
        en: `Unexpected value, expected one of ${(p.allowedValues as unknown[]).map((v) => `\`${show(v)}\``).join(', ')}`,
      };
    case 'pattern':
      return {
        'zh-CN': `格式不符，应匹配\`${p.pattern}\``,
        en: `Unexpected format, expected to match \`${p.pattern}\``,
      };
    case 'minimum':
    case 'maximum':
      return {
        'zh-CN': `应${e.keyword === 'minimum' ? '不小于' : '不大于'}\`${p.limit}\``,
        en: `Unexpected value, expected ${e.keyword === 'minimum' ? 'at least' : 'at most'} \`${p.limit}\``,
      };
    case 'minLength':
    case 'maxLength':
      return {
        'zh-CN': `长度应${e.keyword === 'minLength' ? '不少于' : '不超过'}${p.limit}个字符`,
        en: `Unexpected length, expected ${e.keyword === 'minLength' ? 'at least' : 'at most'} ${p.limit} characters`,
      };
    default:
      return { 'zh-CN': e.message ?? e.keyword, en: e.message ?? e.keyword };
  }
}

/**
 * Facts about the report that a reader may not find, said in a clerk's words instead of by their
 * JSON Pointer: what is missing and where it is looked for.
 */
const MISSING_FACTS: Record<string, Bilingual> = {
  '/meta/agency': {
    'zh-CN': '未找到报告机关名称：标题和正文开头都没有写明是哪个机关的年度报告',
    en: 'No agency name found: neither the title nor the opening of the report says whose report it is',
  },
  '/meta/year': {
    'zh-CN': '未找到报告年度：标题和正文都没有写明是哪一年的年度报告（如“2023年”或统计期限）',
    en: 'No report year found: neither the title nor the text says which year the report is for (2023年, or the statistics period)',
  },
};

/**
 * Turns schema errors into findings. Errors about a table cell are left to the cell rules, which
 * say the same thing with the template's words (a blank cell, text in a number cell, …).
 */
export function schemaDiagnostics(
  validate: SchemaValidator,
  report: unknown,
  rule: SchemaRule,
  cellPaths: ReadonlySet<string>,
  lang: Lang,
  url: string,
): Diagnostic[] {
  if (validate(report)) return [];
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const e of validate.errors ?? []) {
    const target =
      e.keyword === 'required'
        ? `${e.instancePath}/${escapeSegment(String(e.params.missingProperty))}`
        : e.instancePath;
    if (cellPaths.has(target)) continue;
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const fact = e.keyword === 'required' ? MISSING_FACTS[target] : undefined;
    const d = fact ?? detail(e);
    const path =
      e.keyword === 'additionalProperties'
        ? `${e.instancePath}/${escapeSegment(String(e.params.additionalProperty))}`
        : target;
    out.push(
      makeDiagnostic(
        {
          ruleId: rule.id,
          severity: rule.severity,
          path,
          paths: [path],
          url,
          templates: fact ? { 'zh-CN': '{detail}', en: '{detail}' } : rule.message,
          values: {
            'zh-CN': { path: path || '/', detail: d['zh-CN'] },
            en: { path: path || '/', detail: d.en },
          },
        },
        lang,
      ),
    );
    // A document far from the schema would otherwise produce thousands of lines that say the same.
    if (out.length >= 100) break;
  }
  return out;
}
