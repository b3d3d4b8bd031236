import { layout } from '../generate.js';

/**
 * Pieces shared by the shapes of text as extractors and crawlers leave it (one line, glued
 * cells, column-major): the tab text of a report cut into rows, each knowing its section, its
 * label cells and its data cells.
 */

export interface TabRow {
  /** Section number (一 … 六) the row is in; '' before the first heading. */
  section: string;
  /** The row is a section heading. */
  heading: boolean;
  labels: string[];
  /** Trailing cells that hold values (numbers, blanks, words typed in a cell, the marker). */
  data: string[];
}

const HEADINGS = new Map(layout.sections.map((s) => [`${s.no}、${s.heading.zh}`, s.no]));
/** What a data cell of a generated report can hold. */
const DATA = /^(?:-?\d+(?:\.\d+)?|QQ7Q|\/|无|—|减\d+|\d+元|)$/;

export function tabRows(text: string): TabRow[] {
  let section = '';
  return text.split('\n').map((line) => {
    const heading = HEADINGS.get(line.trim());
    if (heading) section = heading;
    const cells = line.split('\t');
    let k = cells.length;
    if (cells.length > 1) while (k > 0 && DATA.test(cells[k - 1].trim())) k--;
    // A row of words only (a header) has no data; trailing empty cells of it are dropped.
    const data = cells.slice(k);
    const labels = cells.slice(0, k);
    const numbers = data.some((c) => c.trim() !== '');
    return {
      section,
      heading: heading !== undefined,
      labels: numbers ? labels : cells.filter((c) => c.trim() !== ''),
      data: numbers ? data : [],
    };
  });
}

/** A table row: in section 二, 三 or 四, with data. */
export const isTableRow = (r: TabRow, sections = ['二', '三', '四']) =>
  sections.includes(r.section) && r.data.length > 0;

/** Data cells glued into one run, with a stray space now and then as crawled pages have them. */
export function glue(data: readonly string[], row: number): string {
  const run = data.map((c) => c.trim()).join('');
  // Between two digits only: a space inside the marker of a cell would lose its place.
  const at = run.search(/(?<=^\d\d)\d/);
  return row % 3 === 1 && at > 0 ? `${run.slice(0, at)} ${run.slice(at)}` : run;
}

/** The defects a shape without separators between numbers cannot express: blanks and words in cells. */
export const NEEDS_SEPARATORS = new Set([
  'cell-blank',
  'cell-slash',
  'cell-wu',
  'cell-dash',
  'count-jian',
]);
