import { createWriteStream } from 'node:fs';
import { open, rename, rm, stat, writeFile, type FileHandle } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { InputError } from '../i18n.js';
import { Sink } from '../output/sink.js';
import { removeOnExit, removeStaleTemps, tempPathFor } from './temp.js';

/**
 * Files the command line writes (audits, converted and aggregated reports) are written beside
 * their target under a temporary name and renamed into place when complete (a rename within one
 * folder is atomic), so an interrupted or failed run never leaves half a file where the whole one
 * was, or was expected. Any failure (a folder as the target, a full disk, no permission) is a
 * one-line error naming the file and the reason, and the temporary file is gone.
 */

const unwritable = (path: string, e: unknown) =>
  e instanceof InputError
    ? e
    : new InputError('output.unwritable', {
        file: path,
        reason: (e as NodeJS.ErrnoException).code ?? String(e),
      });

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
    // A write error (ENOSPC) is raised by write or commit; unhandled, the stream would crash the process.
    this.stream.on('error', () => {});
  }

  /** Opened at once, so that a folder that is missing or read-only is a one-line error before any work is done. */
  static async create(path: string): Promise<AtomicFileSink> {
    // A folder named as the file would fail only at the rename, after all the work.
    if ((await stat(path).catch(() => undefined))?.isDirectory())
      throw new InputError('output.unwritable', { file: path, reason: 'EISDIR' });
    await removeStaleTemps(path);
    const tmp = tempPathFor(path);
    let handle: FileHandle;
    try {
      handle = await open(tmp, 'wx');
    } catch (e) {
      throw unwritable(path, e);
    }
    return new AtomicFileSink(path, tmp, handle);
  }

  override async write(text: string): Promise<void> {
    try {
      if (this.stream.errored) throw this.stream.errored;
      await super.write(text);
    } catch (e) {
      await this.discard();
      throw unwritable(this.path, e);
    }
  }

  /** Completes the file and puts it in place of whatever `path` held. */
  async commit(): Promise<void> {
    try {
      this.stream.end();
      await finished(this.stream);
      await rename(this.tmp, this.path);
      this.settle();
    } catch (e) {
      await this.discard();
      throw unwritable(this.path, e);
    }
  }

  /** Gives up: `path` stays as it was. */
  async discard(): Promise<void> {
    this.stream.destroy();
    await rm(this.tmp, { force: true });
    this.settle();
  }
}

/** Writes a whole text to `path` through a temporary file (convert, aggregate, init). */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  await removeStaleTemps(path);
  const tmp = tempPathFor(path);
  const settle = removeOnExit(tmp);
  try {
    await writeFile(tmp, text, { encoding: 'utf8', flag: 'wx' });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw unwritable(path, e);
  } finally {
    settle();
  }
}
