import type { Diagnostic, SourceLocation } from '../../check/diagnostic.js';
import type { Label, Lang, TableLayout } from '../../layout/types.js';

/**
 * Reads one table of a report from a grid of cell texts as extraction leaves it: merged cells
 * repeated or collapsed, header rows in any shape, labels renumbered, respaced or altered, data
 * cells written as words. Everything is driven by the layout it is given, so the same reader
 * serves every format; what cannot be placed is reported, never dropped silently.
 */

/** A cell as the caller has it: its text, and where it came from when known. */
export type GridCell =
  | string
  | {
      text: string;
      source?: SourceLocation;
      /** The reader knows the cell's separators were lost: a run of digits to split (see glued/). */
      glued?: boolean;
    };

/** Where a value was read from. Without a source from the caller, line and column are the 1-based grid row and column. */
export type CellSource = SourceLocation & { text: string };

/** A cell's value as read: a number, null for blank (`''`, `/`, `—`, `无`), or the text typed when it is not a number. */
export type CellValue = number | string | null;

export interface ReadOptions {
  /**
   * The grid holds the whole table (default). When false (the document was cut off), rows the
   * grid does not reach are not reported as `row-missing`: the caller says `table-incomplete`.
   */
  complete?: boolean;
  /** Language of `message` (both are always in `messages`). */
  lang?: Lang;
}

/** A row of the layout found in the grid. */
export interface FoundRow {
  /** JSON Pointer of the row, e.g. `/applications/outcomes/granted`. */
  path: string;
  block: number;
  /** Index of the leaf row inside its block. */
  row: number;
  label: Label;
  /** The label as written, `''` for a row without one (table 四). */
  written: string;
  /** A filling note written after the label (`（设区的市…）`). */
  note?: string;
  /** Index of the grid row it was read from. */
  gridRow: number;
  /** Cells read, and cells the layout has: fewer means the row was cut short. */
  cellsRead: number;
  columns: number;
}

/** A row that matches no row of the layout, kept as written. */
export interface UnknownRow {
  text: string;
  gridRow: number;
  cells: string[];
  source?: SourceLocation;
}

export interface TableReading {
  table: TableLayout['id'];
  /** Every cell read, by JSON Pointer. A cell the grid does not have is absent, not null. */
  values: Map<string, CellValue>;
  sources: Map<string, CellSource>;
  findings: Diagnostic[];
  rowsFound: FoundRow[];
  /** JSON Pointers of the layout's rows not found, in layout order, whether or not reported. */
  rowsMissing: string[];
  unknownRows: UnknownRow[];
  /** Cells of glued rows the sums could not split: a `glued-ambiguous` finding explains their blank. */
  unread?: string[];
  /** Rows written as an older format has them (2019's single （六）其他处理 row), kept as written; their rows are in `rowsMissing`, reported as `format-outdated`. */
  formerRows: UnknownRow[];
  /**
   * The grid ended before the table's last row was read in full: its last row is absent or
   * short. The caller, who knows whether the document went on, decides between `row-missing`
   * and `table-incomplete`.
   */
  truncated: boolean;
}
