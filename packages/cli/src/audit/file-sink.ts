import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { Sink } from '../output/sink.js';

/** A scratch file written in order with back-pressure, like stdout (what a person reads goes through AtomicFileSink). */
export class FileSink extends Sink {
  constructor(path: string) {
    super(createWriteStream(path, { encoding: 'utf8' }));
  }
  async close(): Promise<void> {
    this.stream.end();
    await finished(this.stream);
  }
}
