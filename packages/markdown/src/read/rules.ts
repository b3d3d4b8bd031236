import {
  ruleFinding,
  rulesFor,
  ruleUrl,
  type Diagnostic,
  type Lang,
  type RuleDefinition,
  type SourceLocation,
} from '@nianbao/core';

/**
 * The rules about a report's document structure, as opposed to its numbers: the registry's reading
 * rules that apply to Markdown (core's rules/registry/reading/, one module each). Core's grid
 * reader raises the row and label ones while reading each table, core's `assembleReport` the
 * section and table ones, this package `front-matter`, the one rule only Markdown has.
 */

/** Where the Markdown examples of these rules are. */
export const MARKDOWN_RULES_URL =
  'https://github.com/nianbao/nianbao/blob/main/docs/markdown-rules.md#{id}';

/** A reading rule of the registry as Markdown tools list it, with where it is documented. */
export type MarkdownRule = Pick<RuleDefinition, 'id' | 'severity' | 'title' | 'description'> & {
  url: string;
};

/** Every rule the Markdown reader can raise. */
export const MARKDOWN_RULES: readonly MarkdownRule[] = rulesFor('markdown')
  .filter((r) => r.category === 'reading')
  .map((r) => ({
    id: r.id,
    severity: r.severity,
    title: r.title,
    description: r.description,
    url: ruleUrl(r.id),
  }));

export const MARKDOWN_RULE_IDS: readonly string[] = MARKDOWN_RULES.map((r) => r.id);

/** Where a rule is documented (docs/rules.md). */
export { ruleUrl };

/** How a list of values reads in each language: `"2019"、"2021"`, `"2019", "2021"`. */
const LIST_SEPARATOR: Record<Lang, string> = { 'zh-CN': '、', en: ', ' };

export interface FrontMatterInput {
  /** Which message; `invalid` by default. */
  message?: 'invalid' | 'format';
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
  return ruleFinding(
    {
      rule: 'front-matter',
      message: input.message ?? 'invalid',
      values: { 'zh-CN': valuesIn(input.values, 'zh-CN'), en: valuesIn(input.values, 'en') },
      path: input.path,
      source: input.source,
    },
    lang,
  );
}
