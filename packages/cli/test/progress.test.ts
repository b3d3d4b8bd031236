import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Progress } from '../src/output/progress.js';
import { Sink } from '../src/output/sink.js';

function terminal(columns: number) {
  let written = '';
  const stream = Object.assign(
    new Writable({
      write(chunk, _enc, cb) {
        written += String(chunk);
        cb();
      },
    }),
    { isTTY: true, columns },
  );
  return { sink: new Sink(stream), written: () => written };
}

describe('Progress', () => {
  it('draws a bar that fits the terminal, throttled, always showing the last file', () => {
    const t = terminal(40);
    let now = 0;
    const p = new Progress(t.sink, 4, () => now);
    now = 1000;
    p.tick();
    expect(t.written()).toBe(`\r[${'█'.repeat(8)}${'░'.repeat(25)}] 1/4`);
    // One column short of the width, so the terminal never wraps it.
    expect(p.line().length).toBe(39);
    now += 10;
    p.tick();
    p.tick();
    // Within 100 ms nothing is redrawn, except for the last file.
    expect(t.written().split('\r')).toHaveLength(2);
    p.tick();
    expect(t.written().endsWith(`\r[${'█'.repeat(33)}] 4/4`)).toBe(true);
    p.clear();
    expect(t.written().endsWith('\r\x1b[K')).toBe(true);
  });
});
