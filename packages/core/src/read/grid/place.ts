import type { LabelMatch } from '../match.js';
import type { Classified } from './cells.js';
import type { HeaderInfo, RowNode, TableModel } from './model.js';

/**
 * Where the reader stands in a table: the block being read, the group rows enclosing the last
 * row, and what the last header row declared (where data starts, the order of a flat block's
 * columns). Rows that read the same are told apart by it.
 */
export class Place {
  block = 0;
  /** Group rows enclosing the last row, outermost first. */
  private context: RowNode[] = [];
  /** Column order declared by a flat block's header row: grid position → leaf column, null when unknown. */
  private columnMap: { block: number; cols: (number | null)[] } | null = null;
  /** Grid column where the header put the first data column. */
  dataStart: number | undefined;

  constructor(private readonly m: TableModel) {}

  /** The group rows enclosing the last row, outermost first. */
  get groups(): readonly RowNode[] {
    return this.context;
  }

  /** Among rows that read the same, the one under the current group, else in the current block. */
  resolve(match: LabelMatch): RowNode {
    const nodes = this.m.rowNodes[match.index];
    if (nodes.length === 1) return nodes[0];
    for (let i = this.context.length - 1; i >= 0; i--) {
      const hit = nodes.find((n) => n.parent === this.context[i]);
      if (hit) return hit;
    }
    return (
      nodes.find((n) => n.block === this.block && !n.parent) ??
      nodes.find((n) => n.block === this.block) ??
      nodes[0]
    );
  }

  enter(node: RowNode) {
    const chain: RowNode[] = [];
    for (let p = node.leaf < 0 ? node : node.parent; p; p = p.parent) chain.unshift(p);
    this.context = chain;
    this.block = node.block;
  }

  headerInfo(match: LabelMatch): HeaderInfo {
    const infos = this.m.headerInfo[match.index];
    return infos.find((i) => i.block === this.block) ?? infos[0];
  }

  /** A header label in a header row: a block's header opens that block, outside any group. */
  headerRowLabel(match: LabelMatch) {
    const info = this.headerInfo(match);
    if (info.role.kind === 'block' && info.block !== this.block) {
      this.block = info.block;
      this.context = [];
    }
  }

  /** A header label among a data row's labels: a block's header moves to that block. */
  headerInRow(match: LabelMatch) {
    const info = this.headerInfo(match);
    if (info.role.kind === 'block') this.block = info.block;
  }

  /** The column order the header declared for `block`, or null for the template's. */
  columnsOf(block: number): (number | null)[] | null {
    return this.columnMap?.block === block ? this.columnMap.cols : null;
  }

  /** What a header row declares: where the first data column starts, and a flat block's order. */
  declare(labels: Classified[], strange: boolean) {
    const first = labels.find((c) => {
      if (!c.header) return false;
      const infos = this.m.headerInfo[c.header.index];
      return infos.length === 1 && infos[0].role.kind === 'column' && infos[0].role.col === 0;
    });
    if (first) this.dataStart = first.cell.col;
    this.declareColumns(labels, strange);
  }

  /**
   * A flat block's header row says which column each position holds. Under a header the template
   * does not have (another format's 本年新制作数量) a position is left unread rather than misread.
   */
  private declareColumns(labels: Classified[], strange: boolean) {
    if (!this.m.blocks[this.block].flat) return;
    // Pieces of split headers, and nothing else unknown: the positions say nothing, keep the template's order.
    if (!strange && labels.some((c) => !c.header && c.fragment)) return;
    const cols: (number | null)[] = [];
    for (const c of labels) {
      if (!c.header) {
        cols.push(null);
        continue;
      }
      const infos = this.m.headerInfo[c.header.index];
      if (!infos.some((i) => i.role.kind === 'column')) continue;
      const here = infos.find((i) => i.block === this.block && i.role.kind === 'column');
      // Another block's column header: the block header row is missing, so the order is unknown.
      if (!here || here.role.kind !== 'column') return;
      cols.push(here.role.col);
    }
    const known = cols.filter((c): c is number => c !== null);
    if (!cols.length || new Set(known).size !== known.length) return;
    this.columnMap = { block: this.block, cols };
  }
}
