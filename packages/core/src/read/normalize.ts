/**
 * Label normalisation for matching. Extracted text turns the template's full-width punctuation
 * half-width, breaks labels across lines, inserts spaces, renumbers, and appends filling notes;
 * none of that changes which label is meant, so the matcher compares labels only after these
 * functions have removed it. They never decide whether a label is right: that is match.ts's job.
 */

/** Whitespace of every kind, including the ideographic space and the zero-width characters PDF extractors leave. */
const SPACES = /[\s\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+/g;

/** Removes every space and line break: Chinese labels have no meaningful spaces. */
export function squeeze(text: string): string {
  return text.replace(SPACES, '');
}

/** Full-width and half-width forms, compatibility ideographs and Kangxi radicals become one form. */
export function fold(text: string): string {
  return text.normalize('NFKC');
}

const DOUBLE_QUOTES = /[“”„‟〝〞〟＂«»]/g;
const SINGLE_QUOTES = /[‘’‚‛′＇]/g;

/** Curly, low and full-width quotes become `"` and `'`, as reports mix them freely. */
export function unifyQuotes(text: string): string {
  return text.replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'");
}

// NFKC turns ① into a bare `1`, which would then be indistinguishable from the label's text, so
// circled numbers are taken off before folding.
const CIRCLED = /^[\u2460-\u2473\u24f5-\u24fe\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]/;
const CN = '[一二三四五六七八九十百零〇两]+';
const NUMBERING = [
  new RegExp(`^${CN}[、.]`),
  new RegExp(`^\\(${CN}\\)[、.]?`),
  /^\(\d{1,3}\)[、.]?/,
  /^\d{1,3}(?:[、)]|\.(?!\d))/,
];

export interface Numbered {
  /** The numbering prefix as written (after folding), `''` when there is none. */
  no: string;
  rest: string;
}

/**
 * Splits a leading numbering (`一、`, `（三）`, `(三)`, `3.`, `3、`, `①`) off a label. Expects text
 * without spaces; full-width forms are accepted and come back folded.
 */
export function splitNumbering(text: string): Numbered {
  const circled = CIRCLED.exec(text);
  if (circled) return { no: circled[0], rest: fold(text.slice(circled[0].length)) };
  const folded = fold(text);
  for (const re of NUMBERING) {
    const m = re.exec(folded);
    if (m && m[0].length < folded.length) return { no: m[0], rest: folded.slice(m[0].length) };
  }
  return { no: '', rest: folded };
}

export interface Noted {
  core: string;
  /** The trailing parenthetical, parentheses included, `''` when there is none. */
  note: string;
}

/**
 * Splits a trailing parenthetical note off a label: `规章(设区的市、自治州人民政府应提供相关数据)`
 * is core `规章` and that note. A label that is nothing but a parenthetical (table 三's corner)
 * keeps it as its core.
 */
export function splitNote(text: string): Noted {
  const last = text.length - 1;
  if (last < 1 || (text[last] !== ')' && text[last] !== '）')) return { core: text, note: '' };
  let depth = 0;
  for (let i = last; i >= 0; i--) {
    const c = text[i];
    if (c === ')' || c === '）') depth++;
    else if (c === '(' || c === '（') {
      depth--;
      if (depth === 0)
        return i === 0 ? { core: text, note: '' } : { core: text.slice(0, i), note: text.slice(i) };
    }
  }
  return { core: text, note: '' };
}

/** A label reduced to what matching compares. */
export interface NormalizedLabel {
  /** Numbering as written, folded (`(三)`), or `''`. */
  no: string;
  /** The label without spaces or numbering, folded, quotes unified: the matching key. */
  full: string;
  /** `full` without its trailing parenthetical note. */
  core: string;
  note: string;
}

export function normalizeLabel(text: string): NormalizedLabel {
  const { no, rest } = splitNumbering(squeeze(text));
  const full = unifyQuotes(rest);
  const { core, note } = splitNote(full);
  return { no, full, core, note };
}

/** The matching key of a label: no spaces, no numbering, one width, one quote style. */
export function labelKey(text: string): string {
  return normalizeLabel(text).full;
}
