import { LineIndex, type SourceLocation } from '@nianbao/core';

/**
 * The line index of a document rebuilt as text from a PDF or a Word file. Each line of that text
 * knows where it was printed: a position reported on it says the page and the line on that page,
 * which is what a person holding the PDF can find, not a line of a text they never saw.
 */
export interface LinePlace {
  /** 1-based page. */
  page: number;
  /** 1-based printed line on the page. */
  line: number;
}

export class PlacedIndex extends LineIndex {
  constructor(
    text: string,
    private readonly places: readonly (LinePlace | undefined)[],
  ) {
    super(text);
  }

  override span(start: number, end: number): SourceLocation {
    const s = super.span(start, end);
    const a = this.places[s.line - 1];
    if (!a) return s;
    const b = s.endLine !== undefined ? this.places[s.endLine - 1] : undefined;
    return {
      ...s,
      page: a.page,
      line: a.line,
      ...(b && b.page === a.page ? { endLine: b.line } : { endLine: a.line, endColumn: undefined }),
    };
  }
}
