import { DOCUMENT_RULES, RULES, RULES_DOCS_URL, type Severity } from '@nianbao/core';
import { MARKDOWN_RULES } from '@nianbao/markdown';
import { nianbaoRule, type NianbaoRule } from '../rule.js';

/**
 * Every rule, one unified-lint-rule plugin per id, listed from the rules' data so that a rule added
 * to core becomes a lint rule without a change here: the reading rules (sections, tables, rows,
 * labels, front matter), core's table rules (勾稽关系 and cells) and core's document rules (years,
 * citations, narrative against tables, plausibility, deadline).
 */
export interface RuleInfo {
  id: string;
  /** Severity the preset turns it on with; users may change it in their configuration. */
  severity: Severity;
  url: string;
  plugin: NianbaoRule;
}

/** Rules that compare two reports (this year's carry-over against last year's): nothing to find in one document. */
const ACROSS_REPORTS = new Set(['carry-over-mismatch']);

const coreUrl = (id: string) => RULES_DOCS_URL.replace('{id}', id);

export const ruleList: readonly RuleInfo[] = [
  ...MARKDOWN_RULES.map((r) => ({ id: r.id, severity: r.severity, url: r.url })),
  ...RULES.map((r) => ({ id: r.id, severity: r.severity, url: coreUrl(r.id) })),
  ...DOCUMENT_RULES.filter((r) => !ACROSS_REPORTS.has(r.id)).map((r) => ({
    id: r.id,
    severity: r.severity,
    url: coreUrl(r.id),
  })),
].map((r) => ({ ...r, plugin: nianbaoRule(r.id, r.url) }));

export const rules: Readonly<Record<string, NianbaoRule>> = Object.fromEntries(
  ruleList.map((r) => [r.id, r.plugin]),
);
