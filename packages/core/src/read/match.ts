import { labelText } from '../layout/cells.js';
import type { FormatLayout, Label, SectionLayout } from '../layout/types.js';
import { normalizeLabel, type NormalizedLabel } from './normalize.js';

/**
 * Names the template label a piece of extracted text stands for. Spacing, width, quote style and
 * numbering never count as differences (normalize.ts removes them); altered characters do, and
 * come back flagged as a variant with the canonical text as suggestion, so that a report keeps
 * being read while the alteration is reported.
 */

/** How a text was matched, from most to least certain. */
export type MatchVia =
  /** Same text as the canonical label. */
  | 'exact'
  /** An accepted equivalent wording listed in the layout. */
  | 'alias'
  /** The label plus a filling note of its own (`规章（设区的市…）`), or the template's note altered or left out. */
  | 'note'
  /** A near miss listed in the layout's `variants`. */
  | 'variant'
  /** A near miss by a small edit distance, not listed. */
  | 'near';

export interface LabelMatch {
  /** Index of the matched label in the candidates. */
  index: number;
  label: Label;
  /** 1 for the canonical text or an alias, lower the further the text is from it. */
  confidence: number;
  via: MatchVia;
  /** The text differs from the template in wording: the reader reports it as `label-variant`. */
  variant: boolean;
  /** Canonical text with its numbering, given when `variant`. */
  suggestion?: string;
  /** The text as the matcher saw it: numbering, key, core and note. */
  written: NormalizedLabel;
}

/**
 * Largest edit distance accepted for a near miss, relative to the longer of the two keys. At 0.2 a
 * six-character label tolerates one altered character and a two- to four-character one none,
 * which keeps 行政处罚 and 行政强制 (2 of 4 apart) or 本年新收… and 上年结转… (3 of 14) distinct.
 */
export const NEAR_RATIO = 0.2;

interface Keyed {
  index: number;
  via: 'exact' | 'alias' | 'variant';
}

interface CandidateIndex {
  labels: readonly Label[];
  /** Keys of canonical labels, aliases and listed variants. */
  keys: Map<string, Keyed>;
  /** Cores of canonical labels that carry a note of their own (部分公开（区分处理的…）). */
  cores: Map<string, number>;
  /** Keys a near miss is measured against, grouped by the canonical key they stand for. */
  near: { key: string; group: string; index: number; numerals: string }[];
}

/**
 * Numerals carry meaning (第二十条第（一）项 and 第（五）项 are one character apart), so a near miss
 * must keep every numeral of the label it is taken for.
 */
const NUMERALS = /[一二三四五六七八九十百零〇两0-9]/g;
const numeralsOf = (key: string) => (key.match(NUMERALS) ?? []).join('');

const indexes = new WeakMap<readonly Label[], CandidateIndex>();

function buildIndex(labels: readonly Label[]): CandidateIndex {
  const keys = new Map<string, Keyed>();
  const cores = new Map<string, number>();
  const near: CandidateIndex['near'] = [];
  const add = (key: string, k: Keyed) => {
    if (key && !keys.has(key)) keys.set(key, k);
  };
  labels.forEach((label, index) => {
    const canonical = normalizeLabel(label.zh);
    if (!canonical.full) return;
    add(canonical.full, { index, via: 'exact' });
    if (canonical.note && !cores.has(canonical.core)) cores.set(canonical.core, index);
    near.push({
      key: canonical.full,
      group: canonical.full,
      index,
      numerals: numeralsOf(canonical.full),
    });
    for (const alias of label.aliases ?? []) {
      const key = normalizeLabel(alias).full;
      add(key, { index, via: 'alias' });
      near.push({ key, group: canonical.full, index, numerals: numeralsOf(key) });
    }
    for (const variant of label.variants ?? [])
      add(normalizeLabel(variant).full, { index, via: 'variant' });
  });
  return { labels, keys, cores, near };
}

function indexOf(labels: readonly Label[]): CandidateIndex {
  let ix = indexes.get(labels);
  if (!ix) {
    ix = buildIndex(labels);
    indexes.set(labels, ix);
  }
  return ix;
}

/** The two rows of the distance table, kept between calls: the near search measures hundreds of pairs per table. */
let rowsA = new Uint32Array(64);
let rowsB = new Uint32Array(64);

/** Levenshtein distance, or `bound + 1` as soon as it is certain to exceed `bound`. */
export function editDistance(a: string, b: string, bound = Infinity): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  if (a === b) return 0;
  if (rowsA.length <= b.length) {
    rowsA = new Uint32Array(b.length * 2 + 1);
    rowsB = new Uint32Array(b.length * 2 + 1);
  }
  let prev = rowsA;
  let cur = rowsB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > bound) return bound + 1;
    const done = prev;
    prev = cur;
    cur = done;
  }
  return prev[b.length];
}

const allowed = (a: string, b: string) => Math.floor(Math.max(a.length, b.length) * NEAR_RATIO);

/** The closest candidate within the allowed distance, provided no other label is as close. */
function nearest(
  ix: CandidateIndex,
  texts: string[],
): { index: number; distance: number; length: number } | null {
  const byGroup = new Map<string, { index: number; distance: number; length: number }>();
  const numerals = texts.map(numeralsOf);
  for (const c of ix.near) {
    for (let i = 0; i < texts.length; i++) {
      if (numerals[i] !== c.numerals) continue;
      const t = texts[i];
      const bound = allowed(t, c.key);
      if (bound < 1) continue;
      const distance = editDistance(t, c.key, bound);
      if (distance > bound) continue;
      const seen = byGroup.get(c.group);
      if (!seen || distance < seen.distance) {
        byGroup.set(c.group, {
          index: c.index,
          distance,
          length: Math.max(t.length, c.key.length),
        });
      }
    }
  }
  // Two different labels equally close means the text could be either: better unknown than wrong.
  const ranked = [...byGroup.values()].sort((a, b) => a.distance - b.distance);
  if (!ranked.length || (ranked.length > 1 && ranked[1].distance === ranked[0].distance))
    return null;
  return ranked[0];
}

/** Confidence of a canonical label written with a filling note of its own: not an error. */
const NOTE_ADDED = 0.95;
const LISTED_VARIANT = 0.9;
const NOTE_ALTERED = 0.85;

function result(
  ix: CandidateIndex,
  index: number,
  via: MatchVia,
  confidence: number,
  written: NormalizedLabel,
): LabelMatch {
  const label = ix.labels[index];
  const variant =
    via === 'variant' || via === 'near' || (via === 'note' && confidence < NOTE_ADDED);
  return {
    index,
    label,
    confidence,
    via,
    variant,
    suggestion: variant ? labelText(label) : undefined,
    written,
  };
}

export interface MatchOptions {
  /**
   * Look for near misses (default). Off when only a label written as the template writes it
   * matters: the near search measures an edit distance against every candidate.
   */
  near?: boolean;
}

/**
 * Names the candidate a text stands for, or null. `candidates` should be a stable array (a
 * layout's labels): its normalised keys are computed once and cached against it.
 */
export function matchLabel(
  text: string,
  candidates: readonly Label[],
  options: MatchOptions = {},
): LabelMatch | null {
  return matchNormalized(normalizeLabel(text), candidates, options);
}

/** `matchLabel` for a text already normalised, when one text is matched against several candidate sets. */
export function matchNormalized(
  written: NormalizedLabel,
  candidates: readonly Label[],
  options: MatchOptions = {},
): LabelMatch | null {
  if (!written.full) return null;
  const ix = indexOf(candidates);
  const hit = ix.keys.get(written.full);
  if (hit)
    return result(ix, hit.index, hit.via, hit.via === 'variant' ? LISTED_VARIANT : 1, written);
  if (written.note) {
    const bare = ix.keys.get(written.core);
    if (bare) {
      return bare.via === 'variant'
        ? result(ix, bare.index, 'variant', NOTE_ALTERED, written)
        : result(ix, bare.index, 'note', NOTE_ADDED, written);
    }
  }
  const core = ix.cores.get(written.core);
  if (core !== undefined) return result(ix, core, 'note', NOTE_ALTERED, written);
  if (options.near === false) return null;
  const near = nearest(ix, written.note ? [written.full, written.core] : [written.full]);
  if (!near) return null;
  return result(
    ix,
    near.index,
    'near',
    Math.round((LISTED_VARIANT - near.distance / near.length) * 100) / 100,
    written,
  );
}

export interface SectionMatch {
  section: SectionLayout;
  match: LabelMatch;
  /** Canonical heading with its number, e.g. `四、政府信息公开行政复议、行政诉讼情况`. */
  canonical: string;
  /** The written number disagrees with the section's place in the template. */
  misnumbered: boolean;
}

const headings = new WeakMap<FormatLayout, Label[]>();

/** Names the section a heading stands for, accepting the layout's aliases and near misses. */
export function matchSection(headingText: string, layout: FormatLayout): SectionMatch | null {
  let labels = headings.get(layout);
  if (!labels) {
    labels = layout.sections.map((s) => s.heading);
    headings.set(layout, labels);
  }
  const match = matchLabel(headingText, labels);
  if (!match) return null;
  const section = layout.sections[match.index];
  const canonical = `${section.no}、${section.heading.zh}`;
  const writtenNo = ordinal(match.written.no.replace(/[、.()]/g, ''));
  return {
    section,
    match: match.variant ? { ...match, suggestion: canonical } : match,
    canonical,
    misnumbered: writtenNo !== '' && writtenNo !== ordinal(section.no),
  };
}

const CN_DIGITS = '一二三四五六七八九十';

/** `四` and `4` are the same section number. */
function ordinal(no: string): string {
  const i = CN_DIGITS.indexOf(no);
  return no.length === 1 && i >= 0 ? String(i + 1) : no;
}
