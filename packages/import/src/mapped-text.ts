/**
 * A stretch of text as the reader sees it (whitespace collapsed, entities decoded, `<br>` turned
 * into a line break) with the original offsets of its pieces, so that a position inside it can be
 * mapped back to the document. For plain text the one piece is the line itself.
 */
export interface Piece {
  /** Offset of the piece inside the reader's text. */
  at: number;
  length: number;
  /** Where the piece was in the document. */
  start: number;
  end: number;
}

export class MappedText {
  constructor(
    readonly text: string,
    readonly pieces: readonly Piece[],
  ) {}

  /** The document offset of character `k` of the text; inside a piece whose length changed (entities, collapsed spaces) the nearest one. */
  toDoc(k: number): number {
    const ps = this.pieces;
    if (!ps.length) return 0;
    let lo = 0;
    let hi = ps.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ps[mid].at <= k) lo = mid;
      else hi = mid - 1;
    }
    const p = ps[lo];
    return Math.min(p.start + Math.max(0, k - p.at), p.end);
  }

  get start(): number {
    return this.pieces.length ? this.pieces[0].start : 0;
  }

  get end(): number {
    return this.pieces.length ? this.pieces[this.pieces.length - 1].end : 0;
  }

  /** Joins texts with a separator, keeping every piece's mapping. */
  static join(parts: readonly MappedText[], sep: string): MappedText {
    let text = '';
    const pieces: Piece[] = [];
    parts.forEach((p, i) => {
      if (i) text += sep;
      const base = text.length;
      for (const piece of p.pieces) pieces.push({ ...piece, at: piece.at + base });
      text += p.text;
    });
    return new MappedText(text, pieces);
  }

  /** The text with leading and trailing whitespace removed, mapping kept. */
  trim(): MappedText {
    const lead = this.text.length - this.text.trimStart().length;
    const body = this.text.trim();
    if (lead === 0 && body.length === this.text.length) return this;
    const pieces = this.pieces
      .filter((p) => p.at + p.length > lead && p.at < lead + body.length)
      .map((p) => {
        const cutStart = Math.max(0, lead - p.at);
        const cutEnd = Math.max(0, p.at + p.length - (lead + body.length));
        const exact = p.end - p.start === p.length;
        return {
          at: Math.max(0, p.at - lead),
          length: p.length - cutStart - cutEnd,
          start: exact ? p.start + cutStart : p.start,
          end: exact ? p.end - cutEnd : p.end,
        };
      });
    return new MappedText(body, pieces);
  }
}
