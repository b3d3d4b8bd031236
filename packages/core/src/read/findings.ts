import type { Diagnostic, SourceLocation } from '../check/diagnostic.js';
import { describeCell, labelText } from '../layout/cells.js';
import type {
  CellInfo,
  FormatLayout,
  Lang,
  SectionKey,
  SectionLayout,
  TableLayout,
} from '../layout/types.js';
import { ruleFinding, ruleUrl } from '../rules/registry/lookup.js';
import type { RuleFindingInput } from '../rules/registry/types.js';

/**
 * The findings a document reader raises itself, about the sections and tables it found or did
 * not. Their ids, severities and wording are their modules' in rules/registry/reading/, so a broken
 * report is said the same way whether it was written in Markdown, HTML or plain text. (The row
 * and label findings inside one table are the grid reader's, see grid/.)
 */

/** A reader's finding in core's Diagnostic shape, worded by its rule's module in the registry. */
export const readFinding = (input: RuleFindingInput, lang: Lang): Diagnostic =>
  ruleFinding(input, lang);

export type ReadFindingInput = RuleFindingInput;

/** Where a read rule is documented. */
export const readRuleUrl = (id: string): string => ruleUrl(id);

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

/** A table none of whose rows is the template's: said once, where the table is. */
export function tableUnrecognized(
  table: TableLayout,
  paths: string[],
  rows: number,
  source: SourceLocation | undefined,
  lang: Lang,
): Diagnostic {
  return readFinding(
    {
      rule: 'table-unrecognized',
      values: { no: table.section, table: table.title.zh, rows: String(rows) },
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
