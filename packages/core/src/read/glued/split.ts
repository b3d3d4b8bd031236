import type { CellKind } from '../../layout/types.js';

/**
 * The ways a run of glued digits (`121000013`, `230 000023`, `20+1737`) can be cut into the cells
 * of one row. Spaces inside a run are not taken as separators: crawled pages put them anywhere
 * (`23 0 00 0 023` is 23/0/0/0/0/0/23). What a cut must respect is what a number written in a
 * cell looks like: no leading zero (`07` is two cells), a sign only in front of a 本年增/减 value,
 * a decimal point only in an amount, a unit only at the end of the run.
 */

/** One cell cut from a run: its text, its value, and where it lies in the run's text. */
export interface Piece {
  text: string;
  value: number;
  /** Offsets into the run's text, end exclusive. */
  start: number;
  end: number;
}

/** A sum inside one row: the cells at `plus` add up to the cells at `minus`. */
export interface RowSum {
  plus: number[];
  minus: number[];
}

export interface SplitResult {
  splits: Piece[][];
  /** The search gave up before it had seen every cut: the row is too long to split safely. */
  exhausted: boolean;
}

const SPACE = /[\s\u00a0\u3000]/;
const UNIT = /(万元|元)$/;
/** Nodes searched per row before giving up: a row of 7 columns rarely needs more than a few thousand. */
const MAX_NODES = 200_000;
/** Longest number a cell holds exactly (2^53 has 16 digits), with a sign and a decimal part. */
const MAX_PART = 20;

const PART: Record<CellKind, RegExp> = {
  count: /^(?:0|[1-9]\d*)$/,
  signed: /^(?:0|[+-]?[1-9]\d*)$/,
  money: /^(?:0|[1-9]\d*)(?:\.\d+)?$/,
};

/** The characters of a run without its spaces, each with its offset in the run's text. */
function compact(text: string): { chars: string; at: number[] } {
  let chars = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (SPACE.test(text[i])) continue;
    chars += text[i];
    at.push(i);
  }
  return { chars, at };
}

/** A run is all digits, signs, points and spaces, with at most a money unit at its end. */
export function isRun(text: string): boolean {
  const t = text.trim().replace(UNIT, '');
  return t !== '' && /^[\d\s\u00a0\u3000+\-.]+$/.test(t) && /\d/.test(t);
}

/** Number of digits in a run. */
export const digitCount = (text: string): number => text.replace(/\D/g, '').length;

/**
 * Every cut of `text` into `kinds.length` cells that reads as numbers and satisfies `sums`
 * (indexes into the row). A run that does not end in a unit reads with no unit.
 */
export function splitRun(text: string, kinds: readonly CellKind[], sums: RowSum[]): SplitResult {
  const unit = UNIT.exec(text.trimEnd());
  const body = unit ? text.trimEnd().slice(0, -unit[0].length) : text;
  const { chars, at } = compact(body);
  const n = kinds.length;
  const splits: Piece[][] = [];
  if (unit && kinds[n - 1] !== 'money') return { splits, exhausted: false };
  // The sums checked once their last cell is cut.
  const due: RowSum[][] = kinds.map(() => []);
  for (const s of sums) due[Math.max(...s.plus, ...s.minus)].push(s);
  const pieces: Piece[] = [];
  let nodes = 0;
  const holds = (s: RowSum) =>
    s.plus.reduce((a, i) => a + pieces[i].value, 0) ===
    s.minus.reduce((a, i) => a + pieces[i].value, 0);
  const walk = (pos: number, col: number): boolean => {
    if (++nodes > MAX_NODES) return false;
    const left = n - col - 1;
    const last = col === n - 1;
    for (let end = last ? chars.length : pos + 1; end <= chars.length - left; end++) {
      // A sign starts a cell: no cell runs over one.
      if (end > pos + 1 && (chars[end - 1] === '+' || chars[end - 1] === '-')) break;
      if (end - pos > MAX_PART) break;
      const part = chars.slice(pos, end);
      if (!PART[kinds[col]].test(part)) {
        // A leading zero never becomes valid by growing.
        if (part.length > 1 && part[0] === '0' && kinds[col] !== 'money') break;
        continue;
      }
      const start = at[pos];
      const stop = at[end - 1] + 1;
      pieces[col] = {
        text: body.slice(start, stop).replace(/\s+/g, ''),
        value: Number(part),
        start,
        end: stop,
      };
      if (!due[col].every(holds)) continue;
      if (last) {
        const cut = pieces.slice();
        if (unit) {
          const p = cut[n - 1];
          cut[n - 1] = { ...p, text: p.text + unit[0], end: text.trimEnd().length };
        }
        splits.push(cut);
      } else if (!walk(end, col + 1)) return false;
    }
    return true;
  };
  if (chars.length > n * MAX_PART) return { splits, exhausted: true };
  const complete = n > 0 && chars.length >= n ? walk(0, 0) : true;
  return { splits, exhausted: !complete };
}
