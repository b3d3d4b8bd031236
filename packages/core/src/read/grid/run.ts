import { unglueLabels } from '../glued/label.js';
import type { TableLabels } from './labels.js';
import { Reader } from './reader.js';
import type { JoinedRow } from './rejoin.js';
import type { GridCell, ReadOptions, TableReading } from './types.js';

/** Row labels with their numbers glued on, cut in two (see glued/label.ts). */
export const unglue = (labels: TableLabels, cells: readonly GridCell[]) =>
  unglueLabels(cells, (text) => labels.row(text) !== null);

/** Reads rows already cut, each with the index of the grid row findings and sources refer to. */
export function readRows(
  labels: TableLabels,
  rows: Iterable<JoinedRow>,
  options: ReadOptions = {},
): TableReading {
  const reader = new Reader(labels, options.lang ?? 'zh-CN');
  for (const r of rows) {
    const cells = unglue(labels, r.cells);
    reader.row(cells, r.origin, cells === r.cells ? r.read : undefined);
  }
  return reader.finish(options.complete ?? true);
}
