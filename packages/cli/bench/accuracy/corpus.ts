import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Defect, Expectation } from './defects.js';
import { type Generated, rng } from './generate.js';
import { render } from './render.js';
import { FORMATS, type Format, shapeOf } from './shapes/index.js';

/** Writes the measured files, checks them with the real command line, and scores what it says. */

const BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));

export interface Case {
  file: string;
  /** The folder checked by one run of the command line. */
  run: string;
  format: Format;
  report: string;
  defect?: string;
  expect?: Expectation;
}

export interface Corpus {
  dir: string;
  cases: Case[];
  cleanup: () => void;
}

/** Shapes of one file type (md, md-sub4) must not write over each other: the shape's id goes into the name. */
function fileName(base: string, format: Format): string {
  const { ext } = shapeOf(format);
  return format === ext ? `${base}.${ext}` : `${base}.${format}.${ext}`;
}

/** Writes a rendered report as its shape's file (a PDF or Word file made from the text). */
export async function write(file: string, format: Format, text: string): Promise<void> {
  const finish = shapeOf(format).finish;
  writeFileSync(file, finish ? await finish(text) : text);
}

/**
 * Writes every report in every format, and each report once more per applicable defect and
 * format; with `perDefect`, each defect goes into that many reports only.
 */
export async function writeCorpus(
  reports: Generated[],
  defects: readonly Defect[],
  seed: number,
  perDefect = Infinity,
  formats: readonly Format[] = FORMATS,
): Promise<Corpus> {
  const used = new Map<string, number>();
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-accuracy-'));
  const folder = (run: string) => {
    mkdirSync(join(dir, run), { recursive: true });
    return join(dir, run);
  };
  const rand = rng(seed ^ 0x5eed);
  const cases: Case[] = [];
  for (const g of reports) {
    for (const format of formats) {
      const file = join(folder('main'), fileName(g.id, format));
      await write(file, format, render(g, g.report, format));
      cases.push({ file, run: 'main', format, report: g.id });
    }
    for (const d of defects) {
      if ((d.applies && !d.applies(g)) || (used.get(d.id) ?? 0) >= perDefect) continue;
      used.set(d.id, (used.get(d.id) ?? 0) + 1);
      for (const format of d.formats.filter((f) => formats.includes(f))) {
        const { text, expect } = d.inject(g, format, rand);
        const run = d.isolate ? `${d.id}-${format}` : 'main';
        const file = join(folder(run), fileName(`${g.id}-${d.id}`, format));
        await write(file, format, text);
        // A file made from the rendered text (a PDF) has no lines of that text to compare.
        const placed = shapeOf(format).finish ? { ...expect, lines: undefined } : expect;
        cases.push({ file, run, format, report: g.id, defect: d.id, expect: placed });
      }
    }
  }
  for (const s of new Set(formats.map((f) => shapeOf(f).dispose))) await s?.();
  return { dir, cases, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Finding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number | null;
  endLine: number | null;
  path: string;
}
interface Entry {
  file: string;
  format: string | null;
  diagnostics: Finding[];
  error?: string;
  crossReport?: boolean;
}

/** Checks every run's folder (one `nianbao check` each), entries by file. */
export async function checkCorpus(corpus: Corpus, jobs = 1): Promise<Map<string, Entry>> {
  const all = new Map<string, Entry>();
  for (const run of new Set(corpus.cases.map((c) => c.run)))
    for (const [k, v] of await checkFolder(join(corpus.dir, run), jobs)) all.set(k, v);
  return all;
}

/** Runs `nianbao check -f json <folder>` and returns its entries by file. */
export function checkFolder(dir: string, jobs = 1): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [BIN, 'check', '-f', 'json', '--no-progress', '-j', String(jobs), dir],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NO_COLOR: '1', CI: '1', NIANBAO_LANG: '' },
      },
    );
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 && code !== 1 && code !== 2)
        return reject(new Error(`nianbao exited ${code}: ${err}`));
      try {
        const byFile = new Map<string, Entry>();
        // Cross-report findings on a file already written come in a trailing entry: they are that file's findings.
        for (const e of JSON.parse(out) as Entry[]) {
          const seen = byFile.get(e.file);
          if (seen) seen.diagnostics.push(...e.diagnostics);
          else byFile.set(e.file, e);
        }
        resolve(byFile);
      } catch (e) {
        reject(
          new Error(`unreadable output (${(e as Error).message}); stderr: ${err.slice(0, 2000)}`),
        );
      }
    });
  });
}

const serious = (f: Finding) => f.severity !== 'info';
const pathMatches = (path: string, expected: string[]) =>
  expected.some((p) => (p.endsWith('/') ? path.startsWith(p) : path === p));
const lineMatches = (f: Finding, lines: number[] | undefined) =>
  !lines || lines.some((l) => f.line !== null && f.line <= l && l <= (f.endLine ?? f.line));

export interface Outcome {
  case: Case;
  /** The CLI could not use the file. */
  error?: string;
  /** A finding with an expected rule. */
  detected: boolean;
  /** ... at the expected path and line. */
  placed: boolean;
  /** Errors and warnings the defect does not explain (on a correct file: all of them). */
  unexplained: Finding[];
  /** All errors and warnings. */
  findings: Finding[];
  /**
   * Rows of glued numbers reported as splitting more than one way (`glued-ambiguous`): reported
   * ambiguous, never a wrong reading, so counted apart from false alarms.
   */
  ambiguous: number;
}

/** The rule of a glued row the sums cannot split: an honest "cannot tell", not a false alarm. */
export const AMBIGUOUS = 'glued-ambiguous';

export function score(cases: Case[], entries: Map<string, Entry>): Outcome[] {
  return cases.map((c) => {
    const e = entries.get(c.file);
    if (!e)
      return {
        case: c,
        error: 'no entry in the output',
        detected: false,
        placed: false,
        unexplained: [],
        findings: [],
        ambiguous: 0,
      };
    const all = e.diagnostics.filter(serious);
    const findings = all.filter((f) => f.ruleId !== AMBIGUOUS);
    const ambiguous = all.length - findings.length;
    if (!c.expect)
      return {
        case: c,
        error: e.error,
        detected: false,
        placed: false,
        unexplained: findings,
        findings,
        ambiguous,
      };
    const x = c.expect;
    const at = (f: Finding) =>
      x.rules.includes(f.ruleId) && pathMatches(f.path, x.paths) && lineMatches(f, x.lines);
    return {
      case: c,
      error: e.error,
      detected: findings.some((f) => x.rules.includes(f.ruleId)),
      placed: findings.some(at),
      unexplained: findings.filter((f) => !at(f) && !(x.consequences ?? []).includes(f.ruleId)),
      findings,
      ambiguous,
    };
  });
}

export interface Summary {
  reports: number;
  correct: {
    files: number;
    byFormat: Record<
      string,
      { files: number; falseAlarms: number; filesWithFalseAlarms: number; ambiguous: number }
    >;
    falseAlarmsByRule: Record<string, number>;
  };
  broken: {
    byDefect: Record<
      string,
      Record<
        string,
        {
          injected: number;
          detected: number;
          placed: number;
          unexplained: number;
          /** Not found, in a file where rows were reported ambiguous. */
          ambiguous: number;
        }
      >
    >;
    findings: number;
    unexplained: number;
    unexplainedByRule: Record<string, number>;
    /** Unexplained findings that the correct file of the same report and format has too (its false alarms). */
    inherited: number;
    precision: number;
    /** Precision counting only what the injection added. */
    precisionOfInjection: number;
  };
}

export function summarize(reports: number, outcomes: Outcome[]): Summary {
  const correct: Summary['correct'] = { files: 0, byFormat: {}, falseAlarmsByRule: {} };
  const broken: Summary['broken'] = {
    byDefect: {},
    findings: 0,
    unexplained: 0,
    unexplainedByRule: {},
    inherited: 0,
    precision: 1,
    precisionOfInjection: 1,
  };
  const key = (o: Outcome, f: Finding) =>
    `${o.case.report}|${o.case.format}|${f.ruleId}|${f.path}|${f.message}`;
  const onCorrect = new Set(
    outcomes.filter((o) => !o.case.defect).flatMap((o) => o.unexplained.map((f) => key(o, f))),
  );
  for (const o of outcomes) {
    const f = o.case.format;
    if (!o.case.defect) {
      correct.files++;
      correct.byFormat[f] ??= { files: 0, falseAlarms: 0, filesWithFalseAlarms: 0, ambiguous: 0 };
      const b = correct.byFormat[f];
      b.files++;
      b.ambiguous += o.ambiguous;
      b.falseAlarms += o.unexplained.length + (o.error ? 1 : 0);
      if (o.unexplained.length || o.error) b.filesWithFalseAlarms++;
      for (const d of o.unexplained)
        correct.falseAlarmsByRule[d.ruleId] = (correct.falseAlarmsByRule[d.ruleId] ?? 0) + 1;
      continue;
    }
    broken.byDefect[o.case.defect] ??= {};
    const row = broken.byDefect[o.case.defect];
    row[f] ??= { injected: 0, detected: 0, placed: 0, unexplained: 0, ambiguous: 0 };
    const b = row[f];
    b.injected++;
    if (!o.placed && o.ambiguous) b.ambiguous++;
    if (o.detected) b.detected++;
    if (o.placed) b.placed++;
    b.unexplained += o.unexplained.length;
    broken.findings += o.findings.length;
    broken.unexplained += o.unexplained.length;
    for (const d of o.unexplained) {
      broken.unexplainedByRule[d.ruleId] = (broken.unexplainedByRule[d.ruleId] ?? 0) + 1;
      if (onCorrect.has(key(o, d))) broken.inherited++;
    }
  }
  broken.precision = broken.findings ? 1 - broken.unexplained / broken.findings : 1;
  const added = broken.findings - broken.inherited;
  broken.precisionOfInjection = added ? 1 - (broken.unexplained - broken.inherited) / added : 1;
  return { reports, correct, broken };
}
