import { checkDocument, RULES, type Diagnostic, type Lang } from '@nianbao/core';
import type { ImportReading } from './model.js';

/**
 * Core's findings on an imported report (tables and document rules), placed where the document
 * says them, together with the reader's own. A blank the reader already explained (the row, the
 * table or the rest of the document is missing) is not reported again, nor a sum that cannot be
 * checked for that reason alone.
 */

const SUM_RULES = new Set(RULES.filter((r) => r.kind === 'sum').map((r) => r.id));

function explained(d: Diagnostic, absent: ReadonlySet<string>): boolean {
  if (absent.has(d.path)) return true;
  // A sum rule that could not be evaluated says so without an expected value.
  if (SUM_RULES.has(d.ruleId) && d.expected === undefined) return d.paths.some((p) => absent.has(p));
  return false;
}

export function checkReading(reading: ImportReading, lang: Lang = 'zh-CN'): Diagnostic[] {
  const core = checkDocument(reading.report, { lang, sources: reading.sources, locate: reading.locate });
  const placed = core
    .filter((d) => !explained(d, reading.absent))
    .map((d) => (d.source || !reading.sources.has(d.path) ? d : { ...d, source: reading.sources.get(d.path) }));
  return [...reading.findings, ...placed].sort(byPosition);
}

/** Document order; findings without a place last, in their original order. */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (a.source?.offset ?? Number.MAX_SAFE_INTEGER) - (b.source?.offset ?? Number.MAX_SAFE_INTEGER);
}
