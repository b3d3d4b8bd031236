import { cellAt } from '../../layout/cells.js';
import type { Lang } from '../../layout/types.js';
import { readCellText } from '../cell-text.js';
import { GluedTable } from '../glued/index.js';
import type { LabelMatch } from '../match.js';
import { labelKey } from '../normalize.js';
import { rowByPlace } from './by-place.js';
import {
  type Cell,
  type Classified,
  cellOf,
  hasValuesAfter,
  isHeaderish,
  isRowish,
  window,
} from './cells.js';
import type { TableLabels } from './labels.js';
import { GridFindings } from './messages.js';
import type { RowNode, TableModel } from './model.js';
import { Place } from './place.js';
import type {
  CellSource,
  CellValue,
  FoundRow,
  GridCell,
  TableReading,
  UnknownRow,
} from './types.js';

/**
 * Reads a grid row by row against one table's model: headers, labelled rows, cells. Where it
 * stands is place.ts's. It raises `row-unknown`, `row-missing`, `row-duplicate`, `label-variant`,
 * `cell-normalized` and `format-outdated` (`this.says.rowUnknown(…)` and so on), worded by
 * messages.ts from each rule's module.
 */
export class Reader {
  readonly values = new Map<string, CellValue>();
  readonly sources = new Map<string, CellSource>();
  readonly rowsFound: FoundRow[] = [];
  readonly unknownRows: UnknownRow[] = [];
  /** Rows of an older format (2019's single （六）), kept as written. */
  readonly formerRows: UnknownRow[] = [];
  /** Leaves that an older format's single row stands for: not found, and not missing either. */
  private readonly superseded = new Set<RowNode>();
  private readonly found = new Map<RowNode, FoundRow>();
  private readonly place: Place;
  private readonly says: GridFindings;
  /** Rows whose numbers came glued together, split once the whole table is read. */
  private readonly glued: GluedTable;
  private readonly m: TableModel;

  constructor(
    private readonly labels: TableLabels,
    private readonly lang: Lang,
  ) {
    this.m = labels.model;
    this.glued = new GluedTable(this.m.layout);
    this.place = new Place(this.m);
    this.says = new GridFindings(this.m.table, lang);
  }

  private variant(match: LabelMatch, cell: Cell, path: string) {
    if (match.variant && match.suggestion) this.says.labelVariant(cell, match.suggestion, path);
  }

  private classify(cell: Cell): Classified {
    const row = this.labels.row(cell.text);
    const header = this.labels.header(cell.text);
    const key = header ? '' : labelKey(cell.text);
    const text = this.found.size ? this.m.headerTextBelowTitle : this.m.headerText;
    return { cell, row, header, fragment: key !== '' && text.includes(key) };
  }

  /** `read`: the row's cells already classified (by the rejoin), else classified here. */
  row(raw: readonly (GridCell | undefined | null)[], gridRow: number, read?: Cell[]) {
    const cells = read ?? Array.from(raw, (c, i) => cellOf(c, i));
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
      this.place.headerRowLabel(c.header);
      this.variant(c.header, c.cell, this.place.headerInfo(c.header).path);
    }
    // With words the template does not have, pieces of header labels are no longer evidently
    // pieces: name them along with the rest (`上一年项目数量 | 本年增/减 | 处理决定数量`).
    const strange = labels.some((c) => !isHeaderish(c));
    if (strange)
      this.unknown(
        labels.filter((c) => !c.header).map((c) => c.cell),
        gridRow,
      );
    this.place.declare(labels, strange);
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
        node = this.place.resolve(c.row);
        this.place.enter(node);
        this.variant(c.row, c.cell, node.firstCell);
      } else if (c.header) this.place.headerInRow(c.header);
    }
    const rest = cells.slice(last + 1);
    if (!labelCell) {
      const here = this.m.blocks[this.place.block];
      const blk = here.unlabeled ? here : this.m.blocks.find((b) => b.unlabeled);
      if (blk?.unlabeled) return this.read(blk.unlabeled, null, rest, 0, gridRow);
      return this.unknown(
        cells.filter((c) => !c.empty),
        gridRow,
      );
    }
    if (!node) {
      const placed = rowByPlace(this.m, this.place.groups, labelCell.cell.text);
      if (!placed) return this.unknown([labelCell.cell], gridRow, cells);
      node = placed.node;
      this.place.enter(node);
      this.says.labelVariant(labelCell.cell, placed.suggestion, node.firstCell);
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
      this.says.rowDuplicate(node, label?.cell.source);
      return;
    }
    const blk = this.m.blocks[node.block];
    const map = this.place.columnsOf(node.block);
    const n = map ? map.length : blk.columns.length;
    const start = this.place.dataStart;
    const data = window(rest, n, start === undefined ? undefined : start - restStart, !!label);
    // A run is split in the columns' order, as the header declared it when it did.
    const order = map ?? blk.columns.map((_, i) => i);
    const glued =
      order.every((c) => c !== null) &&
      this.glued.take(
        order.map((c) => node.cells[c as number]),
        data,
      );
    if (!glued)
      data.forEach((cell, i) => {
        const col = map ? map[i] : i;
        if (col === null || col === undefined) return;
        this.cell(node.cells[col], cell, gridRow);
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
    if (reading.status === 'normalized' && info)
      this.says.cellNormalized(path, info, cell, reading.value);
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
    this.says.formatOutdated(node, label, leaves);
  }

  private unknown(labelCells: Cell[], gridRow: number, all: Cell[] = labelCells) {
    const text = labelCells.map((c) => c.text).join(' | ');
    const source = labelCells[0]?.source;
    this.unknownRows.push({ text, gridRow, cells: all.map((c) => c.text), source });
    this.says.rowUnknown(this.m.blocks[this.place.block].base, text, source);
  }

  finish(complete: boolean): TableReading {
    const glued = this.glued.finish((p) => {
      const v = this.values.get(p);
      return typeof v === 'number' ? v : undefined;
    }, this.lang);
    for (const [path, cell] of glued.cells)
      this.cell(path, { ...cell, col: 0, empty: false, value: true }, 0);
    this.says.list.push(...glued.findings);
    const rowsMissing: string[] = [];
    for (const blk of this.m.blocks) {
      for (const leaf of blk.leaves) {
        if (this.found.has(leaf)) continue;
        rowsMissing.push(leaf.path);
        if (!complete || this.superseded.has(leaf)) continue;
        this.says.rowMissing(leaf, leaf.cells);
      }
    }
    const last = this.m.lastLeaf && this.found.get(this.m.lastLeaf);
    return {
      table: this.m.table.id,
      values: this.values,
      sources: this.sources,
      findings: this.says.list,
      rowsFound: this.rowsFound,
      rowsMissing,
      unknownRows: this.unknownRows,
      formerRows: this.formerRows,
      ...(glued.unread.length ? { unread: glued.unread } : {}),
      truncated: !last || last.cellsRead < last.columns,
    };
  }
}
