import { createWriteStream, rmSync } from 'node:fs';
import { chmod, open, rename, rm, stat, writeFile, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { finished } from 'node:stream/promises';
import { InputError } from '../i18n.js';
import { Sink } from '../output/sink.js';

/**
 * Files the command line writes are written beside their target under a temporary name and
 * renamed into place when complete (a rename within one folder is atomic), so an interrupted run
 * never leaves half a report or half an audit where the whole one was, or was expected.
 */

/** Temporary files and folders not yet renamed or removed; removed if the process ends first. */
const pending = new Set<string>();
let tmpCount = 0;
let listening = false;

function forget(path: string): void {
  pending.delete(path);
}

function removePending(): void {
  for (const p of pending) rmSync(p, { recursive: true, force: true });
  pending.clear();
}

/** Ctrl-C or a CI job's timeout: remove the temporary files, then end as the signal would have. */
function onSignal(signal: NodeJS.Signals): void {
  removePending();
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  process.kill(process.pid, signal);
}

/** Registers a temporary path for removal should the process end (exit, an uncaught error, SIGINT, SIGTERM) before it is settled. */
export function removeOnExit(path: string): () => void {
  if (!listening) {
    listening = true;
    process.on('exit', removePending);
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  pending.add(path);
  return () => forget(path);
}

/** `.name.nianbao-<pid>-<n>.tmp` beside `path`: hidden, and distinct for each writer of a run. */
function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.nianbao-${process.pid}-${++tmpCount}.tmp`);
}

/** A file written in order with back-pressure, like stdout, that appears at `path` only when committed. */
export class AtomicFileSink extends Sink {
  private readonly settle: () => void;
  private constructor(
    readonly path: string,
    private readonly tmp: string,
    handle: FileHandle,
  ) {
    super(createWriteStream('', { encoding: 'utf8', fd: handle }));
    this.settle = removeOnExit(tmp);
  }

  /** Opened at once, so that a folder that is missing or read-only is a one-line error before any work is done. */
  static async create(path: string): Promise<AtomicFileSink> {
    const tmp = tempPathFor(path);
    let handle: FileHandle;
    try {
      handle = await open(tmp, 'wx');
    } catch (e) {
      throw new InputError('output.unwritable', {
        file: path,
        reason: (e as NodeJS.ErrnoException).code ?? String(e),
      });
    }
    return new AtomicFileSink(path, tmp, handle);
  }

  /** Completes the file and puts it in place of whatever `path` held. */
  async commit(): Promise<void> {
    this.stream.end();
    await finished(this.stream);
    await rename(this.tmp, this.path);
    this.settle();
  }

  /** Gives up: `path` stays as it was. */
  async discard(): Promise<void> {
    this.stream.destroy();
    await rm(this.tmp, { force: true });
    this.settle();
  }
}

/** Replaces a file's content at once, keeping its permissions (for `fix`, which rewrites a report in place). */
export async function replaceFile(path: string, text: string): Promise<void> {
  const tmp = tempPathFor(path);
  const settle = removeOnExit(tmp);
  const { mode } = await stat(path);
  await writeFile(tmp, text, { encoding: 'utf8', flag: 'wx' });
  await chmod(tmp, mode);
  await rename(tmp, path);
  settle();
}
