import type { CellKind } from '../../layout/types.js';
import { splitRun, type Piece, type RowSum } from './split.js';

/**
 * Splits every glued row of a table at once. Rows are not independent: a row that reads two
 * ways alone (`121000013` is 12/1/0/0/0/0/13 or 1/2/10/0/0/0/13) is settled by the sums running
 * down the columns (新收 + 结转 = （七）总计 + 结转下年度; the outcome rows add up to （七）). The
 * sums are the format's own reconciliation rules, given as cell pointers; nothing here knows the
 * template. Only a split that every usable sum accepts is taken; where several remain, the row is
 * reported with its candidates, never guessed.
 *
 * A sum the report breaks whatever the split (its own arithmetic error) says nothing about the
 * split and is set aside, so that the error is read as written and found by the rules.
 */

/** A sum over cells: the pointers of `plus` add up to those of `minus`. */
export interface CellSum {
  plus: readonly string[];
  minus: readonly string[];
}

export interface GluedInput {
  /** Pointers of the row's cells, in column order. */
  paths: readonly string[];
  kinds: readonly CellKind[];
  /** The run as written. */
  text: string;
}

export interface GluedRowResult {
  input: GluedInput;
  /** The splits left, distinct, in the order found; one when the row is settled. */
  candidates: Piece[][];
  /** No split satisfies the row's own sums: the candidates are every split that reads. */
  inconsistent: boolean;
  /** Too many ways to cut: nothing is read from the row. */
  exhausted: boolean;
}

/** Complete assignments looked for, and search nodes, before the solver stops counting. */
const MAX_SOLUTIONS = 64;
const MAX_NODES = 100_000;

type Known = (path: string) => number | undefined;

/** The row sums of `sums` that lie inside one row, as column indexes. */
export function rowSums(paths: readonly string[], sums: readonly CellSum[]): RowSum[] {
  const col = new Map(paths.map((p, i) => [p, i]));
  return sums
    .filter((s) => [...s.plus, ...s.minus].every((p) => col.has(p)))
    .map((s) => ({ plus: s.plus.map((p) => col.get(p)!), minus: s.minus.map((p) => col.get(p)!) }));
}

interface Linear {
  /** Rows involved, with the columns they contribute to (+1 or -1 each). */
  terms: { row: number; col: number; sign: number }[];
  /** Sum of the cells read normally, moved to the left: terms + constant must be 0. */
  constant: number;
  rows: number[];
}

/** A sum across rows, over the glued rows it touches; null when it cannot be evaluated. */
function linear(
  sum: CellSum,
  where: Map<string, { row: number; col: number }>,
  known: Known,
): Linear | null {
  const terms: Linear['terms'] = [];
  let constant = 0;
  for (const [list, sign] of [
    [sum.plus, 1],
    [sum.minus, -1],
  ] as const) {
    for (const p of list) {
      const at = where.get(p);
      if (at) terms.push({ ...at, sign });
      else {
        const v = known(p);
        if (v === undefined) return null;
        constant += sign * v;
      }
    }
  }
  const rows = [...new Set(terms.map((t) => t.row))];
  return rows.length ? { terms, constant, rows } : null;
}

/** The partial sums a constraint can reach, row by row: empty when no choice satisfies it. */
function satisfiable(c: Linear, domains: Piece[][][]): boolean {
  let reach = new Set([c.constant]);
  for (const r of c.rows) {
    const next = new Set<number>();
    const cols = c.terms.filter((t) => t.row === r);
    for (const cand of domains[r]) {
      const add = cols.reduce((a, t) => a + t.sign * cand[t.col].value, 0);
      for (const v of reach) next.add(v + add);
      if (next.size > 50_000) return true;
    }
    reach = next;
  }
  return reach.has(0);
}

const key = (s: Piece[]) => s.map((p) => p.text).join('/');

export function solveGlued(
  inputs: readonly GluedInput[],
  sums: readonly CellSum[],
  known: Known,
): GluedRowResult[] {
  const results: GluedRowResult[] = inputs.map((input) => {
    const own = rowSums(input.paths, sums);
    const strict = splitRun(input.text, input.kinds, own);
    if (strict.exhausted) return { input, candidates: [], inconsistent: false, exhausted: true };
    if (strict.splits.length)
      return { input, candidates: strict.splits, inconsistent: false, exhausted: false };
    const loose = splitRun(input.text, input.kinds, []);
    return {
      input,
      candidates: loose.exhausted ? [] : loose.splits,
      inconsistent: true,
      exhausted: loose.exhausted,
    };
  });

  // Rows still open, and the sums across rows that can tell their splits apart.
  const open = results.flatMap((r, i) => (r.candidates.length > 1 ? [i] : []));
  if (!open.length) return results;
  const where = new Map<string, { row: number; col: number }>();
  const settled = new Map<string, number>();
  results.forEach((r, i) => {
    r.input.paths.forEach((p, col) => {
      if (r.candidates.length > 1) where.set(p, { row: i, col });
      else if (r.candidates.length === 1) settled.set(p, r.candidates[0][col].value);
    });
  });
  const value: Known = (p) => settled.get(p) ?? known(p);
  const domains = results.map((r) => r.candidates);
  const constraints = sums
    .map((s) => linear(s, where, value))
    .filter((c): c is Linear => c !== null && c.rows.length > 0)
    .filter((c) => satisfiable(c, domains));
  if (!constraints.length) return results;

  const order = [...open].sort((a, b) => domains[a].length - domains[b].length);
  let found = search(order, domains, constraints);
  // No split fits every sum: the report may break one sum itself (its own error). If, whichever
  // single sum is set aside, the splits left are the same one, that one is read and the broken
  // sum is left for the rules to report; otherwise the rows stay ambiguous.
  if (found && !found.solutions && constraints.length <= MAX_RETRIES) {
    const each = constraints.map((_, i) =>
      search(
        order,
        domains,
        constraints.filter((__, j) => j !== i),
      ),
    );
    const some = each.filter((f): f is Found => f !== null && f.solutions > 0);
    found =
      each.every((f) => f !== null) && some.length
        ? some.reduce((a, f) => ({
            solutions: a.solutions + f.solutions,
            kept: a.kept.map((k, r) => unique([...k, ...f.kept[r]])),
          }))
        : null;
  }
  // Too many assignments to count, or none: the candidates stay as they were.
  if (!found?.solutions) return results;
  for (const r of open) results[r] = { ...results[r], candidates: found.kept[r] };
  return results;
}

/** Sums set aside one at a time, at most: past this many the retry costs more than it tells. */
const MAX_RETRIES = 64;

const unique = (splits: Piece[][]) => {
  const seen = new Set<string>();
  return splits.filter((s) => !seen.has(key(s)) && seen.add(key(s)));
};

interface Found {
  solutions: number;
  /** Per row, the distinct splits in some assignment. */
  kept: Piece[][][];
}

/**
 * Backtracking over the open rows, fewest candidates first; a constraint is checked once all its
 * rows are chosen. Null when the search was cut short (too many nodes or assignments).
 */
function search(order: number[], domains: Piece[][][], constraints: Linear[]): Found | null {
  const position = new Map(order.map((r, i) => [r, i]));
  const dueAt: Linear[][] = order.map(() => []);
  for (const c of constraints) dueAt[Math.max(...c.rows.map((r) => position.get(r) ?? 0))].push(c);
  const chosen = new Map<number, Piece[]>();
  const kept: Piece[][][] = domains.map(() => []);
  const seen: Set<string>[] = domains.map(() => new Set());
  let solutions = 0;
  let nodes = 0;
  const holds = (c: Linear) =>
    c.terms.reduce((a, t) => a + t.sign * (chosen.get(t.row)?.[t.col].value ?? 0), c.constant) ===
    0;
  const walk = (i: number): boolean => {
    if (++nodes > MAX_NODES) return false;
    if (i === order.length) {
      solutions++;
      for (const [r, s] of chosen) {
        const k = key(s);
        if (!seen[r].has(k)) seen[r].add(k), kept[r].push(s);
      }
      return solutions < MAX_SOLUTIONS;
    }
    const r = order[i];
    for (const cand of domains[r]) {
      chosen.set(r, cand);
      if (dueAt[i].every(holds) && !walk(i + 1)) return false;
    }
    chosen.delete(r);
    return true;
  };
  return walk(0) ? { solutions, kept } : null;
}
