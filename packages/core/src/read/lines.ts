import type { SourceLocation } from '../check/diagnostic.js';

/**
 * Turns character offsets of a document into 1-based line and column, as unist positions count
 * them. Every reader (Markdown, HTML, text, the command line's JSON parser) places its findings
 * with this one index, so a position means the same thing whatever the document was written in.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
      this.starts.push(i + 1);
  }

  /** Line and column of an offset; an offset outside the text is held to its ends. */
  point(offset: number): { line: number; column: number; offset: number } {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - this.starts[lo] + 1, offset: at };
  }

  /** The span [start, end) of the document, with its text as written. */
  span(start: number, end: number): SourceLocation {
    const a = this.point(start);
    const b = this.point(Math.max(start, end));
    return {
      line: a.line,
      column: a.column,
      endLine: b.line,
      endColumn: b.column,
      offset: a.offset,
      endOffset: b.offset,
      text: this.text.slice(a.offset, b.offset),
    };
  }
}
