import type { TableModel } from './model.js';
import { Reader } from './reader.js';
import type { JoinedRow } from './rejoin.js';
import type { ReadOptions, TableReading } from './types.js';

/** Reads rows already cut, each with the index of the grid row findings and sources refer to. */
export function readRows(
  model: TableModel,
  rows: Iterable<JoinedRow>,
  options: ReadOptions = {},
): TableReading {
  const reader = new Reader(model, options.lang ?? 'zh-CN');
  for (const r of rows) reader.row(r.cells, r.origin);
  return reader.finish(options.complete ?? true);
}
