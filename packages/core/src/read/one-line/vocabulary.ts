import { formats } from '../../layout/index.js';
import type { AxisNode, Label } from '../../layout/types.js';
import { fold, squeeze, unifyQuotes } from '../normalize.js';

/**
 * The words a report on one line is cut at, keyed as the folded text is: section headings, and
 * every label of every format's tables, each marked as a row label, a header label or both.
 */

/** Folded, unspaced, quotes unified: how the one-line text and every wording are compared. */
export const keyOf = (text: string): string => unifyQuotes(fold(squeeze(text)));

export interface Wording {
  key: string;
  /** A row label (its numbering written, or no header reads the same). */
  row: boolean;
  header: boolean;
}

export interface Vocabulary {
  /** Section headings without their numbering, by section number (一 … 六). */
  headings: { no: string; keys: string[] }[];
  /** Table labels by their first character, longest first. */
  byFirst: Map<string, Wording[]>;
  /** Wordings of the report title (工作年度报告…): the preamble is cut after them. */
  titleEnds: string[];
}

let cached: Vocabulary | undefined;

const wordings = (l: Label): string[] =>
  [l.zh, ...(l.aliases ?? []), ...(l.variants ?? [])].map(keyOf).filter(Boolean);

export function vocabulary(): Vocabulary {
  if (cached) return cached;
  const rows = new Set<string>();
  const headers = new Set<string>();
  const walk = (nodes: readonly AxisNode[], into: Set<string>) => {
    for (const n of nodes) {
      for (const w of wordings(n.label)) {
        into.add(w);
        if (into === rows && n.label.no) into.add(keyOf(n.label.no) + w);
      }
      if (n.children) walk(n.children, into);
    }
  };
  const headings = new Map<string, Set<string>>();
  const titleEnds = new Set<string>();
  for (const layout of Object.values(formats)) {
    for (const s of layout.sections) {
      const set = headings.get(s.no) ?? new Set<string>();
      for (const w of wordings(s.heading)) set.add(w);
      headings.set(s.no, set);
    }
    for (const w of wordings(layout.reportTitle)) titleEnds.add(w);
    for (const t of layout.tables) {
      for (const w of wordings(t.title)) headers.add(w);
      for (const b of t.blocks) {
        for (const l of [b.header, b.corner]) if (l) for (const w of wordings(l)) headers.add(w);
        walk(b.columns, headers);
        walk(b.rows, rows);
      }
    }
  }
  const labels = [...new Set([...rows, ...headers])]
    .map((key) => ({ key, row: rows.has(key), header: headers.has(key) }))
    .sort((a, b) => b.key.length - a.key.length);
  cached = {
    headings: [...headings].map(([no, keys]) => ({
      no,
      keys: [...keys].sort((a, b) => b.length - a.length),
    })),
    byFirst: labels.reduce((m, w) => {
      const list = m.get(w.key[0]) ?? [];
      list.push(w);
      return m.set(w.key[0], list);
    }, new Map<string, Wording[]>()),
    titleEnds: [...titleEnds].sort((a, b) => b.length - a.length),
  };
  return cached;
}
