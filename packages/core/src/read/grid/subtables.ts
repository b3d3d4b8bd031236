import type { AxisNode, FormatLayout, TableLayout } from '../../layout/types.js';
import { labelKey } from '../normalize.js';
import { cellOf } from './cells.js';
import type { BlockModel, TableModel } from './model.js';
import type { JoinedRow } from './rejoin.js';
import type { GridCell } from './types.js';

/**
 * Table 四 published as one small table per column group, each under its own heading and with
 * its own header row (行政复议 / 行政诉讼（未经复议直接起诉）/（复议后起诉）, five columns each):
 * the values of each sub-table are laid back end to end as the template's one row. The groups and
 * their widths come from the layout's column tree, so any table whose one row has no label reads
 * this way.
 */

interface Group {
  /** Index of the group's first leaf column. */
  start: number;
  width: number;
  /** What a heading naming the group may read as, once folded: its label with and without its parents'. */
  keys: string[];
}

/** Brackets and separators a sub-table heading puts between a group and its parent's label. */
const JOINERS = /[()（）:：·、\-—]/g;
const keyOf = (text: string) => labelKey(text).replace(JOINERS, '');

const groupCache = new WeakMap<TableLayout, Group[]>();

/** The column groups whose children are all leaf columns, in layout order. */
function groupsOf(table: TableLayout): Group[] {
  let groups = groupCache.get(table);
  if (groups) return groups;
  groups = [];
  let col = 0;
  const walk = (nodes: readonly AxisNode[], chain: string[]) => {
    for (const n of nodes) {
      const here = [...chain, keyOf(n.label.zh)];
      if (!n.children?.length) {
        col++;
        continue;
      }
      if (n.children.every((c) => !c.children?.length)) {
        const keys = here.map((_, i) => here.slice(i).join(''));
        groups?.push({ start: col, width: n.children.length, keys });
      }
      walk(n.children, here);
    }
  };
  // Only a table of one unlabeled row is ever split this way (table 四).
  const block = table.blocks[0];
  if (table.blocks.length === 1 && block.rows.length === 1 && !labelKey(block.rows[0].label.zh))
    walk(block.columns, []);
  groupCache.set(table, groups);
  return groups;
}

/** The column group a sub-table heading names (`行政诉讼（复议后起诉）`, `复议后起诉`), if it names one. */
function groupNamed(table: TableLayout, text: string): Group | undefined {
  const key = keyOf(text);
  if (!key) return undefined;
  return groupsOf(table).find((g) => g.keys.includes(key));
}

/** Is this text the heading of one of a table's sub-tables? Readers keep such a heading as a row. */
export function isSubTableHeading(
  layout: FormatLayout,
  tableId: TableLayout['id'],
  text: string,
): boolean {
  const table = layout.tables.find((t) => t.id === tableId);
  return table !== undefined && groupNamed(table, text) !== undefined;
}

const texts = (cells: readonly GridCell[]) =>
  cells.map((c, i) => cellOf(c, i)).filter((c) => !c.empty);

export function mergeSubTables(m: TableModel, rows: JoinedRow[]): JoinedRow[] {
  const groups = groupsOf(m.table);
  const block: BlockModel | undefined = m.blocks[0];
  if (!groups.length || !block?.unlabeled) return rows;
  const found = new Map<Group, { cells: GridCell[]; origin: number }>();
  const rest: JoinedRow[] = [];
  let current: Group | undefined;
  for (const r of rows) {
    const cells = texts(r.cells);
    const named =
      cells.length === 1 && !cells[0].value ? groupNamed(m.table, cells[0].text) : undefined;
    if (named) {
      current = named;
      continue;
    }
    // The sub-table's row: as many cells as its group has columns, blank or values, no label.
    const all = r.cells.map((c, i) => cellOf(c, i));
    const width = current ? current.width : 0;
    const row = all.length === width ? all : cells.length === width ? cells : null;
    if (current && !found.has(current) && row && cells.every((c) => c.value)) {
      found.set(current, { cells: row.map((c) => r.cells[c.col]), origin: r.origin });
      current = undefined;
      continue;
    }
    rest.push(r);
  }
  if (!found.size) return rows;
  const wide: GridCell[] = Array.from({ length: block.columns.length }, () => '');
  for (const [g, { cells }] of found)
    cells.forEach((c, i) => {
      wide[g.start + i] = c;
    });
  const origin = Math.min(...[...found.values()].map((f) => f.origin));
  return [...rest, { cells: wide, origin }];
}
