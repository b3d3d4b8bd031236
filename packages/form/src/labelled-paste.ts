import { readTable, type FormatLayout, type TableLayout } from '@nianbao/core';

// Its own module, loaded on first use: core's grid reader is needed only when a whole table is
// pasted with its labels, and has no place in what a CMS page loads first.

/** The cells of a labelled block, placed by their labels, as the text to type into each. */
export interface LabelledPaste {
  /** JSON Pointer → the text written in the block (`/` stays `/`, a blank cell stays blank). */
  cells: Map<string, string>;
  /** Rows whose label matches no row of the table: not placed, and said so. */
  unplaced: number;
}

/**
 * Reads a block copied with its labels by core's grid reader, which matches each row by its label
 * (merged label cells repeated, blank or collapsed; labels renumbered or respaced), so a row of
 * placeholders or a trailing empty cell cannot shift values into another row or column.
 * `complete: false`: a block is often only part of the table.
 */
export function labelledPaste(
  layout: FormatLayout,
  tableId: TableLayout['id'],
  rows: string[][],
): LabelledPaste {
  const reading = readTable(layout, tableId, rows, { complete: false });
  const cells = new Map<string, string>();
  for (const [path, value] of reading.values)
    cells.set(path, reading.sources.get(path)?.text ?? (value === null ? '' : String(value)));
  return { cells, unplaced: reading.unknownRows.length };
}
