import {
  cellsOf,
  computeTotals,
  describeCell,
  formatOf,
  getAt,
  getFormat,
  show,
  type CellInfo,
  type Lang,
  type SourceLocation,
} from '@nianbao/core';
import { checkText } from '../check-file.js';
import { applyEdits, replaceKeepingPadding, type Edit } from '../edits.js';
import { EXIT } from '../exit.js';
import { replaceFile } from '../files/replace.js';
import { loadReport } from '../files/load.js';
import { count, InputError, t } from '../i18n.js';
import type { Io } from '../output/sink.js';
import { forTerminal, terminalLines } from '../output/terminal.js';
import { allReaders } from '../readers/registry.js';
import type { Reader } from '../readers/types.js';

export interface FixOptions {
  file: string;
  lang: Lang;
  maxBytes: number;
  dryRun: boolean;
}

interface Change {
  cell: CellInfo;
  before: unknown;
  after: unknown;
  source?: SourceLocation;
}

const same = (a: unknown, b: unknown) =>
  Object.is(a, b) || (a === undefined && b === null) || (a === null && b === undefined);

/** How a value is written when the format does not say: numbers plainly, as people type them. */
const plain = (v: unknown) => (typeof v === 'number' ? show(v) : String(v ?? ''));

/**
 * Fills the derived totals (core's computeTotals) by replacing only the characters of the changed
 * values, at the offsets the reader recorded; every other byte of the file stays as it was. Before
 * writing, the new text is read again and must give exactly the intended report.
 */
export async function runFix(o: FixOptions, io: Io): Promise<number> {
  const { text, reader, bom, stamp } = await loadReport(o.file, o.maxBytes);
  const read = await reader.read(text, { lang: o.lang });
  // Asked of the reader that found the report, which may not be the one the content suggested first.
  if (!reader.fixable)
    throw new InputError('fix.not-fixable', {
      format: reader.id,
      formats: allReaders()
        .filter((r) => r.fixable)
        .map((r) => r.id)
        .join(o.lang === 'en' ? ', ' : '、'),
    });
  const fixed = computeTotals(read.report, { incomplete: 'keep' });
  const layout = getFormat(formatOf(read.report));
  const cells = cellsOf(layout);
  const changes: Change[] = cells
    .filter((c) => c.derived)
    .map((cell) => ({
      cell,
      before: getAt(read.report, cell.path),
      after: getAt(fixed, cell.path),
      source: read.sources.get(cell.path),
    }))
    .filter((c) => !same(c.before, c.after));

  if (changes.length === 0) {
    await io.out.write(`${forTerminal(t(o.lang, 'fix.none', { file: o.file }))}\n`);
    return remaining(text, reader, o, io);
  }

  const next = await rewrite(text, reader, changes, fixed, o.lang);
  const check = await reader.read(next, { lang: o.lang });
  for (const c of cells) {
    if (!same(getAt(check.report, c.path), getAt(fixed, c.path)))
      throw new InputError('fix.verify-failed', { path: c.path });
  }

  const lines = [
    t(o.lang, 'fix.changed', { file: o.file, count: count(o.lang, changes.length, 'total') }),
  ];
  for (const c of changes) {
    const where = c.source ? `${c.source.line}:${c.source.column}` : c.cell.path;
    // Show what the person wrote (`/`, `—`), not how it was read.
    const written =
      c.source?.text?.trim() ||
      (c.before === null || c.before === undefined ? '' : plain(c.before));
    const before = written === '' ? t(o.lang, 'fix.blank') : `\`${written}\``;
    lines.push(
      `  ${where}  ${t(o.lang, 'fix.change', { cell: describeCell(c.cell, o.lang), before, after: `\`${plain(c.after)}\`` })}`,
    );
  }
  if (o.dryRun) lines.push(t(o.lang, 'fix.dry-run'));
  // fixable readers take UTF-8 only, so the file was read as UTF-8 and stamped.
  else await replaceFile(o.file, bom ? `\ufeff${next}` : next, stamp!);
  await io.out.write(`${terminalLines(lines)}\n`);
  return remaining(next, reader, o, io);
}

/** The edited text. A value the document does not hold (a key missing from a JSON file) cannot be spliced in. */
async function rewrite(
  text: string,
  reader: Reader,
  changes: Change[],
  fixed: unknown,
  lang: Lang,
): Promise<string> {
  const missing = changes.find(
    (c) => c.source?.offset === undefined || c.source.endOffset === undefined,
  );
  if (missing) {
    // JSON can be written again whole without losing anything a person typed; a document cannot.
    if (reader.id === 'json') return reader.write!(fixed, { lang });
    throw new InputError('fix.not-in-document', {
      cell: describeCell(missing.cell, lang),
      path: missing.cell.path,
    });
  }
  const format = reader.formatValue ?? plain;
  const edits: Edit[] = changes.map((c) => {
    const { offset, endOffset } = c.source as Required<
      Pick<SourceLocation, 'offset' | 'endOffset'>
    >;
    return {
      offset,
      endOffset,
      text: replaceKeepingPadding(text.slice(offset, endOffset), format(c.after)),
    };
  });
  return applyEdits(text, edits);
}

/** Problems a person still has to solve decide the exit code, as with `eslint --fix`. */
async function remaining(text: string, reader: Reader, o: FixOptions, io: Io): Promise<number> {
  const { diagnostics } = await checkText(text, o.file, o.lang, reader);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (diagnostics.length > 0)
    await io.out.write(
      `${t(o.lang, 'fix.remaining', { count: count(o.lang, diagnostics.length, 'problem') })}\n`,
    );
  return errors > 0 ? EXIT.findings : EXIT.ok;
}
