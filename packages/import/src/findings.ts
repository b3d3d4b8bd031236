import { makeDiagnostic, type Bilingual, type Diagnostic, type Lang, type Severity, type SourceLocation } from '@nianbao/core';

/**
 * Findings the readers raise about a document's structure. Rule ids are shared with the Markdown
 * reader (`section-missing`, `table-missing`, `label-variant`) so that one broken report is seen
 * the same way whatever it was written in; `table-incomplete` is this package's own.
 */

export const IMPORT_RULES_URL = 'https://github.com/nianbao/nianbao/blob/main/packages/import/README.md#{id}';

interface ImportRule {
  severity: Severity;
  title: Bilingual;
  message: Bilingual;
}

export const IMPORT_RULES = {
  'section-missing': {
    severity: 'error',
    title: { 'zh-CN': '缺少部分', en: 'Section missing' },
    message: { 'zh-CN': '缺少第{no}部分`{heading}`', en: 'Missing section {no} `{heading}`' },
  },
  'table-missing': {
    severity: 'error',
    title: { 'zh-CN': '缺少表格', en: 'Table missing' },
    message: { 'zh-CN': '第{no}部分缺少表格`{table}`', en: 'Missing table `{table}` in section {no}' },
  },
  'table-incomplete': {
    severity: 'error',
    title: { 'zh-CN': '表格不完整', en: 'Table cut off' },
    message: {
      'zh-CN': '文档在{last}之后中断：自{first}起的{count}个单元格未能读取',
      en: 'Unexpected end of the document after {last}, expected {count} more cells from {first} on',
    },
  },
  'label-variant': {
    severity: 'warning',
    title: { 'zh-CN': '标签与模板不符', en: 'Label differs from the template' },
    message: { 'zh-CN': '标题 `{actual}` 与模板不一致，应为 `{expected}`', en: 'Unexpected heading `{actual}`, expected `{expected}`' },
  },
} as const satisfies Record<string, ImportRule>;

export type ImportRuleId = keyof typeof IMPORT_RULES;

export interface FindingInput {
  rule: ImportRuleId;
  /** Message values per language (one record serves both when the values are not words). */
  values: Record<string, string> | Record<Lang, Record<string, string>>;
  path: string;
  paths?: string[];
  source?: SourceLocation;
  actual?: unknown;
  expected?: unknown;
}

const perLang = (v: FindingInput['values']): Record<Lang, Record<string, string>> =>
  'zh-CN' in v && typeof v['zh-CN'] === 'object' ? (v as Record<Lang, Record<string, string>>) : { 'zh-CN': v as Record<string, string>, en: v as Record<string, string> };

export function finding(input: FindingInput, lang: Lang): Diagnostic {
  const rule: ImportRule = IMPORT_RULES[input.rule];
  const d = makeDiagnostic(
    {
      ruleId: input.rule,
      severity: rule.severity,
      path: input.path,
      paths: input.paths ?? [input.path],
      ...(input.actual !== undefined ? { actual: input.actual } : {}),
      ...(input.expected !== undefined ? { expected: input.expected } : {}),
      url: IMPORT_RULES_URL.replace('{id}', input.rule),
      templates: rule.message,
      values: perLang(input.values),
    },
    lang,
  );
  if (input.source) d.source = input.source;
  return d;
}
