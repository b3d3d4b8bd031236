import type { SourceLocation } from '../../check/diagnostic.js';
import { isPlainNumber, readCellText } from '../cell-text.js';
import type { LabelMatch } from '../match.js';
import { labelKey, splitNumbering, squeeze } from '../normalize.js';
import type { GridCell } from './types.js';

/** Cells of a grid row, and what a label-area cell may be. */

export interface Cell {
  text: string;
  source?: SourceLocation;
  /** Column in the grid row. */
  col: number;
  empty: boolean;
  /** Reads as data: a number, a placeholder for nothing, or anything with a digit outside a numbering. */
  value: boolean;
  /** Its separators were lost (see glued/). */
  glued?: boolean;
}

/**
 * Longest text with a digit still taken for a value typed with words (`减4`, `约12件`); longer
 * text with a digit is prose (`本机关2022年未发生行政复议`) that strayed into the table.
 */
const SHORT_VALUE = 8;

function isValue(squeezed: string): boolean {
  if (squeezed === '') return false;
  // What most cells hold: told without building a reading.
  if (isPlainNumber(squeezed)) return true;
  const reading = readCellText(squeezed);
  if (reading.status !== 'text' || reading.suggestion !== undefined) return true;
  return squeezed.length <= SHORT_VALUE && /\d/.test(splitNumbering(squeezed).rest);
}

export function cellOf(raw: GridCell | undefined | null, col: number): Cell {
  const rawText =
    typeof raw === 'string' ? raw : raw && typeof raw.text === 'string' ? raw.text : '';
  const source = raw && typeof raw === 'object' ? raw.source : undefined;
  const text = rawText.trim();
  const squeezed = squeeze(text);
  const cell: Cell = { text, source, col, empty: squeezed === '', value: isValue(squeezed) };
  if (raw && typeof raw === 'object' && raw.glued) cell.glued = true;
  return cell;
}

/** What a non-empty label-area cell may be. */
export interface Classified {
  cell: Cell;
  row: LabelMatch | null;
  header: LabelMatch | null;
  /** Part of a header label split across cells or lines (`结果` `维持`, `尚未` `审结`). */
  fragment: boolean;
}

export const isHeaderish = (c: Classified) => c.header !== null || c.fragment;
/** A row label, unless it is equally a column label (其他, 总计) written without the row's numbering. */
export const isRowish = (c: Classified) =>
  c.row !== null && (!isHeaderish(c) || c.row.written.no !== '');

/**
 * Keeps `n` cells of what follows a row's label, dropping only empty cells: those left of the
 * data come from a merged label cell, those right of it from ragged extraction. When both
 * readings fit, the header's column position decides; else, after a label, the merged-label
 * reading wins, and in a row without a label (which has no label to merge) the data come first.
 */
export function window(
  rest: Cell[],
  n: number,
  preferred: number | undefined,
  labelled: boolean,
): Cell[] {
  if (rest.length <= n) return rest;
  const fits = (k: number) => rest.every((c, i) => (i >= k && i < k + n) || c.empty);
  const valid: number[] = [];
  for (let k = 0; k + n <= rest.length; k++) if (fits(k)) valid.push(k);
  if (!valid.length) return rest.slice(0, n);
  const fallback = labelled ? valid[valid.length - 1] : valid[0];
  const k = preferred !== undefined && valid.includes(preferred) ? preferred : fallback;
  return rest.slice(k, k + n);
}

export function hasValuesAfter(cells: Cell[], col: number): boolean {
  for (let i = col + 1; i < cells.length; i++) if (cells[i].value) return true;
  return false;
}
