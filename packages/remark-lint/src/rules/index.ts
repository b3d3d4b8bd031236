import { rulesFor, ruleUrl, type RuleDefinition } from '@nianbao/core';
import { nianbaoRule, type NianbaoRule } from '../rule.js';

/**
 * Every rule that can be raised on a Markdown report, one unified-lint-rule plugin per id, listed
 * from core's rule registry so that a rule added there becomes a lint rule (and a name for
 * `<!-- lint disable … -->`) without a change here. Rules across reports compare two files: a
 * linter looking at one has nothing to find.
 */
export type RuleInfo = Pick<RuleDefinition, 'id' | 'severity'> & {
  /** Where the rule is documented. */
  url: string;
  plugin: NianbaoRule;
};

export const ruleList: readonly RuleInfo[] = rulesFor('markdown')
  .filter((r) => r.category !== 'across')
  .map((r) => ({
    id: r.id,
    severity: r.severity,
    url: ruleUrl(r.id),
    plugin: nianbaoRule(r.id, ruleUrl(r.id)),
  }));

export const rules: Readonly<Record<string, NianbaoRule>> = Object.fromEntries(
  ruleList.map((r) => [r.id, r.plugin]),
);
