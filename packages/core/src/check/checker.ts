import type { FormatLayout } from '../layout/types.js';
import { compileRules, type CompiledRules } from '../rules/compile.js';
import type { RuleSet } from '../rules/types.js';
import { cellFindings } from './cell-finding.js';
import type { Diagnostic } from './diagnostic.js';
import { checkerModel, type CheckOptions } from './model.js';
import { schemaDiagnostics, type SchemaValidator } from './schema-errors.js';
import { Session, type CheckSession } from './session.js';
import { sumFinding } from './sum-finding.js';
import { valueReader } from './values.js';

export type { CheckOptions } from './model.js';
export type { CheckSession } from './session.js';

/** Everything needed to check reports of one format. */
export interface FormatChecker {
  readonly layout: FormatLayout;
  readonly rules: CompiledRules;
  /** Full check: schema, cell rules and reconciliation rules. */
  check(report: unknown, options?: CheckOptions): Diagnostic[];
  /** A check that can be updated one cell at a time (the form calls it on every input). */
  session(report: unknown, options?: CheckOptions): CheckSession;
}

/**
 * The checker of one format: the schema (precompiled validator), then the cell rules and the sums
 * of the rule set, evaluated from data over the cells read once (values.ts, cell-finding.ts,
 * sum-finding.ts); a session keeps the result up to date cell by cell (session.ts).
 */
export function createChecker(
  layout: FormatLayout,
  ruleSet: RuleSet,
  validate: SchemaValidator,
): FormatChecker {
  const rules = compileRules(ruleSet);
  const m = checkerModel(layout, ruleSet, rules);
  const readValues = valueReader(rules.paths);
  const cellPaths = new Set(rules.paths);
  const schemaFindings = (report: unknown, opts: CheckOptions): Diagnostic[] =>
    rules.schemaRule
      ? schemaDiagnostics(
          validate,
          report,
          rules.schemaRule,
          cellPaths,
          opts.lang ?? 'zh-CN',
          m.url(rules.schemaRule.id),
        )
      : [];

  return {
    layout,
    rules,
    check(report, options = {}) {
      const vals = readValues(report);
      const out = schemaFindings(report, options);
      for (let i = 0; i < m.cells.length; i++) cellFindings(m, i, vals, options, out);
      for (const s of rules.sums) {
        const d = sumFinding(m, s, vals, options);
        if (d) out.push(d);
      }
      return out;
    },
    session(report, options = {}) {
      return new Session(m, { readValues, schemaFindings }, report, options);
    },
  };
}
