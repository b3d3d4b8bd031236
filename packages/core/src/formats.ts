import validate2019 from '../generated/validate-2019.js';
import validate2021 from '../generated/validate-2021.js';
import { createChecker, type CheckOptions, type FormatChecker } from './check/checker.js';
import type { Diagnostic } from './check/diagnostic.js';
import type { SchemaValidator } from './check/schema-errors.js';
import { computeTotalsWith, type TotalsOptions } from './check/totals.js';
import { formatOf, getFormat } from './layout/index.js';
import { buildRuleSet } from './rules/build-rules.js';
import { documentFindings, type DocumentOptions } from './document/rules.js';

/** Each format's precompiled schema validator; a format without one cannot be checked. */
const validators: Record<string, SchemaValidator> = {
  '2019': validate2019 as SchemaValidator,
  '2021': validate2021 as SchemaValidator,
};

const checkers = new Map<string, FormatChecker>();

/** The checker of a format, built once. */
export function checkerFor(format: string): FormatChecker {
  let c = checkers.get(format);
  if (!c) {
    const v = Object.hasOwn(validators, format) ? validators[format] : undefined;
    if (!v) throw new Error(`No validator for report format "${format}"`);
    const layout = getFormat(format);
    c = createChecker(layout, buildRuleSet(layout), v);
    checkers.set(format, c);
  }
  return c;
}

/** Checks a report of any known format: schema, cell rules and reconciliation rules. */
export function checkReport(report: unknown, options?: CheckOptions): Diagnostic[] {
  return checkerFor(formatOf(report)).check(report, options);
}

/**
 * Checks everything that can be checked in one report: the tables (checkReport) and the document
 * rules (format, citations, years, narrative against tables, plausibility, deadline).
 */
export function checkDocument(
  report: unknown,
  options: CheckOptions & DocumentOptions = {},
): Diagnostic[] {
  return [...checkReport(report, options), ...documentFindings(report, options)];
}

/** Fills every derived total from the leaf cells (see `computeTotalsWith`). */
export function computeTotals<T>(report: T, options?: TotalsOptions): T {
  return computeTotalsWith(checkerFor(formatOf(report)), report, options);
}
