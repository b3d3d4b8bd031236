import type { Diagnostic } from '../check/diagnostic.js';
import { RULES } from '../rules/build-rules.js';

/**
 * What a document reader does with the checker's findings on the report it read: a blank it has
 * already explained (the row, the table, the section or the rest of the document is missing,
 * said once by `row-missing`, `table-missing`, `section-missing`, `table-incomplete`) is not
 * reported again cell by cell, nor a sum that cannot be checked for that reason alone.
 */

const SUM_RULES = new Set(RULES.filter((r) => r.kind === 'sum').map((r) => r.id));

/** Is this checker finding about a cell the reader found absent, or a sum left unchecked by one? */
export function explainedByReader(d: Diagnostic, absent: ReadonlySet<string>): boolean {
  if (absent.has(d.path)) return true;
  // A sum rule that could not be evaluated says so without an expected value.
  if (SUM_RULES.has(d.ruleId) && d.expected === undefined)
    return d.paths.some((p) => absent.has(p));
  return false;
}

/** Document order; findings without a place last, in their original order. */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.source?.offset ?? Number.MAX_SAFE_INTEGER) - (b.source?.offset ?? Number.MAX_SAFE_INTEGER)
  );
}
