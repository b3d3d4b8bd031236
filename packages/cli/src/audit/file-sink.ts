import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { Sink } from '../output/sink.js';

/** A file written in order with back-pressure, like stdout. */
export class FileSink extends Sink {
  constructor(path: string, flags: 'w' | 'a' = 'w') {
    super(createWriteStream(path, { encoding: 'utf8', flags }));
  }
  async close(): Promise<void> {
    this.stream.end();
    await finished(this.stream);
  }
}
