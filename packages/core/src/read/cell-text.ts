import type { CellKind } from '../layout/types.js';

/**
 * Reads the text of one table cell as people write it. A value is taken as a number only when the
 * text is a number; everything else is kept as typed so that nothing is lost, with a suggestion
 * where the intent is clear (`251000元` in a 万元 column is 25.1).
 */

export type CellReading =
  /** A plain number, as the template expects. */
  | { status: 'number'; value: number }
  /** A number written unusually: full-width digits `１２`, thousands separators `1,234`, `12万元` in a 万元 cell. */
  | { status: 'normalized'; value: number; text: string }
  /** Nothing, or a placeholder for nothing: blank, `/`, `-`, `—`, `无`. The value is null, never 0. */
  | { status: 'blank'; value: null; text: string }
  /** Words, units or signs: kept as the string typed, with the number it probably means. */
  | { status: 'text'; value: string; text: string; suggestion?: number };

const BLANK_TOKENS = new Set([
  '',
  '/',
  '-',
  '--',
  '—',
  '——',
  '–',
  '―',
  '无',
  '空',
  '暂无',
  'N/A',
  'n/a',
  'NA',
  '\\',
  '×',
  '.',
  '…',
]);

const NUMBER = /^-?\d+(?:\.\d+)?$/;
/** Thousands grouped with commas or single spaces: `1,234`, `1 234`. */
const THOUSANDS = /^-?\d{1,3}(?:(?:,\d{3})+|(?: \d{3})+)(?:\.\d+)?$/;
const UNIT = /^(-?\d+(?:\.\d+)?)\s*(万元|元|件|个|项|条|次|份|人|宗|起)$/;
const SIGNED_WORD = /^(增|减|增加|减少)\s*(\d+(?:\.\d+)?)$/;

/** NFKC turns full-width digits, letters and punctuation into their ASCII forms. */
export const toHalfWidth = (s: string) => s.normalize('NFKC');

/** A number JavaScript holds exactly as written: not Infinity, no integer past 2^53. */
const exact = (n: number, written: string) =>
  Number.isFinite(n) && (written.includes('.') || Number.isSafeInteger(n));

/** Digits only, few enough to be exact: what most cells hold, read without the steps below. */
const PLAIN = /^\d{1,15}$/;
export const isPlainNumber = (text: string) => PLAIN.test(text);

export function readCellText(raw: string, kind: CellKind = 'count'): CellReading {
  if (isPlainNumber(raw)) return { status: 'number', value: Number(raw) };
  const trimmed = raw.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
  // Spaces inside are kept: `12 34` is two numbers typed into one cell, not 1234.
  const text = toHalfWidth(trimmed);
  const compact = text.replace(/\s+/g, '');
  if (BLANK_TOKENS.has(compact) || BLANK_TOKENS.has(trimmed))
    return { status: 'blank', value: null, text: trimmed };
  if (NUMBER.test(text)) {
    const value = Number(text);
    if (!exact(value, text)) return { status: 'text', value: trimmed, text: trimmed };
    return text === trimmed
      ? { status: 'number', value }
      : { status: 'normalized', value, text: trimmed };
  }
  if (THOUSANDS.test(text)) {
    const value = Number(text.replace(/[, ]/g, ''));
    if (exact(value, text)) return { status: 'normalized', value, text: trimmed };
    return { status: 'text', value: trimmed, text: trimmed };
  }
  const unit = UNIT.exec(text);
  if (unit) {
    const n = Number(unit[1]);
    if (kind === 'money' && unit[2] === '万元')
      return { status: 'normalized', value: n, text: trimmed };
    if (kind === 'money' && unit[2] === '元')
      return { status: 'text', value: trimmed, text: trimmed, suggestion: n / 10000 };
    if (kind !== 'money' && unit[2] !== '元' && unit[2] !== '万元')
      return { status: 'text', value: trimmed, text: trimmed, suggestion: n };
    return { status: 'text', value: trimmed, text: trimmed };
  }
  const signed = SIGNED_WORD.exec(text);
  if (signed) {
    const n = Number(signed[2]) * (signed[1].startsWith('减') ? -1 : 1);
    return {
      status: 'text',
      value: trimmed,
      text: trimmed,
      suggestion: kind === 'signed' ? n : undefined,
    };
  }
  return { status: 'text', value: trimmed, text: trimmed };
}
