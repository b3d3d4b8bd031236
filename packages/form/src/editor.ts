import {
  cellAt,
  cellsOf,
  checkerFor,
  computeTotals,
  formatOf,
  getAt,
  getFormat,
  readAt,
  readCellText,
  SEVERITY_ORDER,
  segmentsOf,
  setAt,
  type CellInfo,
  type CheckSession,
  type Diagnostic,
  type FormatLayout,
  type Lang,
} from '@nianbao/core';
import { emptyReport } from './empty.js';
import { navigationRows, tableGrid, type TableGrid } from './grid.js';
import type { Edit } from './history.js';
import { exceededValueDepth, LIMITS } from './limits.js';
import { replacedTotals, type ReplacedTotal } from './recomputed.js';

/**
 * The report being edited, without any DOM: its value, the text typed into cells that differs
 * from the stored value, the live check session, and the findings with the marks they put on
 * cells. The element and its controllers change the report only through this class.
 */

export type AnyReport = Record<string, unknown>;

/** What a cell shows of the findings: its own worst severity, or that it takes part in another's. */
export interface Mark {
  severity?: Diagnostic['severity'];
  involved: boolean;
  messages: string[];
}

/** Per-layout data derived once: grids, keyboard map, derived cells. */
export interface LayoutModel {
  layout: FormatLayout;
  grids: Map<string, TableGrid>;
  /** path → the table's cells in visual rows, and the cell's row and column there, for arrow-key moves. */
  nav: Map<string, { rows: string[][]; r: number; c: number }>;
  derived: string[];
}

const models = new WeakMap<FormatLayout, LayoutModel>();
export function modelOf(layout: FormatLayout): LayoutModel {
  let m = models.get(layout);
  if (m) return m;
  const grids = new Map(layout.tables.map((t) => [t.id, tableGrid(layout, t)]));
  const nav: LayoutModel['nav'] = new Map();
  for (const g of grids.values()) {
    const rows = navigationRows(g);
    rows.forEach((row, r) => {
      row.forEach((p, c) => {
        nav.set(p, { rows, r, c });
      });
    });
  }
  const derived = cellsOf(layout)
    .filter((c) => c.derived)
    .map((c) => c.path);
  m = { layout, grids, nav, derived };
  models.set(layout, m);
  return m;
}

/** How a stored cell value is shown when nobody typed it: numbers as written, blanks empty. */
export const shown = (v: unknown): string =>
  typeof v === 'number' ? String(v) : typeof v === 'string' ? v : '';

export class ReportEditor {
  readonly model: LayoutModel;
  readonly session: CheckSession;
  /** Text shown in a cell when it differs from the stored value's own form (`/`, `１２`, `1.`). */
  private readonly drafts = new Map<string, string>();
  findings: readonly Diagnostic[] = [];
  marks = new Map<string, Mark>();

  private constructor(
    readonly report: AnyReport,
    format: string,
  ) {
    this.model = modelOf(getFormat(format));
    this.session = checkerFor(format).session(report);
    this.findings = this.session.findings();
  }

  /** An editor of the empty 2021 report. */
  static empty(): ReportEditor {
    return new ReportEditor(emptyReport(getFormat('2021')) as unknown as AnyReport, '2021');
  }

  /** Throws when `value` is no report object or nests deeper than any report can. */
  static assertReport(value: unknown): asserts value is AnyReport {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      throw new TypeError(
        `<nianbao-report-form>: value must be a report object (JSON of the 2021 format), got ${Array.isArray(value) ? 'an array' : typeof value}`,
      );
    // Checked before the copy: a value nested thousands deep overflows structuredClone's stack, here or later in `value`.
    // (Kept here rather than core's scanValue: a few lines that stay out of the 40 KB first load.)
    if (exceededValueDepth(value))
      throw new RangeError(
        `<nianbao-report-form>: value nests objects or arrays deeper than ${LIMITS.maxDepth} levels; a report has 4`,
      );
  }

  /**
   * An editor of a copy of `value`, with totals computed when `autosum` is on. Throws, changing
   * nothing, when `value` is no report object or nests deeper than any report can. The format's
   * checker must be loaded (see core's `loadFormat`).
   */
  static open(
    value: unknown,
    autosum: boolean,
  ): { editor: ReportEditor; replaced: ReplacedTotal[] } {
    ReportEditor.assertReport(value);
    const next = structuredClone(value) as AnyReport;
    const format = formatOf(next);
    const derived = modelOf(getFormat(format)).derived;
    const report = autosum ? computeTotals(next, { incomplete: 'blank' }) : next;
    // Autosum shows its own totals; a report's totals that differed are named, never dropped silently.
    const replaced = report === next ? [] : replacedTotals(derived, next, report);
    return { editor: new ReportEditor(report, format), replaced };
  }

  get layout(): FormatLayout {
    return this.model.layout;
  }

  /** What a cell shows: what was typed when it differs from the stored value, else the value. `segments` saves parsing `path` again. */
  textOf(path: string, segments: readonly string[] = segmentsOf(path)): string {
    return this.drafts.get(path) ?? shown(readAt(this.report, segments));
  }

  /** Stores what was typed into a cell: a number when it is one, null when blank, the text itself otherwise. */
  setCellText(cell: CellInfo, text: string): void {
    const { value } = readCellText(text, cell.kind);
    setAt(this.report, cell.path, value);
    if (text !== shown(value)) this.drafts.set(cell.path, text);
    else this.drafts.delete(cell.path);
    this.session.update(cell.path, value);
  }

  /** Stores a metadata field or narrative and re-reads the report (they are outside the tables). */
  setField(path: string, text: string): void {
    const isYear = path === '/meta/year';
    setAt(this.report, path, isYear && /^\s*\d+\s*$/.test(text) ? Number(text) : text);
    this.session.refresh(this.report);
  }

  /** Recomputes the totals and re-checks the ones that changed (autosum). */
  applyTotals(): void {
    const next = computeTotals(this.report, { incomplete: 'blank' });
    for (const p of this.model.derived) {
      const v = getAt(next, p);
      if (Object.is(v, getAt(this.report, p))) continue;
      setAt(this.report, p, v);
      this.drafts.delete(p);
      this.session.update(p, v);
    }
  }

  /** Applies a batch of cell edits (a paste, an undo, a redo). */
  applyEdits(edits: readonly Edit[], autosum: boolean): void {
    for (const e of edits) {
      const cell = cellAt(this.layout, e.path);
      if (cell) this.setCellText(cell, e.after);
    }
    if (autosum) this.applyTotals();
  }

  /** A number typed unusually (`１２`, `1,234`) is shown in its plain form once the cell is left. */
  settleDrafts(): void {
    for (const [p, text] of this.drafts) {
      const v = getAt(this.report, p);
      if (typeof v === 'number' && text !== shown(v)) this.drafts.delete(p);
    }
  }

  /** Takes the session's current findings and the marks they put on cells, in `lang`. */
  refreshFindings(lang: Lang): readonly Diagnostic[] {
    this.findings = this.session.findings();
    this.marks = markCells(this.findings, lang);
    return this.findings;
  }
}

/** Which cells to mark: the primary cell of each finding with its severity, the others as involved. */
function markCells(findings: readonly Diagnostic[], lang: Lang) {
  const marks = new Map<string, Mark>();
  const get = (p: string) => {
    let m = marks.get(p);
    if (!m) {
      m = { involved: false, messages: [] };
      marks.set(p, m);
    }
    return m;
  };
  for (const d of findings) {
    const m = get(d.path);
    if (!m.severity || SEVERITY_ORDER[d.severity] < SEVERITY_ORDER[m.severity])
      m.severity = d.severity;
    m.messages.push(d.messages[lang]);
    for (const p of d.paths) if (p !== d.path) get(p).involved = true;
  }
  return marks;
}
