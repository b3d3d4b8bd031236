import type { Diagnostic, SourceLocation } from '../check/diagnostic.js';
import { cellsOf } from '../layout/cells.js';
import type {
  CellInfo,
  FormatLayout,
  Lang,
  SectionKey,
  SectionLayout,
  TableLayout,
} from '../layout/types.js';
import { segmentsOf, setAt } from '../pointer.js';
import {
  readRuleUrl,
  sectionMissing,
  tableIncomplete,
  tableMissing,
  tableUnrecognized,
} from './findings.js';
import type { GridCell, TableReading } from './grid/index.js';

/**
 * Turns what a document reader found (section headings, narratives, each table as core's grid
 * reader read it) into a complete report: every narrative and cell present, a cell not found
 * null, never a value the document does not have. It says which cells are blank only because
 * their row, table or section is missing (`absent`, so a checker does not report each blank
 * again), and raises `section-missing`, `table-missing` and `table-incomplete`. A reader keeps
 * only what its syntax needs: finding headings and tables in its tree or lines.
 */

/** A report as read, in the shape of the format's schema. */
export type ReadReport = Record<string, unknown> & {
  format: string;
  meta: Record<string, unknown>;
};

/** A narrative section's text as it goes into the report, and where it was written. */
export interface FoundNarrative {
  text: string;
  source: SourceLocation;
}

/** A table section as the reader found it. */
export interface FoundTable {
  /** The grid reader's reading of the section's tables; none when the section has no table. */
  reading?: TableReading;
  /**
   * The document ends inside this table (or right after its heading, without a reading): the
   * cells not reached are `table-incomplete`, not `row-missing`, and sections after it are not
   * reported missing.
   */
  cut?: boolean;
  /**
   * The grid the reading was made from. When given, the cells a found row is short of are read
   * as blank and placed at the row's label: text extracted one cell per line drops blank cells.
   */
  rows?: readonly GridCell[][];
  /** Where a finding that no cell can carry points; the section heading by default. */
  fallback?: SourceLocation;
  /** Findings the reader raised on the table before the grid reader (a shape of its own), said first. */
  findings?: readonly Diagnostic[];
  /** Cells those findings explain as missing. */
  absent?: Iterable<string>;
}

export interface FoundParts {
  /** Meta fields read (title, agency, year, …). */
  meta?: Record<string, unknown>;
  /** Sources the reader already has (meta fields, the format). */
  sources?: ReadonlyMap<string, SourceLocation>;
  /** Where the first heading of each section found is. A section not here is missing. */
  headings: Partial<Record<SectionKey, SourceLocation>>;
  narratives?: Partial<Record<SectionKey, FoundNarrative>>;
  tables?: Partial<Record<TableLayout['id'], FoundTable>>;
  /** Where a section missing before any heading is said to be (the title). */
  start?: SourceLocation;
}

export interface AssembleOptions {
  /** Language of `message` in findings (both are always in `messages`). Default zh-CN. */
  lang?: Lang;
}

export interface AssembledReport {
  /** Every narrative and cell of the format present: a cell not found or blank is null. */
  report: ReadReport;
  /** Where each value was read from, by JSON Pointer. */
  sources: Map<string, SourceLocation>;
  /** Cells the document does not have (row, table or section missing, or cut off): a reader finding explains their null. */
  absent: Set<string>;
  /** Findings about the sections and tables, in template order, each table's grid findings included. */
  findings: Diagnostic[];
  /** Every cell was read from the document, and the document was not cut off. */
  complete: boolean;
}

const skeletons = new WeakMap<FormatLayout, ReadReport>();

/** A report with every narrative empty and every cell blank (null); the skeleton is built once per layout. */
export function emptyReport(layout: FormatLayout): ReadReport {
  let skeleton = skeletons.get(layout);
  if (!skeleton) {
    skeleton = { format: layout.format, meta: {} };
    for (const s of layout.sections) if (!s.table) skeleton[s.key] = '';
    for (const c of cellsOf(layout)) setAt(skeleton, c.path, null);
    skeletons.set(layout, skeleton);
  }
  return copy(skeleton) as ReadReport;
}

/** A copy of the skeleton, which holds only objects, strings and nulls: a fraction of `structuredClone`'s cost, paid per document. */
function copy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const k in value) out[k] = copy((value as Record<string, unknown>)[k]);
  return out;
}

const segmentCache = new Map<string, string[]>();

/**
 * Sets a value inside a report built by `emptyReport`, whose objects all exist: the same 200-odd
 * cell pointers are set for every document read, so their segments are cached.
 */
function assign(report: Record<string, unknown>, pointer: string, value: unknown): void {
  let segs = segmentCache.get(pointer);
  if (!segs) {
    segs = segmentsOf(pointer);
    segmentCache.set(pointer, segs);
  }
  let o = report;
  for (let i = 0; i < segs.length - 1; i++) {
    const next = Object.hasOwn(o, segs[i]) ? o[segs[i]] : undefined;
    if (next === null || typeof next !== 'object') {
      setAt(report, pointer, value);
      return;
    }
    o = next as Record<string, unknown>;
  }
  const last = segs[segs.length - 1];
  if (Object.hasOwn(o, last)) o[last] = value;
  else setAt(report, pointer, value);
}

const tableCells = new WeakMap<FormatLayout, Map<string, CellInfo[]>>();

/** The cells of one table, in layout order. */
function cellsOfTable(layout: FormatLayout, table: string): CellInfo[] {
  let byTable = tableCells.get(layout);
  if (!byTable) {
    byTable = new Map();
    for (const c of cellsOf(layout)) {
      let list = byTable.get(c.table);
      if (!list) {
        list = [];
        byTable.set(c.table, list);
      }
      list.push(c);
    }
    tableCells.set(layout, byTable);
  }
  return byTable.get(table) ?? [];
}

const hasSource = (c: GridCell | undefined): c is { text: string; source: SourceLocation } =>
  c !== undefined && typeof c !== 'string' && c.source !== undefined;

interface TableOut {
  sources: Map<string, SourceLocation>;
  findings: Diagnostic[];
  cut: boolean;
}

/** One table section: its reading into the report, and what is missing from it. */
function assembleTable(
  layout: FormatLayout,
  section: SectionLayout,
  found: FoundTable | undefined,
  heading: SourceLocation,
  out: AssembledReport,
  lang: Lang,
): TableOut {
  const table = layout.tables.find((t) => t.id === section.table)!;
  const cells = cellsOfTable(layout, table.id);
  const res: TableOut = { sources: new Map(), findings: [...(found?.findings ?? [])], cut: false };
  for (const p of found?.absent ?? []) out.absent.add(p);
  const reading = found?.reading;
  if (!reading) {
    for (const c of cells) out.absent.add(c.path);
    if (found?.cut) {
      res.cut = true;
      res.findings.push(tableIncomplete(table, cells, -1, heading, lang));
    } else {
      res.findings.push(
        tableMissing(
          table,
          cells.map((c) => c.path),
          heading,
          lang,
        ),
      );
    }
    return res;
  }
  const cut = found.cut === true;
  // Rows written but none of them the template's: the layout is not recognised. Said once, where
  // the table is, instead of every row as unknown and every row of the template as missing.
  if (!reading.rowsFound.length && reading.unknownRows.length && !cut) {
    for (const c of cells) out.absent.add(c.path);
    const where = found.fallback ?? reading.unknownRows.find((u) => u.source)?.source ?? heading;
    const paths = cells.map((c) => c.path);
    res.findings.push(tableUnrecognized(table, paths, reading.unknownRows.length, where, lang));
    return res;
  }
  const order = new Map(cells.map((c, i) => [c.path, i]));
  // How far the document reached: every cell read, and every cell of a row found before the
  // last one (one-cell-per-line text drops blank cells, so such a row may show none).
  let lastRead = -1;
  if (cut) {
    for (const p of reading.values.keys()) lastRead = Math.max(lastRead, order.get(p) ?? -1);
    for (const row of reading.rowsFound.slice(0, -1)) {
      for (const c of cells)
        if (c.path.startsWith(row.path + '/'))
          lastRead = Math.max(lastRead, order.get(c.path) ?? -1);
    }
  }

  for (const [p, v] of reading.values) assign(out.report, p, v);
  for (const [p, s] of reading.sources) if (s.offset !== undefined) res.sources.set(p, s);

  if (found.rows) {
    // Cells of a row that was found but gave fewer cells than the template has: blank in the
    // document, unless the document ends there.
    for (const row of reading.rowsFound) {
      const label = found.rows[row.gridRow]?.find((c) => hasSource(c) && c.text.trim() !== '');
      for (const c of cells) {
        if (!c.path.startsWith(row.path + '/') || reading.values.has(c.path)) continue;
        if (cut && (order.get(c.path) ?? 0) > lastRead) continue;
        assign(out.report, c.path, null);
        if (hasSource(label)) res.sources.set(c.path, { ...label.source, text: '' });
      }
    }
  }
  for (const p of reading.unread ?? []) out.absent.add(p);
  for (const rowPath of reading.rowsMissing) {
    for (const c of cells) if (c.path.startsWith(rowPath + '/')) out.absent.add(c.path);
  }

  const lastSource = cells[lastRead] ? res.sources.get(cells[lastRead].path) : undefined;
  const fallback = found.fallback ?? heading;
  for (const d of reading.findings) {
    // Rows after the cut were not reached, not left out; a label cut in the middle of a word is
    // not an altered label, nor is what is left of it an unknown row.
    if (
      cut &&
      (d.ruleId === 'row-missing' || d.ruleId === 'label-variant') &&
      (order.get(d.path) ?? 0) > lastRead
    )
      continue;
    if (
      cut &&
      d.ruleId === 'row-unknown' &&
      d.source?.offset !== undefined &&
      lastSource?.offset !== undefined &&
      d.source.offset > lastSource.offset
    )
      continue;
    res.findings.push({
      ...d,
      url: d.url ?? readRuleUrl(d.ruleId),
      source: d.source ?? res.sources.get(d.path) ?? fallback,
    });
  }
  if (cut) {
    res.cut = true;
    for (const c of cells) if ((order.get(c.path) ?? 0) > lastRead) out.absent.add(c.path);
    res.findings.push(
      tableIncomplete(
        table,
        cells,
        lastRead,
        (cells[lastRead] && res.sources.get(cells[lastRead].path)) || heading,
        lang,
      ),
    );
  }
  return res;
}

/** Assembles a report on `layout` from the parts a reader found; see the module comment. */
export function assembleReport(
  layout: FormatLayout,
  parts: FoundParts,
  options: AssembleOptions = {},
): AssembledReport {
  const lang = options.lang ?? 'zh-CN';
  const out: AssembledReport = {
    report: emptyReport(layout),
    sources: new Map(parts.sources),
    absent: new Set(),
    findings: [],
    complete: false,
  };
  if (parts.meta) Object.assign(out.report.meta, parts.meta);
  let cutAt = Infinity;
  let lastSeen = parts.start;
  layout.sections.forEach((section, idx) => {
    const heading = parts.headings[section.key];
    const pointer = `/${section.key}`;
    if (!heading) {
      const cells = section.table ? cellsOfTable(layout, section.table) : [];
      for (const c of cells) out.absent.add(c.path);
      // Sections after the end of a cut-off document were not reached, not left out.
      if (idx > cutAt) return;
      out.findings.push(
        sectionMissing(
          section,
          cells.length ? cells.map((c) => c.path) : [pointer],
          lastSeen,
          lang,
        ),
      );
      return;
    }
    lastSeen = heading;
    if (!section.table) {
      const n = parts.narratives?.[section.key];
      out.report[section.key] = n?.text ?? '';
      out.sources.set(pointer, n?.source ?? heading);
      return;
    }
    out.sources.set(pointer, heading);
    const t = assembleTable(layout, section, parts.tables?.[section.table], heading, out, lang);
    for (const [p, s] of t.sources) out.sources.set(p, s);
    out.findings.push(...t.findings);
    if (t.cut) cutAt = idx;
  });
  out.complete =
    cutAt === Infinity &&
    cellsOf(layout).every((c) => out.sources.has(c.path) && !out.absent.has(c.path));
  return out;
}
