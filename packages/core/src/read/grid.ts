import { makeDiagnostic, type Diagnostic, type SourceLocation } from '../check/diagnostic.js';
import {
  axisDepth,
  axisLeaves,
  cellAt,
  describeCell,
  labelText,
  tableOf,
} from '../layout/cells.js';
import type { AxisNode, FormatLayout, Label, Lang, TableLayout } from '../layout/types.js';
import type { Bilingual, Severity } from '../rules/types.js';
import { readCellText } from './cell-text.js';
import { matchLabel, type LabelMatch } from './match.js';
import { labelKey, splitNumbering, squeeze } from './normalize.js';

/**
 * Reads one table of a report from a grid of cell texts as extraction leaves it: merged cells
 * repeated or collapsed, header rows in any shape, labels renumbered, respaced or altered, data
 * cells written as words. Everything is driven by the layout it is given, so the same reader
 * serves every format; what cannot be placed is reported, never dropped silently.
 */

/** A cell as the caller has it: its text, and where it came from when known. */
export type GridCell = string | { text: string; source?: SourceLocation };

/** Where a value was read from. Without a source from the caller, line and column are the 1-based grid row and column. */
export type CellSource = SourceLocation & { text: string };

/** A cell's value as read: a number, null for blank (`''`, `/`, `—`, `无`), or the text typed when it is not a number. */
export type CellValue = number | string | null;

export interface ReadOptions {
  /**
   * The grid holds the whole table (default). When false (the document was cut off), rows the
   * grid does not reach are not reported as `row-missing`: the caller says `table-incomplete`.
   */
  complete?: boolean;
  /** Language of `message` (both are always in `messages`). */
  lang?: Lang;
}

/** A row of the layout found in the grid. */
export interface FoundRow {
  /** JSON Pointer of the row, e.g. `/applications/outcomes/granted`. */
  path: string;
  block: number;
  /** Index of the leaf row inside its block. */
  row: number;
  label: Label;
  /** The label as written, `''` for a row without one (table 四). */
  written: string;
  /** A filling note written after the label (`（设区的市…）`). */
  note?: string;
  /** Index of the grid row it was read from. */
  gridRow: number;
  /** Cells read, and cells the layout has: fewer means the row was cut short. */
  cellsRead: number;
  columns: number;
}

/** A row that matches no row of the layout, kept as written. */
export interface UnknownRow {
  text: string;
  gridRow: number;
  cells: string[];
  source?: SourceLocation;
}

export interface TableReading {
  table: TableLayout['id'];
  /** Every cell read, by JSON Pointer. A cell the grid does not have is absent, not null. */
  values: Map<string, CellValue>;
  sources: Map<string, CellSource>;
  findings: Diagnostic[];
  rowsFound: FoundRow[];
  /** JSON Pointers of the layout's rows not found, in layout order, whether or not reported. */
  rowsMissing: string[];
  unknownRows: UnknownRow[];
  /**
   * The grid ended before the table's last row was read in full: its last row is absent or
   * short. The caller, who knows whether the document went on, decides between `row-missing`
   * and `table-incomplete`.
   */
  truncated: boolean;
}

/* ------------------------------------------------------------------------------------------ */
/* The table as matching needs it, computed once per layout and table.                         */

interface RowNode {
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
  /** Labels from the top-level group down to this node. */
  chain: Label[];
}

interface BlockModel {
  base: string;
  leaves: RowNode[];
  /** JSON Pointer segments of each leaf column. */
  columns: string[][];
  /** Columns are one level deep, so a header row lists them in order (table 二). */
  flat: boolean;
  /** The block's only row, when it has no label (table 四). */
  unlabeled: RowNode | null;
}

type HeaderRole =
  | { kind: 'title' | 'block' | 'corner' | 'group' }
  | { kind: 'column'; col: number };
interface HeaderInfo {
  block: number;
  role: HeaderRole;
  /** Where a finding about this label points. */
  path: string;
}

interface TableModel {
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
          chain: [...(parent?.chain ?? []), node.label],
        };
        if (node.children?.length) r.firstCell = walk(node.children, r, segs)[0].firstCell;
        else {
          r.leaf = leaves.length;
          r.firstCell = cellPath(segs, 0);
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

const models = new WeakMap<FormatLayout, Map<string, TableModel>>();

function modelOf(layout: FormatLayout, tableId: TableLayout['id']): TableModel {
  let perTable = models.get(layout);
  if (!perTable) models.set(layout, (perTable = new Map()));
  let m = perTable.get(tableId);
  if (!m) perTable.set(tableId, (m = buildModel(layout, tableOf(layout, tableId))));
  return m;
}

/* ------------------------------------------------------------------------------------------ */
/* Cells.                                                                                      */

interface Cell {
  text: string;
  source?: SourceLocation;
  /** Column in the grid row. */
  col: number;
  empty: boolean;
  /** Reads as data: a number, a placeholder for nothing, or anything with a digit outside a numbering. */
  value: boolean;
}

/**
 * Longest text with a digit still taken for a value typed with words (`减4`, `约12件`); longer
 * text with a digit is prose (`本机关2022年未发生行政复议`) that strayed into the table.
 */
const SHORT_VALUE = 8;

function isValue(squeezed: string): boolean {
  if (squeezed === '') return false;
  const reading = readCellText(squeezed);
  if (reading.status !== 'text' || reading.suggestion !== undefined) return true;
  return squeezed.length <= SHORT_VALUE && /\d/.test(splitNumbering(squeezed).rest);
}

function cellOf(raw: GridCell | undefined | null, col: number): Cell {
  const rawText =
    typeof raw === 'string' ? raw : raw && typeof raw.text === 'string' ? raw.text : '';
  const source = raw && typeof raw === 'object' ? raw.source : undefined;
  const text = rawText.trim();
  const squeezed = squeeze(text);
  return { text, source, col, empty: squeezed === '', value: isValue(squeezed) };
}

/** What a non-empty label-area cell may be. */
interface Classified {
  cell: Cell;
  row: LabelMatch | null;
  header: LabelMatch | null;
  /** Part of a header label split across cells or lines (`结果` `维持`, `尚未` `审结`). */
  fragment: boolean;
}

const isHeaderish = (c: Classified) => c.header !== null || c.fragment;
/** A row label, unless it is equally a column label (其他, 总计) written without the row's numbering. */
const isRowish = (c: Classified) => c.row !== null && (!isHeaderish(c) || c.row.written.no !== '');

/**
 * Keeps `n` cells of what follows a row's label, dropping only empty cells: those left of the
 * data come from a merged label cell, those right of it from ragged extraction. When both
 * readings fit, the header's column position decides; else, after a label, the merged-label
 * reading wins, and in a row without a label (which has no label to merge) the data come first.
 */
function window(rest: Cell[], n: number, preferred: number | undefined, labelled: boolean): Cell[] {
  if (rest.length <= n) return rest;
  const fits = (k: number) => rest.every((c, i) => (i >= k && i < k + n) || c.empty);
  const valid: number[] = [];
  for (let k = 0; k + n <= rest.length; k++) if (fits(k)) valid.push(k);
  if (!valid.length) return rest.slice(0, n);
  const fallback = labelled ? valid[valid.length - 1] : valid[0];
  const k = preferred !== undefined && valid.includes(preferred) ? preferred : fallback;
  return rest.slice(k, k + n);
}

/* ------------------------------------------------------------------------------------------ */
/* Messages.                                                                                   */

const TEMPLATES: Record<string, Bilingual> = {
  'row-unknown': {
    'zh-CN': '{table}中的行 `{text}` 不是模板中的行，其数据未读取',
    en: 'Unexpected row `{text}` in {table}, expected a row of the template',
  },
  'row-missing': {
    'zh-CN': '{table}缺少 `{label}` 行',
    en: 'Missing row `{label}` in {table}',
  },
  'row-duplicate': {
    'zh-CN': '{table}的 `{label}` 行出现了不止一次，只读取了第一次',
    en: 'Unexpected repeated row `{label}` in {table}, expected it once; the first one was read',
  },
  'label-variant': {
    'zh-CN': '{table}的标签 `{actual}` 与模板不一致，应为 `{expected}`',
    en: 'Unexpected label `{actual}` in {table}, expected `{expected}`',
  },
  'cell-normalized': {
    'zh-CN': '{cell}写作 `{actual}`，按 `{expected}` 读取',
    en: 'Unexpected `{actual}` in {cell}, expected `{expected}`',
  },
};

const SEVERITY: Record<string, Severity> = {
  'row-unknown': 'warning',
  'row-missing': 'error',
  'row-duplicate': 'warning',
  'label-variant': 'warning',
  'cell-normalized': 'info',
};

/** A row named in the template's words: nested rows from their group down, as describeCell does. */
function rowName(r: RowNode, lang: Lang): string {
  const chain = r.chain.filter((l) => l.zh);
  if (lang === 'en') return chain.map((l) => l.en).join(' › ');
  return (chain.length > 1 ? chain.slice(1) : chain).map(labelText).join(' ');
}

/* ------------------------------------------------------------------------------------------ */
/* The reader.                                                                                 */

class Reader {
  readonly values = new Map<string, CellValue>();
  readonly sources = new Map<string, CellSource>();
  readonly findings: Diagnostic[] = [];
  readonly rowsFound: FoundRow[] = [];
  readonly unknownRows: UnknownRow[] = [];
  private readonly found = new Map<RowNode, FoundRow>();
  private readonly reported = new Set<string>();
  /** Block being read, and the group rows enclosing the last row (outermost first). */
  private block = 0;
  private context: RowNode[] = [];
  /** Column order declared by a flat block's header row: grid position → leaf column, null when unknown. */
  private columnMap: { block: number; cols: (number | null)[] } | null = null;
  /** Grid column where the header put the first data column. */
  private dataStart: number | undefined;

  constructor(
    private readonly m: TableModel,
    private readonly lang: Lang,
  ) {}

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
    if (!match.variant || !match.suggestion) return;
    const once = `${path}\u0000${cell.text}`;
    if (this.reported.has(once)) return;
    this.reported.add(once);
    this.report(
      'label-variant',
      path,
      [path],
      { actual: cell.text, expected: match.suggestion },
      { actual: cell.text, expected: match.suggestion, source: cell.source },
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
    if (!node) return this.unknown([labelCell.cell], gridRow, cells);
    if (node.leaf < 0) {
      if (firstValue < cells.length) this.unknown([labelCell.cell], gridRow, cells);
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
      cellsRead: data.length,
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
    const rowsMissing: string[] = [];
    for (const blk of this.m.blocks) {
      for (const leaf of blk.leaves) {
        if (this.found.has(leaf)) continue;
        rowsMissing.push(leaf.path);
        if (!complete) continue;
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
      truncated: !last || last.cellsRead < last.columns,
    };
  }
}

function hasValuesAfter(cells: Cell[], col: number): boolean {
  for (let i = col + 1; i < cells.length; i++) if (cells[i].value) return true;
  return false;
}

/**
 * Reads one table from a grid: `rows[r][c]` is the text of a cell, or `{ text, source }`.
 * Header rows are recognised and skipped, merged label cells may be repeated, blank or collapsed.
 */
export function readTable(
  layout: FormatLayout,
  tableId: TableLayout['id'],
  rows: readonly (readonly GridCell[])[],
  options: ReadOptions = {},
): TableReading {
  const reader = new Reader(modelOf(layout, tableId), options.lang ?? 'zh-CN');
  rows.forEach((r, i) => reader.row(Array.isArray(r) ? r : [], i));
  return reader.finish(options.complete ?? true);
}

/**
 * Cuts a flat stream of cells (a table flattened one cell per line) into rows: a label starts a
 * new row once the current one has data, blanks, or a row label of its own that the new label
 * cannot continue.
 */
export function streamRows(
  layout: FormatLayout,
  tableId: TableLayout['id'],
  cells: readonly GridCell[],
): GridCell[][] {
  const m = modelOf(layout, tableId);
  const rows: GridCell[][] = [];
  let current: GridCell[] = [];
  let pastLabels = false;
  let leafSeen = false;
  cells.forEach((raw, i) => {
    const c = cellOf(raw, i);
    const label = !c.empty && !c.value;
    if (label && current.length && (pastLabels || leafSeen)) {
      rows.push(current);
      current = [];
      pastLabels = leafSeen = false;
    }
    current.push(raw);
    if (!label) pastLabels = true;
    else {
      const match = matchLabel(c.text, m.rowLabels);
      if (match && m.rowNodes[match.index].some((n) => n.leaf >= 0)) leafSeen = true;
    }
  });
  if (current.length) rows.push(current);
  return rows;
}

/** Reads one table from a flat stream of cells, one per line as some pages flatten them. */
export function readTableStream(
  layout: FormatLayout,
  tableId: TableLayout['id'],
  cells: readonly GridCell[],
  options: ReadOptions = {},
): TableReading {
  return readTable(layout, tableId, streamRows(layout, tableId, cells), options);
}
