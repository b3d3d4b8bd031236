import type { AssembledReport, SourceLocation } from '@nianbao/core';
import type { GridCell } from '@nianbao/core';
import type { LineIndex } from '@nianbao/core';
import type { MappedText } from './mapped-text.js';

/**
 * What a reader makes of a document before any template knowledge is applied: lines of text and
 * tables, in document order, each knowing where it came from. The HTML and text readers build
 * this; `assemble` turns it into a report with the grid reader of core.
 */

export interface DocLine {
  kind: 'line';
  text: MappedText;
}

export interface DocTable {
  kind: 'table';
  rows: GridCell[][];
  source: SourceLocation;
}

export type Part = DocLine | DocTable;

/** A table as a reader hands it over: rows of cells, or one cell per entry when the rows were flattened. */
export type TableInput = { rows: GridCell[][] } | { cells: GridCell[] };

export interface ReaderDoc {
  index: LineIndex;
  parts: Part[];
  /** Title candidates from outside the report body (the page's h1, metadata, `<title>`), best first. */
  titles: MappedText[];
  publishedAt?: { date: string; source: SourceLocation };
  /** The tables of a table section, from the parts between its heading and the next. */
  grids(parts: Part[]): TableInput[];
  /** A narrative section's text from its lines. */
  narrative(lines: DocLine[]): MappedText;
}

export interface ImportOptions {
  /** Language of `message` in findings (both languages are always in `messages`). Default zh-CN. */
  lang?: 'zh-CN' | 'en';
  /** Read on this format instead of detecting it from the labels. */
  format?: string;
}

/** A report read from a page or text: core's assembled report (report, sources, absent, findings, complete) and what only this reader knows. */
export interface ImportReading extends AssembledReport {
  format: string;
  /** At least one section heading or report table was found: the document is meant as a report. */
  recognized: boolean;
  /** Maps an offset range inside a narrative (`/overview`, `/problems`, `/otherMatters`, `/meta/title`) back to the document. */
  locate(path: string, start: number, end: number): SourceLocation | undefined;
}
