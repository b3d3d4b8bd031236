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
  const piece = (from: number, to: number, value: number): Piece => {
    const start = at[from];
    const stop = at[to - 1] + 1;
    return { text: body.slice(start, stop).replace(/\s+/g, ''), value, start, end: stop };
  };
  // When the last cell is the sum of cells before it (总计), it is cut first: the cells before it
  // then cannot add up to more than it, which prunes almost every cut of a long run.
  const total = sums.find(
    (s) =>
      s.minus.length === 1 &&
      s.minus[0] === n - 1 &&
      s.plus.every((i) => i < n - 1 && kinds[i] === 'count'),
  );
  let target = Number.POSITIVE_INFINITY;
  const partial = () => (total ? total.plus.reduce((a, i) => a + (pieces[i]?.value ?? 0), 0) : 0);
  const walk = (pos: number, col: number, limit: number, lastCol: number): boolean => {
    if (++nodes > MAX_NODES) return false;
    const left = lastCol - col;
    const last = col === lastCol;
    for (let end = last ? limit : pos + 1; end <= limit - left; end++) {
      // A sign starts a cell: no cell runs over one.
      if (end > pos + 1 && (chars[end - 1] === '+' || chars[end - 1] === '-')) break;
      if (end - pos > MAX_PART) break;
      const part = chars.slice(pos, end);
      if (!PART[kinds[col]].test(part)) {
        // A leading zero never becomes valid by growing.
        if (part.length > 1 && part[0] === '0' && kinds[col] !== 'money') break;
        continue;
      }
      pieces[col] = piece(pos, end, Number(part));
      // A longer cut is a larger number: once past the total, every longer one is too.
      if (total?.plus.includes(col) && partial() > target) {
        delete pieces[col];
        break;
      }
      if (!due[col].every(holds)) continue;
      if (last) {
        if (lastCol < n - 1 && !due[n - 1].every(holds)) continue;
        const cut = pieces.slice(0, n);
        if (unit) {
          const p = cut[n - 1];
          cut[n - 1] = { ...p, text: p.text + unit[0], end: text.trimEnd().length };
        }
        splits.push(cut);
      } else if (!walk(end, col + 1, limit, lastCol)) return false;
    }
    delete pieces[col];
    return true;
  };
  const run = (): boolean => {
    if (!total) return walk(0, 0, chars.length, n - 1);
    for (let len = 1; len <= Math.min(MAX_PART, chars.length - (n - 1)); len++) {
      const from = chars.length - len;
      const part = chars.slice(from);
      if (!PART[kinds[n - 1]].test(part)) continue;
      target = Number(part);
      pieces[n - 1] = piece(from, chars.length, target);
      if (!walk(0, 0, from, n - 2)) return false;
    }
    return true;
  };
  if (chars.length > n * MAX_PART) return { splits, exhausted: true };
  const complete = n > 0 && chars.length >= n ? run() : true;
  return { splits, exhausted: !complete };
}
