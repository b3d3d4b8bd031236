export * from './layout/index.js';
export * from './check/diagnostic.js';
export * from './check/checker.js';
export * from './check/totals.js';
export * from './check/schema-errors.js';
export * from './rules/types.js';
export { RULES, RULES_DOCS_URL } from './rules/build-rules.js';
export * from './read/index.js';
export * from './pointer.js';
export { escapeHtml } from './escape-html.js';
export { WeakCache } from './weak-cache.js';
export * from './formats.js';
export * from './document/index.js';
export type * from './generated/report-2021.js';
export type { Report2019 } from './generated/report-2019.js';
export * from './limits/index.js';
export * from './rules/registry/types.js';
export { RULE_CHECKS, RULE_REGISTRY } from './rules/registry/index.js';
export {
  checksFor,
  findRule,
  ruleById,
  ruleFinding,
  ruleInfo,
  ruleMessage,
  rulesFor,
  rulesIn,
  ruleUrl,
} from './rules/registry/lookup.js';
export { exampleText, EXAMPLE_FILE } from './rules/registry/examples.js';
