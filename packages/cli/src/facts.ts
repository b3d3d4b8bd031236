import {
  cellsOf,
  formatOf,
  getAt,
  getFormat,
  tableOf,
  axisLeaves,
  toHalfWidth,
  type SourceLocation,
} from '@nianbao/core';

/** A place in the document, as the output prints it. */
export interface Place {
  line: number;
  column: number;
  endLine: number | null;
  endColumn: number | null;
}

/**
 * What the run keeps of a report once its findings are written: who, which year, and every cell's
 * value (a number, the text typed into it, or null for blank), in `cellsOf(layout)` order. A few
 * hundred small values, so that carry-over checks and the audit page never hold documents.
 */
export interface ReportFacts {
  /** The report's format: `2021` or `2019`. */
  layout: string;
  agency: string | null;
  year: number | null;
  values: (number | string | null)[];
  /** Where each of this year's 上年结转 cells is written, for a carry-over finding placed on it. */
  carriedOverAt: (Place | null)[];
}

const place = (s: SourceLocation | undefined): Place | null =>
  s
    ? {
        line: s.line,
        column: s.column,
        endLine: s.endLine ?? null,
        endColumn: s.endColumn ?? null,
      }
    : null;

/** The JSON Pointers of table 三's 上年结转 row and 结转下年度继续办理 row, column by column, from the layout. */
export function carryPaths(layout: string): {
  over: string[];
  forward: string[];
} {
  const t3 = tableOf(getFormat(layout), 'table3').blocks[0];
  const columns = axisLeaves(t3.columns).map((c) => c.segments.join('/'));
  return {
    over: columns.map((c) => `${t3.base}/carriedOver/${c}`),
    forward: columns.map((c) => `${t3.base}/carriedForward/${c}`),
  };
}

const value = (v: unknown): number | string | null =>
  typeof v === 'number' || typeof v === 'string' ? v : null;

export function factsOf(
  report: unknown,
  sources: ReadonlyMap<string, SourceLocation>,
): ReportFacts {
  const layout = formatOf(report);
  const agency = getAt(report, '/meta/agency');
  const year = getAt(report, '/meta/year');
  return {
    layout,
    agency: typeof agency === 'string' && agency.trim() ? agency.trim() : null,
    year: typeof year === 'number' && Number.isInteger(year) ? year : null,
    values: cellsOf(getFormat(layout)).map((c) => value(getAt(report, c.path))),
    carriedOverAt: carryPaths(layout).over.map((p) => place(sources.get(p))),
  };
}

const indexes = new Map<string, Map<string, number>>();

/** Where each cell's path stands in `ReportFacts.values`, per format. */
export function cellIndex(layout: string): Map<string, number> {
  let m = indexes.get(layout);
  if (!m) {
    m = new Map(cellsOf(getFormat(layout)).map((c, i) => [c.path, i]));
    indexes.set(layout, m);
  }
  return m;
}

/** Two spellings of one agency: full-width forms folded, spaces dropped. */
export const agencyKey = (name: string) => toHalfWidth(name).replace(/\s+/g, '');
