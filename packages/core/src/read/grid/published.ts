import type { FormatLayout, TableLayout } from '../../layout/types.js';
import { TableLabels } from './labels.js';
import { modelOf } from './model.js';
import { rejoinRows } from './rejoin.js';
import { readRows } from './run.js';
import { mergeSubTables } from './subtables.js';
import type { GridCell, ReadOptions, TableReading } from './types.js';

/**
 * Reads one table of a published document (a page, text out of Word or a PDF, Markdown pasted
 * from them): `readTable` after the rows a page layout took apart are put back together
 * (rejoin.ts) and a table published as sub-tables is laid end to end (subtables.ts). Kept apart
 * from `readTable` so that a bundle reading only what people type (the form) does not carry them.
 */
export function readPublishedTable(
  layout: FormatLayout,
  tableId: TableLayout['id'],
  rows: readonly (readonly GridCell[])[],
  options: ReadOptions = {},
): TableReading {
  const labels = new TableLabels(modelOf(layout, tableId));
  return readRows(labels, mergeSubTables(labels.model, rejoinRows(labels, rows)), options);
}
