import {
  aggregateReports,
  cellsOf,
  checkDocument,
  describeCell,
  formatOf,
  getAt,
  getFormat,
  type Lang,
} from '@nianbao/core';
import { EXIT } from '../exit.js';
import { fileKey } from '../files/identity.js';
import { loadReport } from '../files/load.js';
import { InputError, t } from '../i18n.js';
import type { Io } from '../output/sink.js';
import { forTerminal, terminalLines } from '../output/terminal.js';
import { readerById } from '../readers/registry.js';
import { emit } from './convert.js';

export interface AggregateOptions {
  files: string[];
  agency: string;
  year?: number;
  to: string;
  output?: string;
  /** Replace an existing `output` (never one of the inputs). */
  force: boolean;
  lang: Lang;
  maxBytes: number;
}

/** The files, each once however it is named (`a.md`, `./a.md`, a link to it): one report summed twice would double it. */
async function once(files: readonly string[], lang: Lang, io: Io): Promise<string[]> {
  const first = new Map<string, string>();
  for (const file of files) {
    const key = fileKey(file, io.cwd);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, file);
    else
      await io.err.write(
        `${forTerminal(t(lang, 'aggregate.duplicate', { file, first: earlier }))}\n`,
      );
  }
  return [...first.values()];
}

/**
 * Sums several agencies' reports into one consolidated report (core's aggregateReports), writes
 * it, and checks it like any report: the sum goes to stdout or `-o`, everything said about it to
 * stderr, so the sum can be piped. A cell blank (or text) in any input stays blank in the sum,
 * and stderr names the inputs that made it so.
 */
export async function runAggregate(options: AggregateOptions, io: Io): Promise<number> {
  const o = { ...options, files: await once(options.files, options.lang, io) };
  const reports: unknown[] = [];
  for (const file of o.files) {
    try {
      const { text, reader } = await loadReport(file, o.maxBytes);
      reports.push((await reader.read(text, { lang: o.lang })).report);
    } catch (e) {
      if (e instanceof InputError)
        throw new InputError('aggregate.input', { file, reason: e.text(o.lang) });
      throw e;
    }
  }
  const layouts = reports.map(formatOf);
  const mixed = layouts.findIndex((l) => l !== layouts[0]);
  if (mixed >= 0)
    throw new InputError('aggregate.mixed-format', {
      a: o.files[0],
      fa: layouts[0],
      b: o.files[mixed],
      fb: layouts[mixed],
    });
  const years = reports.map((r) => getAt(r, '/meta/year'));
  // A report that does not state its year contradicts none: the year comes from --year or the reports that state one.
  const year = o.year ?? years.find((y): y is number => typeof y === 'number');
  if (year === undefined) throw new InputError('aggregate.no-year');
  const odd = years.findIndex((y) => y !== undefined && y !== null && y !== year);
  if (odd >= 0)
    throw new InputError('aggregate.mixed-year', {
      file: o.files[odd],
      year: String(years[odd]),
      expected: String(year),
    });

  const sum = aggregateReports(reports, { agency: o.agency, year });
  const lines: string[] = [];
  for (const cell of cellsOf(getFormat(layouts[0]))) {
    if (getAt(sum, cell.path) !== null) continue;
    const culprits = o.files.filter((_, i) => typeof getAt(reports[i], cell.path) !== 'number');
    lines.push(
      t(o.lang, 'aggregate.blank', {
        cell: describeCell(cell, o.lang),
        files: culprits.join(o.lang === 'en' ? ', ' : '、'),
      }),
    );
  }
  const findings = checkDocument(sum, { lang: o.lang }).filter(
    (d) => !(d.ruleId === 'cell-blank' && getAt(sum, d.path) === null),
  );
  await emit(await readerById(o.to)!.write!(sum, { lang: o.lang }), o.output, io, {
    inputs: o.files,
    force: o.force,
  });
  const out = [
    t(o.lang, 'aggregate.done', { n: o.files.length, agency: o.agency, year }),
    ...lines.map((l) => `  ${l}`),
  ];
  for (const d of findings)
    out.push(`  ${d.path}  ${t(o.lang, `severity.${d.severity}`)}  ${d.message}  ${d.ruleId}`);
  await io.err.write(`${terminalLines(out)}\n`);
  return findings.some((d) => d.severity === 'error') ? EXIT.findings : EXIT.ok;
}
