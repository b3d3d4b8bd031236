import { type Diagnostic, makeDiagnostic } from '../../check/diagnostic.js';
import { cellAt, describeCell } from '../../layout/cells.js';
import type { Lang } from '../../layout/types.js';
import { readCellText } from '../cell-text.js';
import { GluedTable } from '../glued/index.js';
import { type LabelMatch, matchLabel } from '../match.js';
import { labelKey } from '../normalize.js';
import {
  type Cell,
  type Classified,
  cellOf,
  hasValuesAfter,
  isHeaderish,
  isRowish,
  window,
} from './cells.js';
import { rowByPlace } from './by-place.js';
import { rowName, SEVERITY, TEMPLATES } from './messages.js';
import type { HeaderInfo, RowNode, TableModel } from './model.js';
import type {
  CellSource,
  CellValue,
  FoundRow,
  GridCell,
  TableReading,
  UnknownRow,
} from './types.js';

/** Reads a grid row by row against one table's model: headers, labelled rows, cells. */

export class Reader {
  readonly values = new Map<string, CellValue>();
  readonly sources = new Map<string, CellSource>();
  readonly findings: Diagnostic[] = [];
  readonly rowsFound: FoundRow[] = [];
  readonly unknownRows: UnknownRow[] = [];
  /** Rows of an older format (2019's single （六）), kept as written. */
  readonly formerRows: UnknownRow[] = [];
  /** Leaves that an older format's single row stands for: not found, and not missing either. */
  private readonly superseded = new Set<RowNode>();
  private readonly found = new Map<RowNode, FoundRow>();
  private readonly reported = new Set<string>();
  /** Block being read, and the group rows enclosing the last row (outermost first). */
  private block = 0;
  private context: RowNode[] = [];
  /** Column order declared by a flat block's header row: grid position → leaf column, null when unknown. */
  private columnMap: { block: number; cols: (number | null)[] } | null = null;
  /** Grid column where the header put the first data column. */
  private dataStart: number | undefined;
  /** Rows whose numbers came glued together, split once the whole table is read. */
  private readonly glued: GluedTable;

  constructor(
    private readonly m: TableModel,
    private readonly lang: Lang,
  ) {
    this.glued = new GluedTable(m.layout);
  }

  private tableName(lang: Lang) {
    return lang === 'en' ? `table ${this.m.table.section}` : `表${this.m.table.section}`;
  }

  private report(
    ruleId: string,
    path: string,
    paths: string[],
    values: Record<string, string>,
    extra: Pick<Diagnostic, 'actual' | 'expected' | 'source'> = {},
    localized: Partial<Record<Lang, Record<string, string>>> = {},
  ) {
    const per = (lang: Lang) => ({ table: this.tableName(lang), ...values, ...localized[lang] });
    this.findings.push(
      makeDiagnostic(
        {
          ruleId,
          severity: SEVERITY[ruleId],
          path,
          paths,
          ...extra,
          templates: TEMPLATES[ruleId],
          values: { 'zh-CN': per('zh-CN'), en: per('en') },
        },
        this.lang,
      ),
    );
  }

  private variant(match: LabelMatch, cell: Cell, path: string) {
    if (match.variant && match.suggestion) this.labelVariant(cell, match.suggestion, path);
  }

  private labelVariant(cell: Cell, suggestion: string, path: string) {
    const once = `${path}\u0000${cell.text}`;
    if (this.reported.has(once)) return;
    this.reported.add(once);
    this.report(
      'label-variant',
      path,
      [path],
      { actual: cell.text, expected: suggestion },
      { actual: cell.text, expected: suggestion, source: cell.source },
    );
  }

  private classify(cell: Cell): Classified {
    const row = matchLabel(cell.text, this.m.rowLabels);
    const header = matchLabel(cell.text, this.m.headerLabels);
    const key = header ? '' : labelKey(cell.text);
    const text = this.found.size ? this.m.headerTextBelowTitle : this.m.headerText;
    return { cell, row, header, fragment: key !== '' && text.includes(key) };
  }

  /** Among rows that read the same, the one under the current group, else in the current block. */
  private resolve(match: LabelMatch): RowNode {
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

  private enter(node: RowNode) {
    const chain: RowNode[] = [];
    for (let p = node.leaf < 0 ? node : node.parent; p; p = p.parent) chain.unshift(p);
    this.context = chain;
    this.block = node.block;
  }

  private headerInfo(match: LabelMatch): HeaderInfo {
    const infos = this.m.headerInfo[match.index];
    return infos.find((i) => i.block === this.block) ?? infos[0];
  }

  row(raw: readonly (GridCell | undefined | null)[], gridRow: number) {
    const cells = Array.from(raw, (c, i) => cellOf(c, i));
    let firstValue = cells.findIndex((c) => c.value);
    if (firstValue < 0) firstValue = cells.length;
    const labels = cells
      .slice(0, firstValue)
      .filter((c) => !c.empty)
      .map((c) => this.classify(c));
    const hasValues = firstValue < cells.length;
    // A table whose one row has no label (table 四): a row of exactly its width that names no row
    // and no header is that row, even when blank or when its first cells hold words typed as values.
    const open = this.m.blocks.find((b) => b.unlabeled && !this.found.has(b.unlabeled));
    if (
      open?.unlabeled &&
      cells.length === open.columns.length &&
      !labels.some((c) => c.row || isHeaderish(c))
    ) {
      this.read(open.unlabeled, null, cells, 0, gridRow);
      return;
    }
    if (!labels.length && !hasValues) return;
    if (!hasValues && labels.some(isHeaderish) && !labels.some(isRowish))
      this.header(labels, gridRow);
    else this.data(cells, labels, firstValue, gridRow);
  }

  private header(labels: Classified[], gridRow: number) {
    for (const c of labels) {
      if (!c.header) continue;
      const info = this.headerInfo(c.header);
      if (info.role.kind === 'block' && info.block !== this.block) {
        this.block = info.block;
        this.context = [];
      }
      this.variant(c.header, c.cell, this.headerInfo(c.header).path);
    }
    const first = labels.find((c) => {
      if (!c.header) return false;
      const infos = this.m.headerInfo[c.header.index];
      return infos.length === 1 && infos[0].role.kind === 'column' && infos[0].role.col === 0;
    });
    if (first) this.dataStart = first.cell.col;
    // With words the template does not have, pieces of header labels are no longer evidently
    // pieces: name them along with the rest (`上一年项目数量 | 本年增/减 | 处理决定数量`).
    const strange = labels.some((c) => !isHeaderish(c));
    if (strange)
      this.unknown(
        labels.filter((c) => !c.header).map((c) => c.cell),
        gridRow,
      );
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

  private data(cells: Cell[], labels: Classified[], firstValue: number, gridRow: number) {
    // The label area ends at the last label; words after a matched leaf row are data typed as words.
    let last = -1;
    let leafSeen = false;
    const used: Classified[] = [];
    for (const c of labels) {
      if (leafSeen && !c.row) break;
      used.push(c);
      last = c.cell.col;
      if (c.row && this.m.rowNodes[c.row.index].some((n) => n.leaf >= 0)) leafSeen = true;
    }
    const isRowLabel = (c: Classified) =>
      c.row !== null && (isRowish(c) || hasValuesAfter(cells, c.cell.col));
    // Text before the first row label that is no group of it is header text glued onto the row,
    // as when a table was flattened into a stream: read it as a header row of its own.
    const firstRow = used.findIndex(isRowLabel);
    if (firstRow > 0) this.header(used.splice(0, firstRow), gridRow);
    let node: RowNode | null = null;
    let labelCell: Classified | null = null;
    for (const c of used) {
      labelCell = c;
      node = null;
      if (isRowLabel(c) && c.row) {
        node = this.resolve(c.row);
        this.enter(node);
        this.variant(c.row, c.cell, node.firstCell);
      } else if (c.header) {
        const info = this.headerInfo(c.header);
        if (info.role.kind === 'block') this.block = info.block;
      }
    }
    const rest = cells.slice(last + 1);
    if (!labelCell) {
      const blk = this.m.blocks[this.block].unlabeled
        ? this.m.blocks[this.block]
        : this.m.blocks.find((b) => b.unlabeled);
      if (blk?.unlabeled) return this.read(blk.unlabeled, null, rest, 0, gridRow);
      return this.unknown(
        cells.filter((c) => !c.empty),
        gridRow,
      );
    }
    if (!node) {
      const placed = rowByPlace(this.m, this.context, labelCell.cell.text);
      if (!placed) return this.unknown([labelCell.cell], gridRow, cells);
      node = placed.node;
      this.enter(node);
      this.labelVariant(labelCell.cell, placed.suggestion, node.firstCell);
    }
    if (node.leaf < 0) {
      if (firstValue >= cells.length) return;
      if (node.node.formerlyRow) this.former(node, labelCell.cell, cells, gridRow);
      else this.unknown([labelCell.cell], gridRow, cells);
      return;
    }
    this.read(node, labelCell, rest, last + 1, gridRow);
  }

  private read(
    node: RowNode,
    label: Classified | null,
    rest: Cell[],
    restStart: number,
    gridRow: number,
  ) {
    if (this.found.has(node)) {
      const path = node.firstCell;
      this.report(
        'row-duplicate',
        path,
        [path],
        {},
        { source: label?.cell.source },
        {
          'zh-CN': { label: rowName(node, 'zh-CN') },
          en: { label: rowName(node, 'en') },
        },
      );
      return;
    }
    const blk = this.m.blocks[node.block];
    const map = this.columnMap?.block === node.block ? this.columnMap.cols : null;
    const n = map ? map.length : blk.columns.length;
    const preferred = this.dataStart === undefined ? undefined : this.dataStart - restStart;
    const data = window(rest, n, preferred, label !== null);
    // A run is split in the columns' order, as the header declared it when it did.
    const order = map ?? blk.columns.map((_, i) => i);
    const glued =
      order.every((c) => c !== null) &&
      this.glued.take(
        order.map((c) => [blk.base, ...node.segments, ...blk.columns[c as number]].join('/')),
        data,
      );
    if (!glued)
      data.forEach((cell, i) => {
        const col = map ? map[i] : i;
        if (col === null || col === undefined) return;
        const path = [blk.base, ...node.segments, ...blk.columns[col]].join('/');
        this.cell(path, cell, gridRow);
      });
    const row: FoundRow = {
      path: node.path,
      block: node.block,
      row: node.leaf,
      label: node.node.label,
      written: label?.cell.text ?? '',
      note: label?.row?.written.note || undefined,
      gridRow,
      cellsRead: glued ? n : data.length,
      columns: n,
    };
    this.found.set(node, row);
    this.rowsFound.push(row);
  }

  private cell(path: string, cell: Cell, gridRow: number) {
    const info = cellAt(this.m.layout, path);
    const reading = readCellText(cell.text, info?.kind ?? 'count');
    this.values.set(path, reading.value);
    this.sources.set(path, {
      ...(cell.source ?? { line: gridRow + 1, column: cell.col + 1 }),
      text: cell.text,
    });
    if (reading.status === 'normalized' && info) {
      const values = { actual: cell.text, expected: String(reading.value) };
      this.report(
        'cell-normalized',
        path,
        [path],
        values,
        { actual: cell.text, expected: reading.value, source: cell.source },
        {
          'zh-CN': { cell: describeCell(info, 'zh-CN') },
          en: { cell: describeCell(info, 'en') },
        },
      );
    }
  }

  /** An older format's single row where this one has a group: said once, its rows left unread. */
  private former(node: RowNode, label: Cell, all: Cell[], gridRow: number) {
    this.formerRows.push({
      text: label.text,
      gridRow,
      cells: all.map((c) => c.text),
      source: label.source,
    });
    const leaves = this.m.blocks[node.block].leaves.filter((l) =>
      l.chain.includes(node.node.label),
    );
    for (const l of leaves) this.superseded.add(l);
    const values = {
      label: label.text,
      format: node.node.formerlyRow ?? '',
      count: String(leaves.length),
    };
    this.report(
      'format-outdated',
      node.firstCell,
      leaves.map((l) => l.firstCell),
      values,
      { actual: label.text, source: label.source },
    );
  }

  private unknown(labelCells: Cell[], gridRow: number, all: Cell[] = labelCells) {
    const text = labelCells.map((c) => c.text).join(' | ');
    const path = this.m.blocks[this.block].base;
    this.unknownRows.push({
      text,
      gridRow,
      cells: all.map((c) => c.text),
      source: labelCells[0]?.source,
    });
    this.report(
      'row-unknown',
      path,
      [path],
      { text },
      { actual: text, source: labelCells[0]?.source },
    );
  }

  finish(complete: boolean): TableReading {
    const glued = this.glued.finish((p) => {
      const v = this.values.get(p);
      return typeof v === 'number' ? v : undefined;
    }, this.lang);
    for (const [path, cell] of glued.cells)
      this.cell(path, { ...cell, col: 0, empty: false, value: true }, 0);
    this.findings.push(...glued.findings);
    const rowsMissing: string[] = [];
    for (const blk of this.m.blocks) {
      for (const leaf of blk.leaves) {
        if (this.found.has(leaf)) continue;
        rowsMissing.push(leaf.path);
        if (!complete || this.superseded.has(leaf)) continue;
        const paths = blk.columns.map((c) => [blk.base, ...leaf.segments, ...c].join('/'));
        const name = (lang: Lang) => rowName(leaf, lang) || (lang === 'en' ? 'data row' : '数据');
        this.report(
          'row-missing',
          paths[0],
          paths,
          {},
          {},
          {
            'zh-CN': { label: name('zh-CN') },
            en: { label: name('en') },
          },
        );
      }
    }
    const last = this.m.lastLeaf && this.found.get(this.m.lastLeaf);
    return {
      table: this.m.table.id,
      values: this.values,
      sources: this.sources,
      findings: this.findings,
      rowsFound: this.rowsFound,
      rowsMissing,
      unknownRows: this.unknownRows,
      formerRows: this.formerRows,
      ...(glued.unread.length ? { unread: glued.unread } : {}),
      truncated: !last || last.cellsRead < last.columns,
    };
  }
}
