import { readAt, segmentsOf, setAt } from '../pointer.js';
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
 * touches a leaf, never reads a blank as 0. Returns a new report and leaves the input as it was;
 * parts of the report that hold no total (meta, narratives) are shared with the input, not copied.
 */
export function computeTotalsWith<T>(
  checker: FormatChecker,
  report: T,
  options: TotalsOptions = {},
): T {
  const { rules } = checker;
  // Copy on write: only the objects on the way to a total are copied; the rest is shared, so a
  // hostile document (deep nesting, huge strings) elsewhere costs nothing and cannot overflow.
  const copied = new Set<object>();
  const own = (o: Record<string, unknown>) => {
    const c = { ...o };
    copied.add(c);
    return c;
  };
  const isObject = (v: unknown): v is Record<string, unknown> =>
    v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isObject(report)) return report;
  const out = own(report);
  const write = (segments: string[], path: string, value: unknown) => {
    let o = out;
    for (const key of segments.slice(0, -1)) {
      const next = Object.hasOwn(o, key) ? o[key] : undefined;
      // Past a missing or non-object step, setAt builds fresh objects: nothing shared to copy.
      if (!isObject(next)) break;
      if (!copied.has(next)) o[key] = own(next);
      o = o[key] as Record<string, unknown>;
    }
    setAt(out, path, value);
  };
  const segs = rules.paths.map(segmentsOf);
  for (const k of rules.derivations) {
    const inst = rules.sums[k];
    let sum = 0;
    let complete = true;
    for (const i of inst.left) {
      const v = readAt(out, segs[i]);
      if (typeof v === 'number' && Number.isFinite(v)) sum += v;
      else complete = false;
    }
    if (complete) write(segs[inst.primary], rules.paths[inst.primary], sum);
    else if (options.incomplete === 'blank')
      write(segs[inst.primary], rules.paths[inst.primary], null);
  }
  return out as T;
}
