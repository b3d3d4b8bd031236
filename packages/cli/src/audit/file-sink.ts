import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { InputError } from '../i18n.js';
import { Sink } from '../output/sink.js';

/**
 * A scratch file written in order with back-pressure, like stdout (what a person reads goes
 * through AtomicFileSink). A failure (a full disk) is a one-line error naming `shownAs`, the file
 * the scratch file is for.
 */
export class FileSink extends Sink {
  constructor(
    path: string,
    private readonly shownAs: string,
  ) {
    super(createWriteStream(path, { encoding: 'utf8' }));
    this.stream.on('error', () => {});
  }
  private fail(e: unknown): InputError {
    this.stream.destroy();
    return new InputError('output.unwritable', {
      file: this.shownAs,
      reason: (e as NodeJS.ErrnoException).code ?? String(e),
    });
  }
  override async write(text: string): Promise<void> {
    if (this.stream.errored) throw this.fail(this.stream.errored);
    await super.write(text).catch((e) => {
      throw this.fail(e);
    });
  }
  async close(): Promise<void> {
    this.stream.end();
    await finished(this.stream).catch((e) => {
      throw this.fail(e);
    });
  }
}
