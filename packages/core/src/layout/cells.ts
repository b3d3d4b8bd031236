import type { AxisNode, CellInfo, FormatLayout, Label, Lang, TableLayout } from './types.js';

/** A leaf of an axis tree with the chain of nodes above it (root first, leaf last). */
export interface AxisLeaf {
  chain: AxisNode[];
  /** JSON Pointer segments contributed by the chain. */
  segments: string[];
}

export function axisLeaves(nodes: readonly AxisNode[], above: AxisNode[] = []): AxisLeaf[] {
  const out: AxisLeaf[] = [];
  for (const node of nodes) {
    const chain = [...above, node];
    if (node.children?.length) out.push(...axisLeaves(node.children, chain));
    else out.push({ chain, segments: chain.flatMap((n) => (n.key ? [n.key] : [])) });
  }
  return out;
}

/** Depth of an axis tree (1 for a flat list). */
export function axisDepth(nodes: readonly AxisNode[]): number {
  let depth = 0;
  for (const n of nodes)
    depth = Math.max(depth, 1 + (n.children?.length ? axisDepth(n.children) : 0));
  return depth;
}

/** Number of leaves under a node (its span in the header). */
export function axisSpan(node: AxisNode): number {
  return node.children?.length ? node.children.reduce((s, c) => s + axisSpan(c), 0) : 1;
}

/** The canonical printed text of a label, numbering included. */
export function labelText(label: Label): string {
  return (label.no ?? '') + label.zh;
}

export function labelIn(label: Label, lang: Lang): string {
  if (lang === 'en') return label.en;
  return labelText(label);
}

const cache = new WeakMap<FormatLayout, { list: CellInfo[]; byPath: Map<string, CellInfo> }>();

function build(layout: FormatLayout) {
  const list: CellInfo[] = [];
  for (const table of layout.tables) {
    table.blocks.forEach((block, b) => {
      const rows = axisLeaves(block.rows);
      const cols = axisLeaves(block.columns);
      rows.forEach((r, ri) => {
        cols.forEach((c, ci) => {
          const colLeaf = c.chain[c.chain.length - 1];
          list.push({
            path: [block.base, ...r.segments, ...c.segments].join('/'),
            table: table.id,
            section: table.section,
            block: b,
            row: ri,
            col: ci,
            rowLabels: r.chain.map((n) => n.label).filter((x) => x.zh),
            colLabels: c.chain.map((n) => n.label),
            kind: colLeaf.kind ?? r.chain[r.chain.length - 1].kind ?? 'count',
            derived: r.chain.some((n) => n.derived) || c.chain.some((n) => n.derived),
          });
        });
      });
    });
  }
  return { list, byPath: new Map(list.map((c) => [c.path, c])) };
}

function cells(layout: FormatLayout) {
  let c = cache.get(layout);
  if (!c) {
    c = build(layout);
    cache.set(layout, c);
  }
  return c;
}

/** Every numeric cell of the format, in table, block, row, column order. */
export function cellsOf(layout: FormatLayout): readonly CellInfo[] {
  return cells(layout).list;
}

export function cellAt(layout: FormatLayout, path: string): CellInfo | undefined {
  return cells(layout).byPath.get(path);
}

export function tableOf(layout: FormatLayout, id: TableLayout['id']): TableLayout {
  const t = layout.tables.find((x) => x.id === id);
  if (!t) throw new Error(`format ${layout.format} has no ${id}`);
  return t;
}

/** Names a cell in the template's own words, e.g. 表三「（一）予以公开」行「总计」列. */
export function describeCell(cell: CellInfo, lang: Lang): string {
  const rows = cell.rowLabels.map((x) => labelIn(x, lang));
  // Only the innermost column label and, for grouped headers that carry meaning (table 四), its group.
  const cols = cell.colLabels
    .filter((x, i) => i === cell.colLabels.length - 1 || cell.table === 'table4')
    .map((x) => labelIn(x, lang));
  const section = cell.section;
  if (lang === 'en') {
    const parts = [
      rows.length ? `row “${rows.join(' › ')}”` : '',
      `column “${cols.join(' › ')}”`,
    ].filter(Boolean);
    return `table ${section}, ${parts.join(', ')}`;
  }
  // Nested rows are named from their group down (「（六）其他处理 3.其他」), top-level rows alone.
  const rowName = rows.length > 1 ? rows.slice(1).join(' ') : rows[0];
  const rowPart = rows.length ? `「${rowName}」行` : '';
  return `表${section}${rowPart}「${cols.join('·')}」列`;
}
