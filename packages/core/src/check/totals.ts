import { readAt, setAt } from '../pointer.js';
import type { FormatChecker } from './checker.js';

export interface TotalsOptions {
  /**
   * When a total's operands are not all numbers: keep what the total holds (default, as a
   * command-line fix should), or blank it (as a form with live sums shows it).
   */
  incomplete?: 'keep' | 'blank';
}

/**
 * Fills the derived cells (row totals, 三（七）总计, table 四 totals) from the leaf cells. Never
 * touches a leaf, never reads a blank as 0. Returns a new report; the input is not changed.
 */
export function computeTotalsWith<T>(checker: FormatChecker, report: T, options: TotalsOptions = {}): T {
  const { rules } = checker;
  const out = structuredClone(report) as Record<string, unknown>;
  const segs = rules.paths.map((p) => p.slice(1).split('/'));
  for (const k of rules.derivations) {
    const inst = rules.sums[k];
    let sum = 0;
    let complete = true;
    for (const i of inst.left) {
      const v = readAt(out, segs[i]);
      if (typeof v === 'number' && Number.isFinite(v)) sum += v;
      else complete = false;
    }
    if (complete) setAt(out, rules.paths[inst.primary], sum);
    else if (options.incomplete === 'blank') setAt(out, rules.paths[inst.primary], null);
  }
  return out as T;
}
