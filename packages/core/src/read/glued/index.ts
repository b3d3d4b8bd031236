import type { Diagnostic, SourceLocation } from '../../check/diagnostic.js';
import { cellAt, labelText } from '../../layout/cells.js';
import type { CellKind, FormatLayout, Lang } from '../../layout/types.js';
import { buildRuleSet } from '../../rules/build-rules.js';
import { compileRules } from '../../rules/compile.js';
import { readFinding } from '../findings.js';
import { type CellSum, type GluedInput, rowSums, solveGlued } from './solve.js';
import { digitCount, isRun, type Piece } from './split.js';

/**
 * The grid reader's one door to glued cells. It hands over each row whose numbers came as one
 * run (or as pieces no cell would hold, `230 000023`), and gets back, once the whole table is
 * read, the value and exact place of every cell the sums settle, and a `glued-ambiguous` finding
 * for each row they do not.
 */

/** A data cell as the grid reader has it. */
export interface RunCell {
  text: string;
  source?: SourceLocation;
  /** The reader knows its separators were lost (a report on one line, a label with its numbers glued on). */
  glued?: boolean;
}

/** A number of more than one digit starting with 0: a piece of a run, never a cell of its own. */
const LEADING_ZERO = /(?:^|[\s+-])0\d/;

/**
 * The row's cells are one run to be split, not cells: the reader said so; or a piece has a
 * leading zero (`230 000023`); or, in a row the format's sums check (tables 三 and 四), the row
 * is one number of at least as many digits as it has cells (`121000013`: no count there runs to
 * nine digits, and a row written with its blanks keeps them as cells).
 */
export function isGluedRow(
  cells: readonly RunCell[],
  columns: number,
  summed: () => boolean,
): boolean {
  const full = cells.filter((c) => c.text.trim() !== '');
  if (!full.length) return false;
  const marked = full.some((c) => c.glued);
  // Unmarked, a row with a cell for every column is what it looks like: the tests below need fewer.
  if (!marked && full.length >= columns) return false;
  if (!full.every((c) => isRun(c.text))) return false;
  const text = full.map((c) => c.text).join(' ');
  if (digitCount(text) < columns) return false;
  if (marked) return true;
  if (full.length < columns && LEADING_ZERO.test(text)) return true;
  return cells.length === 1 && columns > 1 && summed();
}

const sumsByLayout = new WeakMap<FormatLayout, CellSum[]>();

/** The format's reconciliation rules as sums over cell pointers. */
function sumsOf(layout: FormatLayout): CellSum[] {
  let sums = sumsByLayout.get(layout);
  if (!sums) {
    const compiled = compileRules(buildRuleSet(layout));
    sums = compiled.sums.map((s) => ({
      plus: s.left.map((i) => compiled.paths[i]),
      minus: s.right.map((i) => compiled.paths[i]),
    }));
    sumsByLayout.set(layout, sums);
  }
  return sums;
}

/** The run of a row as one text, cells joined with the gaps they had, and the source of its start. */
function runOf(cells: readonly RunCell[]): { text: string; source?: SourceLocation } {
  const full = cells.filter((c) => c.text.trim() !== '');
  const placed = full.every(
    (c) => c.source?.offset !== undefined && c.source.line === full[0].source?.line,
  );
  if (!placed) return { text: full.map((c) => c.text.trim()).join(' ') };
  let text = '';
  const start = full[0].source!.offset!;
  for (const c of full) {
    const gap = c.source!.offset! - start - text.length;
    text += ' '.repeat(Math.max(gap, text ? 1 : 0)) + c.text;
  }
  return { text, source: full[0].source };
}

/** Where a piece lies in the document: the run is on one line, so columns shift with offsets. */
function pieceSource(run: SourceLocation | undefined, p: Piece): SourceLocation | undefined {
  if (!run || run.offset === undefined) return undefined;
  return {
    line: run.line,
    column: run.column + p.start,
    endLine: run.line,
    endColumn: run.column + p.end,
    offset: run.offset + p.start,
    endOffset: run.offset + p.end,
    text: p.text,
  };
}

/** A row named as a clerk names it: 表三「（一）予以公开」行. */
function rowName(layout: FormatLayout, path: string, lang: Lang): string {
  const info = cellAt(layout, path);
  if (!info) return path;
  const rows = info.rowLabels;
  if (lang === 'en')
    return `table ${info.section}${rows.length ? `, row “${rows.map((l) => l.en).join(' › ')}”` : ''}`;
  const name = (rows.length > 1 ? rows.slice(1) : rows).map(labelText).join(' ');
  return `表${info.section}${name ? `「${name}」行` : ''}`;
}

/** Candidates shown in a finding; the rest are counted. */
const SHOWN = 4;

function candidateList(candidates: Piece[][], lang: Lang): string {
  const shown = candidates
    .slice(0, SHOWN)
    .map((c) => c.map((p) => p.text).join('/'))
    .join(lang === 'en' ? '; ' : '；');
  const more = candidates.length - SHOWN;
  if (more <= 0) return shown;
  return lang === 'en' ? `${shown}; and ${more} more` : `${shown}；另有${more}种`;
}

export interface GluedOutcome {
  /** Text of each settled cell, to be read as any cell is, and its place. */
  cells: Map<string, { text: string; source?: SourceLocation }>;
  /** Cells of rows left unsplit: explained by a finding, not blank. */
  unread: string[];
  findings: Diagnostic[];
}

interface Row {
  input: GluedInput;
  source?: SourceLocation;
}

export class GluedTable {
  private readonly rows: Row[] = [];

  constructor(private readonly layout: FormatLayout) {}

  get size(): number {
    return this.rows.length;
  }

  /** Takes a row's data cells when they are a glued run; `paths` are its cells in column order. */
  take(paths: readonly string[], cells: readonly RunCell[]): boolean {
    // Every data row passes here: the cheap tests on the text come before the format's sums.
    const summed = () => rowSums(paths, sumsOf(this.layout)).length > 0;
    if (!isGluedRow(cells, paths.length, summed)) return false;
    const kinds: CellKind[] = paths.map((p) => cellAt(this.layout, p)?.kind ?? 'count');
    const run = runOf(cells);
    this.rows.push({ input: { paths, kinds, text: run.text }, source: run.source });
    return true;
  }

  /** Some sum of the format reads a cell of the row. */
  private checked(paths: readonly string[]): boolean {
    return sumsOf(this.layout).some((s) =>
      paths.some((p) => s.plus.includes(p) || s.minus.includes(p)),
    );
  }

  /** Splits every row taken, with the cells read normally (`known`) as the rest of each sum. */
  finish(known: (path: string) => number | undefined, lang: Lang): GluedOutcome {
    const out: GluedOutcome = { cells: new Map(), unread: [], findings: [] };
    if (!this.rows.length) return out;
    const results = solveGlued(
      this.rows.map((r) => r.input),
      sumsOf(this.layout),
      known,
    );
    results.forEach((r, i) => {
      const { source } = this.rows[i];
      const { paths, text } = r.input;
      if (r.candidates.length === 1) {
        r.candidates[0].forEach((p, col) => {
          out.cells.set(paths[col], { text: p.text, source: pieceSource(source, p) });
        });
        return;
      }
      // Cells every candidate agrees on are read; the others are left to the clerk.
      const open: string[] = [];
      paths.forEach((path, col) => {
        const texts = new Set(r.candidates.map((c) => c[col].text));
        if (r.candidates.length && texts.size === 1)
          out.cells.set(path, {
            text: r.candidates[0][col].text,
            source: pieceSource(source, r.candidates[0][col]),
          });
        else open.push(path);
      });
      out.unread.push(...open);
      const message = r.exhausted
        ? 'tooLong'
        : r.inconsistent
          ? 'noSum'
          : this.checked(paths)
            ? 'ambiguous'
            : 'unchecked';
      const values = (l: Lang) => ({
        row: rowName(this.layout, paths[0], l),
        actual: text.trim(),
        candidates: candidateList(r.candidates, l),
        count: String(r.candidates.length),
      });
      out.findings.push(
        readFinding(
          {
            rule: 'glued-ambiguous',
            message,
            values: { 'zh-CN': values('zh-CN'), en: values('en') },
            path: open[0] ?? paths[0],
            paths: open.length ? open : [...paths],
            source,
            actual: text.trim(),
          },
          lang,
        ),
      );
    });
    return out;
  }
}
