import { cellOf } from './grid/cells.js';
import type { RowNode, TableModel } from './grid/model.js';
import type { GridCell } from './grid/types.js';
import { matchLabel } from './match.js';

/**
 * Some PDF extractors read a table column by column: first every row label, then each column
 * top to bottom under its header (自然人, 商业企业, …, 总计), the column blocks not always in the
 * template's order. Read row by row, such text is all labels and no numbers. This turns it back
 * into rows, naming each column by its header, or — for a block without one — by the sums: the
 * column that holds the sum of the others in every row is 总计. A stream that is not plainly
 * column-major (a column not as long as the list of labels, a header that names no column) is
 * left alone.
 */

/** Row labels a list must have before it is taken for the label column of a table. */
const MIN_LABELS = 4;

interface Block {
  /** Column index from its header, or undefined when the block has none. */
  col: number | undefined;
  values: GridCell[];
}

/** The table's one labelled block, when it has one and several columns (table 三). */
function soleBlock(m: TableModel) {
  const blk = m.blocks.length === 1 ? m.blocks[0] : undefined;
  return blk && !blk.unlabeled && blk.columns.length > 1 ? blk : undefined;
}

/** A row label written as such: numbered, or a wording no header has (其他 and 总计 are both). */
function rowNodeOf(m: TableModel, text: string): RowNode | undefined {
  const row = matchLabel(text, m.rowLabels);
  if (!row) return undefined;
  const header = matchLabel(text, m.headerLabels);
  if (header && row.written.no === '') return undefined;
  return m.rowNodes[row.index][0];
}

function columnOf(m: TableModel, text: string): number | undefined {
  const header = matchLabel(text, m.headerLabels);
  const info = header && m.headerInfo[header.index].find((i) => i.role.kind === 'column');
  return info?.role.kind === 'column' ? info.role.col : undefined;
}

const number = (c: GridCell) => {
  const n = Number((typeof c === 'string' ? c : c.text).trim());
  return Number.isFinite(n) ? n : undefined;
};

/** The block that holds, row by row, the sum of all the others: the total column. */
function totalBlock(blocks: Block[], rows: number): number | undefined {
  const hits = blocks.flatMap((b, i) => {
    for (let r = 0; r < rows; r++) {
      const others = blocks.reduce(
        (a, o, j) => (j === i ? a : a + (number(o.values[r]) ?? NaN)),
        0,
      );
      if (number(b.values[r]) !== others) return [];
    }
    return [i];
  });
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * Table 四 column by column: each column's header, then its one number (`行政复议 结果维持 0
 * 结果纠正 0 …`). A header names a column of the group last named, as 结果维持 is in all three.
 */
function unlabeledRow(m: TableModel, cells: readonly GridCell[]): GridCell[][] | null {
  const blk = m.blocks.length === 1 ? m.blocks[0] : undefined;
  if (!blk?.unlabeled) return null;
  const row: GridCell[] = blk.columns.map(() => '');
  const filled = new Set<number>();
  let group = '';
  let col: number | undefined;
  for (const [i, c] of cells.map((x, k) => [k, cellOf(x, k)] as const)) {
    if (c.empty) continue;
    if (c.value) {
      if (col === undefined || filled.has(col)) return null;
      row[col] = cells[i];
      filled.add(col);
      col = undefined;
      continue;
    }
    const header = matchLabel(c.text, m.headerLabels);
    const infos = header ? m.headerInfo[header.index] : [];
    const g = infos.find((x) => x.role.kind === 'group');
    if (g) group = g.path.slice(0, g.path.lastIndexOf('/') + 1);
    const leaf = infos.find((x) => x.role.kind === 'column' && x.path.startsWith(group));
    if (leaf?.role.kind === 'column') col = leaf.role.col;
  }
  return filled.size === blk.columns.length ? [row] : null;
}

/** Rows rebuilt from a column-major stream, or null when the stream is not one. */
export function columnMajorRows(m: TableModel, cells: readonly GridCell[]): GridCell[][] | null {
  const blk = soleBlock(m);
  if (!blk) return unlabeledRow(m, cells);
  const parsed = cells.map((c, i) => cellOf(c, i));
  // The label column: row labels with no value among them, up to the first value.
  const firstValue = parsed.findIndex((c) => c.value);
  if (firstValue < 0) return null;
  const labels: { cell: GridCell; node: RowNode }[] = [];
  for (let i = 0; i < firstValue; i++) {
    if (parsed[i].empty) continue;
    const node = rowNodeOf(m, parsed[i].text);
    if (node) labels.push({ cell: cells[i], node });
  }
  const leaves = labels.filter((l) => l.node.leaf >= 0);
  if (leaves.length < MIN_LABELS) return null;
  // The column blocks: headers, then as many values as there are leaf rows.
  const blocks: Block[] = [];
  let col: number | undefined;
  let values: GridCell[] = [];
  // Between the labels and the first numbers, one column header heads the first block; several
  // are the header row printed once, and the blocks below it have none of their own.
  const named: number[] = [];
  for (let i = firstValue - 1; i >= 0 && !rowNodeOf(m, parsed[i].text); i--) {
    const c = columnOf(m, parsed[i].text);
    if (c !== undefined) named.push(c);
  }
  if (named.length === 1) col = named[0];
  for (let i = firstValue; i < cells.length; i++) {
    const c = parsed[i];
    if (c.empty) continue;
    if (c.value) {
      values.push(cells[i]);
      if (values.length === leaves.length) {
        blocks.push({ col, values });
        values = [];
        col = undefined;
      }
      continue;
    }
    if (values.length) return null;
    if (rowNodeOf(m, c.text)) return null;
    const header = columnOf(m, c.text);
    if (header !== undefined) col = header;
  }
  if (values.length || blocks.length !== blk.columns.length) return null;
  // Blocks without a header take the columns left, 总计 by the sums, the rest in template order.
  const taken = new Set(blocks.flatMap((b) => (b.col === undefined ? [] : [b.col])));
  if (taken.size !== blocks.filter((b) => b.col !== undefined).length) return null;
  const totalCol = blk.columns.findIndex((c) => c[c.length - 1] === 'total');
  if (blocks.some((b) => b.col === undefined) && totalCol >= 0 && !taken.has(totalCol)) {
    const t = totalBlock(blocks, leaves.length);
    if (t !== undefined && blocks[t].col === undefined)
      (blocks[t].col = totalCol), taken.add(totalCol);
  }
  const free = blk.columns.map((_, i) => i).filter((i) => !taken.has(i));
  for (const b of blocks) if (b.col === undefined) b.col = free.shift();
  const byCol = new Map(blocks.map((b) => [b.col as number, b.values]));
  let k = 0;
  return labels.map(({ cell, node }) => {
    if (node.leaf < 0) return [cell];
    const row = k++;
    return [cell, ...blk.columns.map((_, c) => byCol.get(c)?.[row] ?? '')];
  });
}
