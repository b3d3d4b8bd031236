import { unglueLabels } from '../glued/label.js';
import { matchLabel } from '../match.js';
import type { TableModel } from './model.js';
import { Reader } from './reader.js';
import type { JoinedRow } from './rejoin.js';
import type { GridCell, ReadOptions, TableReading } from './types.js';

/** Row labels with their numbers glued on, cut in two (see glued/label.ts). */
export const unglue = (m: TableModel, cells: readonly GridCell[]) =>
  unglueLabels(cells, (text) => matchLabel(text, m.rowLabels) !== null);

/** Reads rows already cut, each with the index of the grid row findings and sources refer to. */
export function readRows(
  model: TableModel,
  rows: Iterable<JoinedRow>,
  options: ReadOptions = {},
): TableReading {
  const reader = new Reader(model, options.lang ?? 'zh-CN');
  for (const r of rows) reader.row(unglue(model, r.cells), r.origin);
  return reader.finish(options.complete ?? true);
}
