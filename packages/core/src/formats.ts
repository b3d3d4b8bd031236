import validate2021 from '../generated/validate-2021.js';
import { createChecker, type CheckOptions, type FormatChecker } from './check/checker.js';
import type { Diagnostic } from './check/diagnostic.js';
import type { SchemaValidator } from './check/schema-errors.js';
import { computeTotalsWith, type TotalsOptions } from './check/totals.js';
import { formatOf, formats, getFormat } from './layout/index.js';
import { buildRuleSet } from './rules/build-rules.js';
import { documentFindings, type DocumentOptions } from './document/rules.js';
import { validator2019 } from './validators/format-2019.js';
import { ValidatorRegistry } from './validators/registry.js';

/** Each format's precompiled schema validator; a format without one cannot be checked. */
const validators = new ValidatorRegistry({
  '2019': validator2019,
  '2021': { validator: validate2021 as SchemaValidator },
});

const checkers = new Map<string, FormatChecker>();

/**
 * Makes the format's checker usable: fetches its validator where it is loaded lazily (the 2019
 * format in a browser). Await it before checking a report that is not of the 2021 format in a
 * browser; in Node every format is at hand and this resolves at once.
 */
export async function loadFormat(format: string): Promise<void> {
  await validators.load(format);
}

/** Whether the format's checker can be used now, without `loadFormat`. */
export function formatReady(format: string): boolean {
  return validators.get(format) !== undefined;
}

/** The checker of a format, built once. Throws when its validator has not been loaded (see `loadFormat`). */
export function checkerFor(format: string): FormatChecker {
  let c = checkers.get(format);
  if (!c) {
    const v = validators.get(format);
    if (!v)
      throw new Error(
        Object.hasOwn(formats, format)
          ? `The validator of report format "${format}" is not loaded yet: await loadFormat('${format}') first`
          : `No validator for report format "${format}"`,
      );
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
