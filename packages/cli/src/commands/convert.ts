import { resolve } from 'node:path';
import { access } from 'node:fs/promises';
import type { Lang } from '@nianbao/core';
import { EXIT } from '../exit.js';
import { writeFileAtomic } from '../files/atomic.js';
import { sameFileIn } from '../files/identity.js';
import { loadReport } from '../files/load.js';
import { count, InputError, t } from '../i18n.js';
import type { Io } from '../output/sink.js';
import { forTerminal } from '../output/terminal.js';
import { readerById } from '../readers/registry.js';

export interface ConvertOptions {
  file: string;
  to: string;
  output?: string;
  lang: Lang;
  maxBytes: number;
}

/** Reads a report in any known format and writes it in another; values are carried as they are, text in number cells included. */
export async function runConvert(o: ConvertOptions, io: Io): Promise<number> {
  const { text, reader: from } = await loadReport(o.file, o.maxBytes);
  const to = readerById(o.to)!;
  const read = await from.read(text, { lang: o.lang });
  if (read.findings.length > 0)
    await io.err.write(
      `${forTerminal(o.file)}: ${t(o.lang, 'convert.findings', { count: count(o.lang, read.findings.length, 'readingProblem') })}\n`,
    );
  const out = await to.write!(read.report, { lang: o.lang });
  await emit(out, o.output, io, { inputs: [o.file], force: true });
  return EXIT.ok;
}

/**
 * Writes to a file, or to stdout when no file is named; never over an input (however its path is
 * spelled, through a link included: `--force` does not lift this), nor over a file unless forced;
 * a target that cannot be written (a folder, a full disk) is a one-line error and leaves nothing.
 */
export async function emit(
  text: string,
  output: string | undefined,
  io: Io,
  o: { inputs?: readonly string[]; force: boolean },
): Promise<void> {
  if (output === undefined || output === '-') return io.out.write(text);
  const target = resolve(io.cwd, output);
  if (sameFileIn(target, o.inputs ?? [], io.cwd) !== undefined)
    throw new InputError('output.is-input', { file: output });
  if (
    !o.force &&
    (await access(target).then(
      () => true,
      () => false,
    ))
  )
    throw new InputError('output.exists', { file: output });
  await writeFileAtomic(target, text);
}
