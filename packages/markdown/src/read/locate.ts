import type { SourceLocation } from '@nianbao/core';

/** Turns character offsets into 1-based line and column, as unist positions count them. */
export class LineIndex {
  private starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  point(offset: number): { line: number; column: number; offset: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1, offset };
  }
  /** The span [start, end) with its text as written. */
  span(start: number, end: number): SourceLocation {
    const a = this.point(start);
    const b = this.point(end);
    return {
      line: a.line,
      column: a.column,
      endLine: b.line,
      endColumn: b.column,
      offset: start,
      endOffset: end,
      text: this.text.slice(start, end),
    };
  }
}

const SPACE = /[ \t]/;

/**
 * The value span inside a GFM table cell. mdast's cell position covers the leading pipe, the
 * padding and, for the last cell, the closing pipe; the CLI's `fix` must replace the value alone,
 * so the span is narrowed to the trimmed content. An empty cell gets a zero-width span where a
 * value would go (after the pipe and one space), so a fix can insert there.
 */
export function cellValueSpan(text: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  if (text[a] === '|') a++;
  if (b > a && text[b - 1] === '|' && text[b - 2] !== '\\') b--;
  const inner = a;
  while (a < b && SPACE.test(text[a])) a++;
  while (b > a && SPACE.test(text[b - 1])) b--;
  if (a === b) {
    const at = Math.min(inner + (SPACE.test(text[inner] ?? '') ? 1 : 0), end);
    return [at, at];
  }
  return [a, b];
}
