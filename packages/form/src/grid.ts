import {
  axisDepth,
  axisLeaves,
  axisSpan,
  cellAt,
  type AxisNode,
  type CellInfo,
  type FormatLayout,
  type Label,
  type TableLayout,
} from '@nianbao/core';

/**
 * Turns a table of the layout into the rows of an HTML table with the template's merged cells.
 * Pure data: the element renders it, the tests read it, and no label is spelled here.
 */

export interface HeadCell {
  kind: 'head';
  /** Unique within the form: the `id` of the `<th>`, named by `headers` of every cell below it. */
  id: string;
  label: Label;
  colspan: number;
  rowspan: number;
  /** `col`/`colgroup` for column headers, `row`/`rowgroup` for row labels. */
  scope: 'col' | 'colgroup' | 'row' | 'rowgroup';
  /** The block's full-width title row (table 二's 第二十条第（…）项). */
  title?: boolean;
}

export interface DataCell {
  kind: 'data';
  cell: CellInfo;
  colspan: number;
  /** Ids of every header that names this cell, space-separated (the `headers` attribute). */
  headers: string;
}

export type GridCell = HeadCell | DataCell;

export interface GridRow {
  /** Header rows go into `<thead>` semantics (all `<th>`); data rows hold the inputs. */
  header: boolean;
  cells: GridCell[];
}

export interface TableGrid {
  table: TableLayout;
  /** Number of grid columns (the widest block decides; narrower blocks stretch their last column). */
  width: number;
  rows: GridRow[];
}

const hasLabel = (nodes: readonly AxisNode[]): boolean =>
  nodes.some((n) => n.label.zh !== '' || hasLabel(n.children ?? []));

export function tableGrid(layout: FormatLayout, table: TableLayout): TableGrid {
  const shape = table.blocks.map((b) => ({
    labelCols: hasLabel(b.rows) ? axisDepth(b.rows) : 0,
    leaves: axisLeaves(b.columns).length,
  }));
  const width = Math.max(...shape.map((s) => s.labelCols + s.leaves));
  const rows: GridRow[] = [];

  table.blocks.forEach((block, b) => {
    const { labelCols, leaves } = shape[b];
    const stretch = width - labelCols - leaves;
    const prefix = `${table.id}-b${b}`;
    const blockHeaders: string[] = [];

    if (block.header) {
      const id = `${prefix}-title`;
      blockHeaders.push(id);
      rows.push({
        header: true,
        cells: [
          {
            kind: 'head',
            id,
            label: block.header,
            colspan: width,
            rowspan: 1,
            scope: 'colgroup',
            title: true,
          },
        ],
      });
    }

    // Column header rows: a node spans its leaves; a leaf reaches down to the last header row.
    const depth = axisDepth(block.columns);
    const headRows: HeadCell[][] = Array.from({ length: depth }, () => []);
    const leafHeaders: string[][] = [];
    const leafCount = leaves;
    const walk = (nodes: readonly AxisNode[], level: number, above: string[], path: string) => {
      nodes.forEach((node, i) => {
        const id = `${prefix}-c${path}${i}`;
        const isLeaf = !node.children?.length;
        const colspan =
          axisSpan(node) + (isLeaf && leafHeaders.length === leafCount - 1 ? stretch : 0);
        headRows[level].push({
          kind: 'head',
          id,
          label: node.label,
          colspan: isLeaf
            ? colspan
            : axisSpan(node) + (lastLeafUnder(node, leafHeaders.length, leafCount) ? stretch : 0),
          rowspan: isLeaf ? depth - level : 1,
          scope: isLeaf ? 'col' : 'colgroup',
        });
        if (isLeaf) leafHeaders.push([...above, id]);
        else walk(node.children!, level + 1, [...above, id], `${path}${i}.`);
      });
    };
    walk(block.columns, 0, [], '');
    if (labelCols > 0 && depth > 0) {
      const corner: HeadCell = {
        kind: 'head',
        id: `${prefix}-corner`,
        label: block.corner ?? { zh: '', en: '' },
        colspan: labelCols,
        rowspan: depth,
        scope: 'col',
      };
      headRows[0].unshift(corner);
    }
    for (const cells of headRows) rows.push({ header: true, cells });

    // Data rows: a row-group label spans its leaves; a leaf label reaches across to the data.
    const rowLeaves = axisLeaves(block.rows);
    const started = new Set<AxisNode>();
    const labelIds = new Map<AxisNode, string>();
    rowLeaves.forEach((leaf, r) => {
      const cells: GridCell[] = [];
      if (labelCols > 0) {
        leaf.chain.forEach((node, level) => {
          if (started.has(node)) return;
          started.add(node);
          const id = `${prefix}-r${r}-${level}`;
          labelIds.set(node, id);
          const isLeaf = !node.children?.length;
          cells.push({
            kind: 'head',
            id,
            label: node.label,
            colspan: isLeaf ? labelCols - level : 1,
            rowspan: isLeaf ? 1 : axisSpan(node),
            scope: isLeaf ? 'row' : 'rowgroup',
          });
        });
      }
      const rowHeaders = leaf.chain.map((n) => labelIds.get(n)).filter((x): x is string => !!x);
      const colLeaves = axisLeaves(block.columns);
      colLeaves.forEach((col, c) => {
        const path = [block.base, ...leaf.segments, ...col.segments].join('/');
        const cell = cellAt(layout, path);
        if (!cell) throw new Error(`layout ${layout.format}: ${path} is not a cell`);
        cells.push({
          kind: 'data',
          cell,
          colspan: 1 + (c === colLeaves.length - 1 ? stretch : 0),
          headers: [...blockHeaders, ...rowHeaders, ...leafHeaders[c]].join(' '),
        });
      });
      rows.push({ header: false, cells });
    });
  });
  return { table, width, rows };
}

/** Whether the last leaf of the block lies under `node` (then the node takes the stretch too). */
function lastLeafUnder(node: AxisNode, firstLeaf: number, leafCount: number): boolean {
  return firstLeaf + axisSpan(node) === leafCount;
}

/** Cells of one table in keyboard order: `rows[r][c]` is the path of the cell at visual row r, column c. */
export function navigationRows(grid: TableGrid): string[][] {
  return grid.rows
    .filter((r) => !r.header)
    .map((r) => r.cells.filter((c): c is DataCell => c.kind === 'data').map((c) => c.cell.path));
}
