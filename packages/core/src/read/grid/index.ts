import type { FormatLayout, TableLayout } from '../../layout/types.js';
import { columnMajorRows } from '../column-major.js';
import { cellOf } from './cells.js';
import { TableLabels } from './labels.js';
import { modelOf } from './model.js';
import { readPublishedTable } from './published.js';
import { readRows, unglue } from './run.js';
import type { GridCell, ReadOptions, TableReading } from './types.js';

export { readPublishedTable } from './published.js';
export { isSubTableHeading } from './subtables.js';

export type * from './types.js';

/**
 * Reads one table from a grid: `rows[r][c]` is the text of a cell, or `{ text, source }`.
 * Header rows are recognised and skipped, merged label cells may be repeated, blank or collapsed.
 */
export function readTable(
  layout: FormatLayout,
  tableId: TableLayout['id'],
  rows: readonly (readonly GridCell[])[],
  options: ReadOptions = {},
): TableReading {
  const grid = rows.map((r, i) => ({ cells: Array.isArray(r) ? [...r] : [], origin: i }));
  return readRows(new TableLabels(modelOf(layout, tableId)), grid, options);
}

/**
 * Cuts a flat stream of cells (a table flattened one cell per line) into rows: a label starts a
 * new row once the current one has data, blanks, or a row label of its own that the new label
 * cannot continue.
 */
export function streamRows(
  layout: FormatLayout,
  tableId: TableLayout['id'],
  cells: readonly GridCell[],
): GridCell[][] {
  const m = modelOf(layout, tableId);
  const transposed = columnMajorRows(m, cells);
  if (transposed) return transposed;
  const labels = new TableLabels(m);
  const rows: GridCell[][] = [];
  let current: GridCell[] = [];

  let pastLabels = false;
  let leafSeen = false;
  unglue(labels, cells).forEach((raw, i) => {
    const c = cellOf(raw, i);
    const label = !c.empty && !c.value;
    if (label && current.length && (pastLabels || leafSeen)) {
      rows.push(current);
      current = [];
      pastLabels = leafSeen = false;
    }
    current.push(raw);
    if (!label) pastLabels = true;
    else {
      const match = labels.row(c.text);
      if (match && m.rowNodes[match.index].some((n) => n.leaf >= 0)) leafSeen = true;
    }
  });
  if (current.length) rows.push(current);
  return rows;
}

/** Reads one table from a flat stream of cells, one per line as some pages flatten them. */
export function readTableStream(
  layout: FormatLayout,
  tableId: TableLayout['id'],
  cells: readonly GridCell[],
  options: ReadOptions = {},
): TableReading {
  return readPublishedTable(layout, tableId, streamRows(layout, tableId, cells), options);
}
