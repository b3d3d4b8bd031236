import {
  axisLeaves,
  labelText,
  type AxisLeaf,
  type BlockLayout,
  type FormatLayout,
  type Label,
  type TableLayout,
} from '@nianbao/core';

/**
 * How a block of the template is flattened into one GFM pipe table (GFM has no merged cells).
 * Derived from the layout data alone, so the writer and the reader agree without either spelling a
 * label. Shared by both; imports nothing but core so that the browser bundle of the form can use it.
 */
export interface FlatRow {
  /** Labels that name the row, outermost first; the canonical row label is the last one. */
  labels: Label[];
  /** JSON Pointer of each data cell, in column order; empty for a group row (a merged label cell). */
  paths: string[];
}

export interface FlatTable {
  table: TableLayout['id'];
  block: number;
  /** The top-left header cell. */
  corner: Label | undefined;
  /** Labels of the data columns, in order. */
  columns: Label[];
  rows: FlatRow[];
  /**
   * True when the block's single data row was turned into one row per column group (table 四: the
   * official 1 × 15 becomes 3 rows × 5 columns).
   */
  transposed: boolean;
}

const join = (segments: string[]) => segments.join('/');

/** Rows of a block, depth first, group rows included (they carry the label of a merged cell). */
function rowsOf(block: BlockLayout, cols: AxisLeaf[]): FlatRow[] {
  const out: FlatRow[] = [];
  const walk = (nodes: BlockLayout['rows'], above: Label[], segs: string[]) => {
    for (const node of nodes) {
      const labels = [...above, node.label];
      const s = node.key ? [...segs, node.key] : segs;
      if (node.children?.length) {
        out.push({ labels, paths: [] });
        walk(node.children, labels, s);
      } else {
        out.push({ labels, paths: cols.map((c) => join([block.base, ...s, ...c.segments])) });
      }
    }
  };
  walk(block.rows, [], []);
  return out;
}

/**
 * A block whose only row is unlabeled and whose column leaves fall into groups with the same leaf
 * labels (table 四) reads better turned: one row per group, the shared leaves as columns.
 */
function transposable(block: BlockLayout, cols: AxisLeaf[]): AxisLeaf[][] | null {
  const rows = axisLeaves(block.rows);
  if (rows.length !== 1 || rows[0].chain.some((n) => n.label.zh)) return null;
  const groups = new Map<string, AxisLeaf[]>();
  for (const c of cols) {
    if (c.chain.length < 2) return null;
    const key = c.chain
      .slice(0, -1)
      .map((n) => n.label.zh)
      .join('\u0000');
    let g = groups.get(key);
    if (!g) {
      g = [];
      groups.set(key, g);
    }
    g.push(c);
  }
  const list = [...groups.values()];
  if (list.length < 2) return null;
  const shape = (g: AxisLeaf[]) =>
    g.map((c) => labelText(c.chain[c.chain.length - 1].label)).join('\u0000');
  return list.every((g) => shape(g) === shape(list[0])) ? list : null;
}

function flatten(table: TableLayout, block: BlockLayout, b: number): FlatTable {
  const cols = axisLeaves(block.columns);
  const groups = transposable(block, cols);
  if (groups) {
    const rowSegs = axisLeaves(block.rows)[0].segments;
    return {
      table: table.id,
      block: b,
      corner: block.corner,
      columns: groups[0].map((c) => c.chain[c.chain.length - 1].label),
      rows: groups.map((g) => ({
        labels: g[0].chain.slice(0, -1).map((n) => n.label),
        paths: g.map((c) => join([block.base, ...rowSegs, ...c.segments])),
      })),
      transposed: true,
    };
  }
  return {
    table: table.id,
    block: b,
    // A block with a header row (table 二) names itself in the corner; the template's own corner
    // (信息内容) says nothing a reader needs.
    corner: block.header ?? block.corner,
    columns: cols.map((c) => c.chain[c.chain.length - 1].label),
    rows: rowsOf(block, cols),
    transposed: false,
  };
}

const cache = new WeakMap<FormatLayout, Map<TableLayout['id'], FlatTable[]>>();

/** The flat tables of a template table, one per block, built once per layout. */
export function flatTables(layout: FormatLayout, id: TableLayout['id']): FlatTable[] {
  let byTable = cache.get(layout);
  if (!byTable) {
    byTable = new Map();
    for (const t of layout.tables)
      byTable.set(
        t.id,
        t.blocks.map((block, b) => flatten(t, block, b)),
      );
    cache.set(layout, byTable);
  }
  const found = byTable.get(id);
  if (!found) throw new Error(`format ${layout.format} has no ${id}`);
  return found;
}

/** The printed text of a flat row's label: a group row of table 四 joins its chain (`行政诉讼：复议后起诉`). */
export function rowLabelText(row: FlatRow, transposed: boolean): string {
  if (transposed) return row.labels.map(labelText).join('：');
  return labelText(row.labels[row.labels.length - 1]);
}
