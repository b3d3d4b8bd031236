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
 * reader raises the row and label ones while reading each table, core's `assembleReport` the
 * section and table ones. `front-matter` is the one rule only Markdown has.
 */

export const MARKDOWN_RULES_URL =
  'https://github.com/nianbao/nianbao/blob/main/docs/markdown-rules.md#{id}';

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

/**
 * Read rules a Markdown file cannot break: it is read whole, so no table is ever cut off; and a
 * report older than the 2019 format is recognised only in published text and pages.
 */
const NOT_IN_MARKDOWN = new Set(['table-incomplete', 'format-older']);

/** Every rule the Markdown reader can raise. */
export const MARKDOWN_RULES: readonly MarkdownRule[] = [
  ...READ_RULES.filter((r) => !NOT_IN_MARKDOWN.has(r.id)).map((r) => ({
    ...r,
    url: RULES_DOCS_URL.replace('{id}', r.id),
  })),
  FRONT_MATTER,
];

export const MARKDOWN_RULE_IDS: readonly string[] = MARKDOWN_RULES.map((r) => r.id);

export const ruleUrl = (id: string): string =>
  MARKDOWN_RULES.find((r) => r.id === id)?.url ?? RULES_DOCS_URL.replace('{id}', id);

/** Messages of the one rule only Markdown has; the other reader findings are core's (`readFinding`). */
const FRONT_MATTER_MESSAGES = {
  invalid: {
    'zh-CN': '文件头（YAML）无法解析：{reason}',
    en: 'Unexpected front matter, expected YAML: {reason}',
  },
  format: {
    'zh-CN': '文件头中的格式版本`format: {actual}`未知，可用的格式版本：{accepted}',
    en: 'Unknown `format: {actual}` in front matter, expected one of: {accepted}',
  },
} as const satisfies Record<string, Bilingual>;

/** How a list of values reads in each language: `"2019"、"2021"`, `"2019", "2021"`. */
const LIST_SEPARATOR: Record<Lang, string> = { 'zh-CN': '、', en: ', ' };

export interface FrontMatterInput {
  /** Which message; `invalid` by default. */
  message?: keyof typeof FRONT_MATTER_MESSAGES;
  /** Values of the message's placeholders; a list is quoted and joined as each language writes one. */
  values: Record<string, string | readonly string[]>;
  path: string;
  source?: SourceLocation;
}

function valuesIn(values: FrontMatterInput['values'], lang: Lang): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [
      k,
      typeof v === 'string' ? v : v.map((x) => `"${x}"`).join(LIST_SEPARATOR[lang]),
    ]),
  );
}

/** A `front-matter` finding in core's Diagnostic shape, so every consumer handles one result type. */
export function frontMatterFinding(input: FrontMatterInput, lang: Lang): Diagnostic {
  const d = makeDiagnostic(
    {
      ruleId: FRONT_MATTER.id,
      severity: FRONT_MATTER.severity,
      path: input.path,
      paths: [input.path],
      url: FRONT_MATTER.url,
      templates: FRONT_MATTER_MESSAGES[input.message ?? 'invalid'],
      values: { 'zh-CN': valuesIn(input.values, 'zh-CN'), en: valuesIn(input.values, 'en') },
    },
    lang,
  );
  return input.source ? { ...d, source: input.source } : d;
}
