import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** A stream written in order, waiting when the reader is slower (a pipe into `less`), so output never piles up in memory. */
export class Sink {
  constructor(readonly stream: Writable & { isTTY?: boolean; columns?: number }) {}
  async write(text: string): Promise<void> {
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }
  get isTTY(): boolean {
    return this.stream.isTTY === true;
  }
}

export interface Io {
  out: Sink;
  err: Sink;
  cwd: string;
  env: NodeJS.ProcessEnv;
}
