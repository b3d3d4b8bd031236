import { type LabelMatch, matchNormalized } from '../match.js';
import { type NormalizedLabel, normalizeLabel } from '../normalize.js';
import type { TableModel } from './model.js';

/**
 * One table reading's label lookups. Rejoining rows, cutting glued labels and reading rows each
 * ask what the same cell texts name; asked once per text within a reading, and forgotten with it
 * (nothing is kept across documents).
 */
export class TableLabels {
  private readonly written = new Map<string, NormalizedLabel>();
  /** Row matches: a full one (near misses searched), or the exact-only answer when only that was asked. */
  private readonly rows = new Map<string, { match: LabelMatch | null; near: boolean }>();
  private readonly headers = new Map<string, LabelMatch | null>();

  constructor(readonly model: TableModel) {}

  private normalized(text: string): NormalizedLabel {
    let w = this.written.get(text);
    if (!w) {
      w = normalizeLabel(text);
      this.written.set(text, w);
    }
    return w;
  }

  /** The row label a text names; `near: false` skips the near-miss search (see `matchLabel`). */
  row(text: string, near = true): LabelMatch | null {
    const seen = this.rows.get(text);
    if (seen) {
      // A match found without the near search is the match with it: only a miss may differ.
      if (!near) return seen.match?.via === 'near' ? null : seen.match;
      if (seen.near || seen.match) return seen.match;
    }
    const match = matchNormalized(this.normalized(text), this.model.rowLabels, { near });
    this.rows.set(text, { match, near });
    return match;
  }

  header(text: string): LabelMatch | null {
    if (this.headers.has(text)) return this.headers.get(text) ?? null;
    const match = matchNormalized(this.normalized(text), this.model.headerLabels);
    this.headers.set(text, match);
    return match;
  }
}
