import { axisDepth, axisLeaves, tableOf } from '../../layout/cells.js';
import type { AxisNode, FormatLayout, Label, TableLayout } from '../../layout/types.js';
import { WeakCache } from '../../weak-cache.js';
import { labelKey } from '../normalize.js';

/** The table as matching needs it, computed once per layout and table. */

export interface RowNode {
  node: AxisNode;
  block: number;
  parent: RowNode | null;
  /** Leaf index in the block, -1 for a group. */
  leaf: number;
  /** JSON Pointer segments of the row below the block base. */
  segments: string[];
  path: string;
  /** The first cell under this node: where a finding about its label points. */
  firstCell: string;
  /** Pointer of each of the row's cells in column order; none for a group. */
  cells: string[];
  /** Labels from the top-level group down to this node. */
  chain: Label[];
}

export interface BlockModel {
  base: string;
  leaves: RowNode[];
  /** JSON Pointer segments of each leaf column. */
  columns: string[][];
  /** Columns are one level deep, so a header row lists them in order (table 二). */
  flat: boolean;
  /** The block's only row, when it has no label (table 四). */
  unlabeled: RowNode | null;
}

export type HeaderRole =
  | { kind: 'title' | 'block' | 'corner' | 'group' }
  | { kind: 'column'; col: number };
export interface HeaderInfo {
  block: number;
  role: HeaderRole;
  /** Where a finding about this label points. */
  path: string;
}

export interface TableModel {
  layout: FormatLayout;
  table: TableLayout;
  blocks: BlockModel[];
  rowLabels: Label[];
  rowNodes: RowNode[][];
  headerLabels: Label[];
  headerInfo: HeaderInfo[][];
  /** Keys of every header label, NUL-separated: a split header cell is a substring of one. */
  headerText: string;
  /** The same without the table's title: once rows have been read, a piece of the title is no header. */
  headerTextBelowTitle: string;
  lastLeaf: RowNode | undefined;
}

/** Labels that read the same are one candidate; their variants and aliases are pooled. */
function pool<T>(entries: { label: Label; item: T }[]): { labels: Label[]; items: T[][] } {
  const byKey = new Map<string, number>();
  const labels: Label[] = [];
  const items: T[][] = [];
  for (const { label, item } of entries) {
    const key = labelKey(label.zh);
    if (!key) continue;
    const at = byKey.get(key);
    if (at === undefined) {
      byKey.set(key, labels.length);
      labels.push(label);
      items.push([item]);
    } else {
      const l = labels[at];
      labels[at] = {
        ...l,
        variants: [...(l.variants ?? []), ...(label.variants ?? [])],
        aliases: [...(l.aliases ?? []), ...(label.aliases ?? [])],
      };
      items[at].push(item);
    }
  }
  return { labels, items };
}

function buildModel(layout: FormatLayout, table: TableLayout): TableModel {
  const rowEntries: { label: Label; item: RowNode }[] = [];
  const headerEntries: { label: Label; item: HeaderInfo }[] = [];
  const blocks: BlockModel[] = table.blocks.map((block, b) => {
    const columns = axisLeaves(block.columns).map((c) => c.segments);
    const leaves: RowNode[] = [];
    const cellPath = (rowSegments: string[], col: number) =>
      [block.base, ...rowSegments, ...columns[col]].join('/');
    const walk = (
      nodes: readonly AxisNode[],
      parent: RowNode | null,
      segments: string[],
    ): RowNode[] =>
      nodes.map((node) => {
        const segs = node.key ? [...segments, node.key] : segments;
        const r: RowNode = {
          node,
          block: b,
          parent,
          leaf: -1,
          segments: segs,
          path: [block.base, ...segs].join('/'),
          firstCell: '',
          cells: [],
          chain: [...(parent?.chain ?? []), node.label],
        };
        if (node.children?.length) r.firstCell = walk(node.children, r, segs)[0].firstCell;
        else {
          r.leaf = leaves.length;
          r.cells = columns.map((_, col) => cellPath(segs, col));
          r.firstCell = r.cells[0];
          leaves.push(r);
        }
        rowEntries.push({ label: node.label, item: r });
        return r;
      });
    walk(block.rows, null, []);
    const first = leaves[0]?.firstCell ?? block.base;
    if (block.header)
      headerEntries.push({
        label: block.header,
        item: { block: b, role: { kind: 'block' }, path: first },
      });
    if (block.corner)
      headerEntries.push({
        label: block.corner,
        item: { block: b, role: { kind: 'corner' }, path: first },
      });
    let col = 0;
    const columnWalk = (nodes: readonly AxisNode[]) => {
      for (const node of nodes) {
        const path = leaves.length ? cellPath(leaves[0].segments, col) : block.base;
        if (node.children?.length) {
          headerEntries.push({
            label: node.label,
            item: { block: b, role: { kind: 'group' }, path },
          });
          columnWalk(node.children);
        } else {
          headerEntries.push({
            label: node.label,
            item: { block: b, role: { kind: 'column', col }, path },
          });
          col++;
        }
      }
    };
    columnWalk(block.columns);
    const unlabeled = leaves.length === 1 && !labelKey(leaves[0].node.label.zh) ? leaves[0] : null;
    return { base: block.base, leaves, columns, flat: axisDepth(block.columns) === 1, unlabeled };
  });
  const firstCell = blocks[0]?.leaves[0]?.firstCell ?? '';
  headerEntries.push({
    label: table.title,
    item: { block: 0, role: { kind: 'title' }, path: firstCell },
  });
  const rows = pool(rowEntries);
  const headers = pool(headerEntries);
  const lastBlock = blocks[blocks.length - 1];
  return {
    layout,
    table,
    blocks,
    rowLabels: rows.labels,
    rowNodes: rows.items,
    headerLabels: headers.labels,
    headerInfo: headers.items,
    headerText: headers.labels.map((l) => labelKey(l.zh)).join('\u0000'),
    headerTextBelowTitle: headers.labels
      .filter((l) => l !== table.title)
      .map((l) => labelKey(l.zh))
      .join('\u0000'),
    lastLeaf: lastBlock?.leaves[lastBlock.leaves.length - 1],
  };
}

const models = new WeakCache<FormatLayout, string, TableModel>();

export const modelOf = (layout: FormatLayout, tableId: TableLayout['id']): TableModel =>
  models.get(layout, tableId, () => buildModel(layout, tableOf(layout, tableId)));
