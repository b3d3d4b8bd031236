import { axisLeaves } from '../layout/cells.js';
import { formats as registry } from '../layout/index.js';
import type { AxisNode, FormatLayout, Label } from '../layout/types.js';
import { labelKey } from './normalize.js';

/**
 * Tells which format a document is laid out on from the labels it uses. Every label of every
 * known format is keyed the way the matcher keys it; a key found in exactly one format votes for
 * that format. A row that is a leaf in one format and a group in another (2019's single
 * （六）其他处理 row) votes when it is followed by numbers on its own line or cells. Ties and
 * documents without votes go to the newest format.
 */

export interface FormatVote {
  format: string;
  /** Distinct format-specific labels found. */
  votes: number;
  labels: string[];
}

interface Index {
  /** Label key → formats that have it. */
  owners: Map<string, Set<string>>;
  /** Keys of rows that are leaves in some formats and groups in others → formats where they are leaves. */
  leafIn: Map<string, Set<string>>;
  newest: string;
}

const indexes = new WeakMap<object, Index>();

function labelsOf(nodes: readonly AxisNode[], out: Label[]): void {
  for (const n of nodes) {
    out.push(n.label);
    if (n.children) labelsOf(n.children, out);
  }
}

function build(formats: Record<string, FormatLayout>): Index {
  const owners = new Map<string, Set<string>>();
  const leafStatus = new Map<string, Map<string, boolean>>();
  for (const [id, layout] of Object.entries(formats)) {
    const labels: Label[] = [];
    for (const t of layout.tables) {
      for (const b of t.blocks) {
        if (b.header) labels.push(b.header);
        if (b.corner) labels.push(b.corner);
        labelsOf(b.columns, labels);
        labelsOf(b.rows, labels);
        for (const leaf of axisLeaves(b.rows)) {
          for (const [i, node] of leaf.chain.entries()) {
            const key = labelKey(node.label.zh);
            if (!key) continue;
            let m = leafStatus.get(key);
            if (!m) {
              m = new Map();
              leafStatus.set(key, m);
            }
            m.set(id, (m.get(id) ?? false) || i === leaf.chain.length - 1);
          }
        }
      }
    }
    for (const l of labels) {
      for (const text of [l.zh, ...(l.aliases ?? []), ...(l.variants ?? [])]) {
        const key = labelKey(text);
        if (!key) continue;
        let s = owners.get(key);
        if (!s) {
          s = new Set();
          owners.set(key, s);
        }
        s.add(id);
      }
    }
  }
  const leafIn = new Map<string, Set<string>>();
  for (const [key, m] of leafStatus) {
    const leaves = [...m].filter(([, leaf]) => leaf).map(([id]) => id);
    if (leaves.length && leaves.length < m.size) leafIn.set(key, new Set(leaves));
  }
  const ids = Object.keys(formats).sort();
  return { owners, leafIn, newest: ids[ids.length - 1] };
}

const NUMBER_AFTER = /^[\s|\t]*(?:\d+[\s|\t]*){2,}/;

/**
 * Votes of each format over `texts` (cells, or lines of a one-cell-per-line text). `rows` are
 * whole rows of text: a row that starts with a leaf-only label and goes on with numbers votes too.
 */
export function formatVotes(
  texts: Iterable<string>,
  formats: Record<string, FormatLayout> = registry,
  rows: Iterable<string> = [],
): FormatVote[] {
  let ix = indexes.get(formats);
  if (!ix) {
    ix = build(formats);
    indexes.set(formats, ix);
  }
  const found = new Map<string, Set<string>>(Object.keys(formats).map((id) => [id, new Set()]));
  const total = Object.keys(formats).length;
  for (const text of texts) {
    if (text.length > 80) continue;
    const key = labelKey(text);
    const owners = key ? ix.owners.get(key) : undefined;
    if (owners && owners.size < total) for (const id of owners) found.get(id)!.add(key);
  }
  for (const row of rows) {
    const m = /^([^\d\t|]+?)[\s|\t]*(?=\d)/.exec(row.trim());
    if (!m || !NUMBER_AFTER.test(row.slice(row.indexOf(m[1]) + m[1].length))) continue;
    const key = labelKey(m[1]);
    const leafIn = ix.leafIn.get(key);
    if (leafIn) for (const id of leafIn) found.get(id)!.add(`${key}#leaf`);
  }
  return [...found]
    .map(([format, s]) => ({ format, votes: s.size, labels: [...s] }))
    .sort((a, b) => b.votes - a.votes);
}

/** The format the labels vote for; the newest format when none or several lead. */
export function detectFormat(
  texts: Iterable<string>,
  formats: Record<string, FormatLayout> = registry,
  rows: Iterable<string> = [],
): string {
  const votes = formatVotes(texts, formats, rows);
  const ix = indexes.get(formats)!;
  if (!votes.length || votes[0].votes === 0 || (votes[1] && votes[1].votes === votes[0].votes))
    return ix.newest;
  return votes[0].format;
}

/** Is this text a label of some known format's tables (header, corner, row or column)? */
export function isTemplateLabel(
  text: string,
  formats: Record<string, FormatLayout> = registry,
): boolean {
  if (text.length > 80) return false;
  let ix = indexes.get(formats);
  if (!ix) {
    ix = build(formats);
    indexes.set(formats, ix);
  }
  const key = labelKey(text);
  return key !== '' && ix.owners.has(key);
}
