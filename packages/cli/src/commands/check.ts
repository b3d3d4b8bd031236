import { availableParallelism } from 'node:os';
import type { Lang } from '@nianbao/core';
import { EXIT } from '../exit.js';
import { expandInputs } from '../files/expand.js';
import type { Outcome } from '../files/check-file-at.js';
import { inProcess, workerPool, type FileChecker } from '../files/pool.js';
import { InputError } from '../i18n.js';
import { json } from '../output/json.js';
import { Progress, PROGRESS_THRESHOLD } from '../output/progress.js';
import { sarif } from '../output/sarif.js';
import type { Io } from '../output/sink.js';
import { stylish } from '../output/stylish.js';
import type { FormatterFactory, Summary } from '../output/types.js';
import { knownExtensions } from '../readers/registry.js';
import { AUDIT_TYPES, auditTypeOf } from '../audit/index.js';
import { checkText } from '../check-file.js';
import { CarryOver } from '../cross.js';
import { sameFileIn } from '../files/identity.js';
import { loadReport } from '../files/load.js';
import type { Formatter } from '../output/types.js';
import { forTerminal } from '../output/terminal.js';

/** Skipped files named, with why, when no file could be checked: enough to see the pattern. */
const SKIPPED_LISTED = 20;

/** Several formatters as one: stdout's and each audit file's receive the same results in the same order. */
function fanOut(list: Formatter[]): Formatter {
  return {
    file: async (f, r) => void (await Promise.all(list.map((x) => x.file(f, r)))),
    unusable: async (f, m) => void (await Promise.all(list.map((x) => x.unusable(f, m)))),
    late: async (l) => void (await Promise.all(list.map((x) => x.late(l)))),
    end: async (s) => void (await Promise.all(list.map((x) => x.end(s)))),
  };
}

/** The previous year's report named by `--previous`: read once, any format; an unusable one stops the run (exit 2). */
async function readPrevious(file: string, o: CheckOptions) {
  try {
    const { text, reader, bytes } = await loadReport(file, o.maxBytes);
    return (await checkText(text, file, o.lang, reader, bytes)).facts;
  } catch (e) {
    if (e instanceof InputError)
      throw new InputError('cross.previous-unusable', {
        file,
        reason: e.text(o.lang),
      });
    throw e;
  }
}

export const FORMATTERS: Record<string, FormatterFactory> = {
  stylish,
  json,
  sarif,
};

export interface CheckOptions {
  inputs: string[];
  format: string;
  lang: Lang;
  maxBytes: number;
  /** undefined: automatic (a terminal and many files). */
  progress?: boolean;
  /** Worker threads; default 1 (the files are checked in this thread). */
  jobs?: number;
  version: string;
  /** `--previous <file>`: last year's report, against which every report's 上年结转 is compared. */
  previous?: string;
  /** `--report <file>`: audit files to write (type by extension). */
  reports?: string[];
}

/**
 * One thread unless asked: each worker loads its own copy of the readers (about 60 MB with remark),
 * and on a machine whose cores are already busy (CI runners, this project's own) more threads
 * measured slower, not faster. `--jobs` is for a large run on an idle multi-core machine.
 */
function checkerFor(o: CheckOptions, files: number): FileChecker {
  const jobs = Math.min(o.jobs ?? 1, availableParallelism() * 2, files);
  const job = { lang: o.lang, maxBytes: o.maxBytes };
  return jobs > 1 ? workerPool(jobs, job) : inProcess(job);
}

/** An audit file that is a report being read would be lost before it is read: refused before anything is written. */
function refuseAuditOverInput(
  o: CheckOptions,
  targets: readonly { path: string }[],
  cwd: string,
): void {
  if (!o.reports?.length) return;
  const inputs = [...targets.map((t) => t.path), ...(o.previous === undefined ? [] : [o.previous])];
  for (const report of o.reports)
    if (sameFileIn(report, inputs, cwd) !== undefined)
      throw new InputError('output.report-is-input', { file: report });
}

/**
 * Checks every input, one document at a time per thread: read, check, write its result, let it
 * go. Results are written in input order; at most `window` files are in flight, so memory
 * depends on the largest document and the number of threads, not on how many files there are.
 */
export async function runCheck(o: CheckOptions, io: Io): Promise<number> {
  const { targets, problems } = await expandInputs(o.inputs, knownExtensions());
  refuseAuditOverInput(o, targets, io.cwd);
  const carry = new CarryOver(o.lang);
  if (o.previous !== undefined) carry.setPrevious(o.previous, await readPrevious(o.previous, o));
  const formatter = fanOut([
    await FORMATTERS[o.format]({ io, lang: o.lang, version: o.version }),
    ...(await Promise.all(
      (o.reports ?? []).map((r) => AUDIT_TYPES[auditTypeOf(r)!](r, o.lang, o.version)),
    )),
  ]);
  const tally = (diagnostics: readonly { severity: string }[]) => {
    for (const d of diagnostics) {
      if (d.severity === 'error') summary.errors++;
      else if (d.severity === 'warning') summary.warnings++;
      else summary.infos++;
    }
  };
  const summary: Summary = {
    files: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    unusable: 0,
    skipped: 0,
  };
  const showProgress =
    (o.progress ?? !io.env.CI) && io.err.isTTY && targets.length >= PROGRESS_THRESHOLD;
  const progress = showProgress ? new Progress(io.err, targets.length) : undefined;

  const unusable = async (file: string, error: InputError) => {
    summary.unusable++;
    const message = error.text(o.lang);
    progress?.clear();
    await io.err.write(`${forTerminal(file)}: ${forTerminal(message)}\n`);
    await formatter.unusable(file, message);
  };

  for (const p of problems) await unusable(p.input, p.error);

  const handle = async (target: (typeof targets)[number], outcome: Outcome) => {
    if (outcome.ok) {
      summary.files++;
      const { now, late } = carry.add(target.path, outcome.result.facts);
      const result = now.length
        ? {
            ...outcome.result,
            diagnostics: [...outcome.result.diagnostics, ...now],
          }
        : outcome.result;
      tally(result.diagnostics);
      progress?.clear();
      await formatter.file(target.path, result);
      for (const l of late) {
        tally(l.diagnostics);
        await formatter.late(l);
      }
    } else if (!target.explicit && outcome.error.notAReport) {
      summary.skipped++;
      if (summary.skipped <= SKIPPED_LISTED) {
        summary.skippedFiles ??= [];
        summary.skippedFiles.push(`${target.path}: ${outcome.error.text(o.lang)}`);
      }
    } else await unusable(target.path, outcome.error);
    progress?.tick();
  };

  const checker = checkerFor(o, targets.length);
  try {
    const inflight: Promise<Outcome>[] = [];
    let done = 0;
    for (const target of targets) {
      inflight.push(checker.check(target.path));
      if (inflight.length >= checker.window) await handle(targets[done++], await inflight.shift()!);
    }
    while (inflight.length) await handle(targets[done++], await inflight.shift()!);
  } finally {
    await checker.close();
  }
  progress?.clear();
  await formatter.end(summary);
  // A folder in which no report could be read is an input that could not be used.
  if (summary.unusable > 0 || (summary.files === 0 && summary.skipped > 0)) return EXIT.unusable;
  return summary.errors > 0 ? EXIT.findings : EXIT.ok;
}
