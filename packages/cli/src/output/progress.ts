import type { Sink } from './sink.js';

/**
 * A one-line progress bar on stderr, redrawn at most ten times a second. Anything else written to
 * the same terminal must call `clear()` first and `draw()` after, so lines never mix.
 */
export class Progress {
  private done = 0;
  private last = 0;
  private shown = false;
  constructor(
    private err: Sink,
    private total: number,
    private now: () => number = Date.now,
  ) {}

  tick(): void {
    this.done++;
    const t = this.now();
    if (t - this.last < 100 && this.done < this.total) return;
    this.last = t;
    this.draw();
  }

  line(): string {
    const cols = Math.max(20, Math.min(this.err.stream.columns ?? 80, 100));
    const count = `${this.done}/${this.total}`;
    const width = cols - count.length - 4;
    const filled = Math.round((width * this.done) / Math.max(1, this.total));
    return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${count}`;
  }

  draw(): void {
    this.err.stream.write(`\r${this.line()}`);
    this.shown = true;
  }

  clear(): void {
    if (!this.shown) return;
    this.err.stream.write('\r\x1b[K');
    this.shown = false;
  }
}

/** Many enough files that waiting without feedback feels long. */
export const PROGRESS_THRESHOLD = 20;
