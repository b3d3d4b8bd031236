import { rulesIn } from '../rules/registry/lookup.js';
import type { RuleDefinition } from '../rules/registry/types.js';

/**
 * The findings of reading a document (Markdown, HTML, text, PDF, Word, JSON) rather than of its
 * numbers: the registry's `reading` rules (rules/registry/reading/), one module each. Every reader
 * uses these ids, so one broken report is reported the same way whatever it was written in.
 */
export const READ_RULES: readonly RuleDefinition[] = /* @__PURE__ */ rulesIn('reading');
