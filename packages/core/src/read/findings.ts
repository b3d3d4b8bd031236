import { makeDiagnostic, type Diagnostic, type SourceLocation } from '../check/diagnostic.js';
import { describeCell, labelText } from '../layout/cells.js';
import type {
  CellInfo,
  FormatLayout,
  Lang,
  SectionKey,
  SectionLayout,
  TableLayout,
} from '../layout/types.js';
import { RULES_DOCS_URL } from '../rules/build-rules.js';
import type { Bilingual } from '../rules/types.js';
import { READ_RULES } from './info.js';

/**
 * The findings a document reader raises itself, about the sections and tables it found or did
 * not: their wording is here, their ids, severities and titles are `READ_RULES`, so a broken
 * report is said the same way whether it was written in Markdown, HTML or plain text. (The row
 * and label findings inside one table are the grid reader's own, see grid/.)
 */

/** Messages by rule, then by case; a rule's first case is its default. */
export const READ_MESSAGES = {
  'section-missing': {
    missing: { 'zh-CN': '缺少第{no}部分`{heading}`', en: 'Missing section {no} `{heading}`' },
  },
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
  'table-missing': {
    missing: {
      'zh-CN': '第{no}部分缺少表格`{table}`',
      en: 'Missing table `{table}` in section {no}',
    },
  },
  'table-incomplete': {
    cut: {
      'zh-CN': '文档在{last}之后中断：自{first}起的{count}个单元格未能读取',
      en: 'Unexpected end of the document after {last}, expected {count} more cells from {first} on',
    },
  },
  'row-missing': {
    missing: { 'zh-CN': '表{no}缺少 `{row}` 行', en: 'Missing row `{row}` in table {no}' },
  },
  'label-variant': {
    heading: {
      'zh-CN': '标题 `{actual}` 与模板不一致，应为 `{expected}`',
      en: 'Unexpected heading `{actual}`, expected `{expected}`',
    },
    label: {
      'zh-CN': '标签 `{actual}` 与模板不一致，应为 `{expected}`',
      en: 'Unexpected label `{actual}`, expected `{expected}`',
    },
  },
} as const satisfies Record<string, Record<string, Bilingual>>;

export type ReaderRuleId = keyof typeof READ_MESSAGES;

/** Where a read rule is documented. */
export const readRuleUrl = (id: string): string => RULES_DOCS_URL.replace('{id}', id);

export interface ReadFindingInput<R extends ReaderRuleId = ReaderRuleId> {
  rule: R;
  /** Which case of the rule's messages; its first by default. */
  message?: keyof (typeof READ_MESSAGES)[R];
  /** Message values, one record for both languages or one per language (when they are words). */
  values: Record<string, string> | Record<Lang, Record<string, string>>;
  path: string;
  paths?: string[];
  source?: SourceLocation;
  actual?: unknown;
  expected?: unknown;
}

const perLang = (v: ReadFindingInput['values']): Record<Lang, Record<string, string>> =>
  'zh-CN' in v && typeof v['zh-CN'] === 'object'
    ? (v as Record<Lang, Record<string, string>>)
    : { 'zh-CN': v as Record<string, string>, en: v as Record<string, string> };

const severityOf = new Map(READ_RULES.map((r) => [r.id, r.severity]));

/** A reader's finding in core's Diagnostic shape, so every consumer handles one result type. */
export function readFinding<R extends ReaderRuleId>(
  input: ReadFindingInput<R>,
  lang: Lang,
): Diagnostic {
  const cases = READ_MESSAGES[input.rule] as Record<string, Bilingual>;
  const templates = cases[(input.message as string | undefined) ?? Object.keys(cases)[0]];
  const d = makeDiagnostic(
    {
      ruleId: input.rule,
      severity: severityOf.get(input.rule)!,
      path: input.path,
      paths: input.paths ?? [input.path],
      ...(input.actual !== undefined ? { actual: input.actual } : {}),
      ...(input.expected !== undefined ? { expected: input.expected } : {}),
      url: readRuleUrl(input.rule),
      templates,
      values: perLang(input.values),
    },
    lang,
  );
  if (input.source) d.source = input.source;
  return d;
}

/** A section's heading as the template prints it: `三、收到和处理政府信息公开申请情况`. */
export const sectionHeadingText = (section: SectionLayout): string =>
  `${section.no}、${labelText(section.heading)}`;

/** A section heading worded or numbered otherwise than the template: the template's heading is the fix. */
export function headingVariant(
  section: SectionLayout,
  written: string,
  canonical: string,
  source: SourceLocation,
  lang: Lang,
): Diagnostic {
  return readFinding(
    {
      rule: 'label-variant',
      message: 'heading',
      values: { actual: written, expected: canonical },
      path: `/${section.key}`,
      source,
      actual: written,
      expected: canonical,
    },
    lang,
  );
}

export function sectionMissing(
  section: SectionLayout,
  paths: string[],
  source: SourceLocation | undefined,
  lang: Lang,
): Diagnostic {
  return readFinding(
    {
      rule: 'section-missing',
      values: { no: section.no, heading: sectionHeadingText(section) },
      path: paths[0],
      paths,
      source,
    },
    lang,
  );
}

export function tableMissing(
  table: TableLayout,
  paths: string[],
  source: SourceLocation | undefined,
  lang: Lang,
): Diagnostic {
  return readFinding(
    {
      rule: 'table-missing',
      values: { no: table.section, table: table.title.zh },
      path: paths[0],
      paths,
      source,
    },
    lang,
  );
}

/** The document ends inside a table: `lastRead` is the index in `cells` of the last cell read, -1 for none. */
export function tableIncomplete(
  table: TableLayout,
  cells: readonly CellInfo[],
  lastRead: number,
  source: SourceLocation | undefined,
  lang: Lang,
): Diagnostic {
  const rest = cells.slice(lastRead + 1);
  const name = (c: CellInfo | undefined, l: Lang) =>
    c ? describeCell(c, l) : l === 'en' ? 'its heading' : '标题';
  const values = (l: Lang) => ({
    no: table.section,
    last: name(cells[lastRead], l),
    first: name(rest[0], l),
    count: String(rest.length),
  });
  return readFinding(
    {
      rule: 'table-incomplete',
      values: { 'zh-CN': values('zh-CN'), en: values('en') },
      path: rest[0]?.path ?? cells[cells.length - 1].path,
      paths: rest.map((c) => c.path),
      source,
    },
    lang,
  );
}

/** A section heading as a reader found it, in document order. */
export interface FoundHeading {
  section: SectionLayout;
  source: SourceLocation;
}

/**
 * Sections written twice or out of the template's order. The first heading of each section is
 * the one read; a later one is a `section-order` duplicate, and a heading after a later
 * section's is out of order.
 */
export function sectionOrder<H extends FoundHeading>(
  layout: FormatLayout,
  found: readonly H[],
  lang: Lang,
): { first: Map<SectionKey, H>; findings: Diagnostic[] } {
  const first = new Map<SectionKey, H>();
  const findings: Diagnostic[] = [];
  let furthest: H | undefined;
  for (const h of found) {
    const values = { no: h.section.no, heading: sectionHeadingText(h.section) };
    const path = `/${h.section.key}`;
    if (first.has(h.section.key)) {
      findings.push(
        readFinding(
          {
            rule: 'section-order',
            message: 'duplicate',
            values: { ...values, prev: '' },
            path,
            source: h.source,
          },
          lang,
        ),
      );
      continue;
    }
    first.set(h.section.key, h);
    if (
      furthest &&
      layout.sections.indexOf(furthest.section) > layout.sections.indexOf(h.section)
    ) {
      findings.push(
        readFinding(
          {
            rule: 'section-order',
            values: { ...values, prev: furthest.section.no },
            path,
            source: h.source,
          },
          lang,
        ),
      );
    } else furthest = h;
  }
  return { first, findings };
}
