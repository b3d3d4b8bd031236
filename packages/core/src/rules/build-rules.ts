import { axisLeaves, cellsOf, tableOf } from '../layout/cells.js';
import type { FormatLayout } from '../layout/types.js';
import { DATA_RULES } from './registry/data-rules.js';
import { RULES_DOCS_URL } from './registry/url.js';
import type { Bilingual, Rule, RuleSet } from './types.js';

/**
 * The reconciliation rules (勾稽关系) and cell rules as data. The named sets are read off the
 * layout, so the JSON written by `generate` lists every path explicitly and other projects can
 * evaluate it without our code.
 */

export { RULES_DOCS_URL };

export function ruleSets(layout: FormatLayout): Record<string, string[]> {
  const t3 = tableOf(layout, 'table3').blocks[0];
  const rowPaths = axisLeaves(t3.rows).map((r) => [t3.base, ...r.segments].join('/'));
  const derivedRow = (r: ReturnType<typeof axisLeaves>[number]) => r.chain.some((n) => n.derived);
  const outcomes = axisLeaves(t3.rows).filter((r) => r.segments[0] === 'outcomes');
  const colKeys = axisLeaves(t3.columns).map((c) => c.segments.join('/'));
  const colLeaves = axisLeaves(t3.columns);

  const t4 = tableOf(layout, 'table4').blocks[0];
  const t4cols = axisLeaves(t4.columns);
  const groups = [...new Set(t4cols.map((c) => [t4.base, ...c.segments.slice(0, -1)].join('/')))];
  const groupCols = [...new Set(t4cols.map((c) => c.segments[c.segments.length - 1]))];
  const t4Derived = new Set(
    t4cols.filter((c) => c.chain.some((n) => n.derived)).map((c) => c.segments.at(-1)!),
  );

  const cells = cellsOf(layout);
  return {
    'table3.rows': rowPaths,
    'table3.columns': colKeys,
    'table3.applicantColumns': colLeaves
      .filter((c) => !c.chain.some((n) => n.derived))
      .map((c) => c.segments.join('/')),
    'table3.resultRows': outcomes
      .filter((r) => !derivedRow(r))
      .map((r) => [t3.base, ...r.segments].join('/')),
    'table4.groups': groups,
    'table4.resultColumns': groupCols.filter((c) => !t4Derived.has(c)),
    cells: cells.map((c) => c.path),
    countCells: cells.filter((c) => c.kind !== 'money').map((c) => c.path),
    unsignedCells: cells.filter((c) => c.kind !== 'signed').map((c) => c.path),
  };
}

/**
 * The table rules' data, as the evaluator and other projects read it (rules-<format>.json): each
 * rule's metadata and data come from its module in the registry.
 */
export const RULES: Rule[] = DATA_RULES.map((r): Rule => {
  const meta = { severity: r.severity, title: r.title, description: r.description };
  const messages = r.messages as Record<string, Bilingual>;
  const message = Object.values(messages)[0];
  const { id, data } = r;
  switch (data.kind) {
    case 'sum': {
      const { kind, ...sum } = data;
      const { mismatch, incomplete } = messages;
      return { id, kind, ...meta, ...sum, messages: { mismatch, incomplete } };
    }
    case 'cell': {
      const { kind, ...cell } = data;
      return { id, kind, ...meta, ...cell, message };
    }
    default:
      return { id, kind: data.kind, ...meta, message };
  }
});

export function buildRuleSet(layout: FormatLayout): RuleSet {
  return { format: layout.format, docs: RULES_DOCS_URL, sets: ruleSets(layout), rules: RULES };
}
