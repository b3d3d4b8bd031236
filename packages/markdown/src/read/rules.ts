import {
  makeDiagnostic,
  READ_RULES,
  RULES_DOCS_URL,
  type Bilingual,
  type Diagnostic,
  type Lang,
  type Severity,
  type SourceLocation,
} from '@nianbao/core';

/**
 * The rules about a report's document structure, as opposed to its numbers. Their ids, severities
 * and titles are core's (`READ_RULES`, shared by every reader: Markdown, HTML, text); core's grid
 * reader raises the row and label ones while reading each table, and this package raises the
 * section ones, with the messages below. `front-matter` is the one rule only Markdown has.
 */

export const MARKDOWN_RULES_URL = 'https://github.com/nianbao/nianbao/blob/main/docs/markdown-rules.md#{id}';

export interface MarkdownRule {
  id: string;
  severity: Severity;
  title: Bilingual;
  description: Bilingual;
  url: string;
}

const FRONT_MATTER: MarkdownRule = {
  id: 'front-matter',
  severity: 'error',
  title: { 'zh-CN': '文件头信息', en: 'Front matter' },
  description: {
    'zh-CN': 'Markdown 文件开头的 YAML 文件头无法解析，或写了未知的格式版本。',
    en: 'The YAML front matter of a Markdown report cannot be parsed, or names an unknown format.',
  },
  url: MARKDOWN_RULES_URL.replace('{id}', 'front-matter'),
};

/** Read rules a Markdown file cannot break: it is read whole, so no table is ever cut off. */
const NOT_IN_MARKDOWN = new Set(['table-incomplete']);

/** Every rule the Markdown reader can raise. */
export const MARKDOWN_RULES: readonly MarkdownRule[] = [
  ...READ_RULES.filter((r) => !NOT_IN_MARKDOWN.has(r.id)).map((r) => ({ ...r, url: RULES_DOCS_URL.replace('{id}', r.id) })),
  FRONT_MATTER,
];

export const MARKDOWN_RULE_IDS: readonly string[] = MARKDOWN_RULES.map((r) => r.id);

export const ruleUrl = (id: string): string =>
  MARKDOWN_RULES.find((r) => r.id === id)?.url ?? RULES_DOCS_URL.replace('{id}', id);

/** Messages of the findings this package raises itself; the first of a rule is its default. */
const MESSAGES: Record<string, Record<string, Bilingual>> = {
  'section-missing': { missing: { 'zh-CN': '缺少第{no}部分`{heading}`', en: 'Missing section {no} `{heading}`' } },
  'section-order': {
    order: {
      'zh-CN': '第{no}部分`{heading}`应排在第{prev}部分之前',
      en: 'Unexpected section {no} `{heading}` after section {prev}, expected it before',
    },
    duplicate: {
      'zh-CN': '第{no}部分`{heading}`重复出现，只读取第一次出现的内容',
      en: 'Unexpected second section {no} `{heading}`, expected it once; the first one is read',
    },
  },
  'table-missing': { missing: { 'zh-CN': '第{no}部分缺少表格`{table}`', en: 'Missing table `{table}` in section {no}' } },
  'row-missing': { missing: { 'zh-CN': '表{no}缺少 `{row}` 行', en: 'Missing row `{row}` in table {no}' } },
  'label-variant': {
    variant: { 'zh-CN': '标签 `{actual}` 与模板不一致，应为 `{expected}`', en: 'Unexpected label `{actual}`, expected `{expected}`' },
  },
  'front-matter': {
    invalid: { 'zh-CN': '文件头（YAML）无法解析：{reason}', en: 'Unexpected front matter, expected YAML: {reason}' },
    field: { 'zh-CN': '文件头中的`{key}`应为{expected}', en: 'Unexpected `{key}` in front matter, expected {expected}' },
  },
};

export interface FindingInput {
  rule: keyof typeof MESSAGES;
  /** Which message of the rule; its first one by default. */
  message?: string;
  values: Record<string, string>;
  path: string;
  paths?: string[];
  source?: SourceLocation;
  actual?: unknown;
  expected?: unknown;
}

/** Builds a finding in core's Diagnostic shape, so every consumer handles one result type. */
export function finding(input: FindingInput, lang: Lang): Diagnostic {
  const rule = MARKDOWN_RULES.find((r) => r.id === input.rule)!;
  const messages = MESSAGES[input.rule];
  const templates = messages[input.message ?? Object.keys(messages)[0]];
  const d = makeDiagnostic(
    {
      ruleId: rule.id,
      severity: rule.severity,
      path: input.path,
      paths: input.paths ?? [input.path],
      ...(input.actual !== undefined ? { actual: input.actual } : {}),
      ...(input.expected !== undefined ? { expected: input.expected } : {}),
      url: rule.url,
      templates,
      values: { 'zh-CN': input.values, en: input.values },
    },
    lang,
  );
  return input.source ? { ...d, source: input.source } : d;
}
