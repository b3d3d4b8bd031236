import type { Diagnostic, Lang } from '@nianbao/core';
import { byPosition, checkReading } from './check.js';
import { parseMarkdown } from './parse.js';
import { readTree, type MarkdownReading, type ReadOptions } from './read/index.js';
import { refusedReading } from './read/limit.js';
import { scanMarkdown } from '@nianbao/core';

export * from './write/index.js';
export { parseMarkdown } from './parse.js';
export { readTree, type MarkdownReading, type ReadOptions } from './read/index.js';
export { checkReading, byPosition, nearestSource } from './check.js';
export {
  MARKDOWN_RULES,
  MARKDOWN_RULE_IDS,
  MARKDOWN_RULES_URL,
  ruleUrl,
  type MarkdownRule,
} from './read/rules.js';
export { cellValueSpan } from './read/locate.js';
export { refusedReading, refusedTree, treeLimit } from './read/limit.js';
// The line index is core's, shared with every reader; re-exported so this package's API stays.
export { LineIndex } from '@nianbao/core';

/**
 * Reads a report from Markdown (docs/markdown-format.md): the report, where each value was read
 * from, and what is wrong with the document's structure. Never throws on text; a document that
 * is not a report at all comes back with `recognized: false` and a `section-missing` per section;
 * one past core's input limits (too large, too deeply nested) is not parsed: it comes back with
 * `limit` set and one finding that names the limit.
 */
export function fromMarkdown(text: string, options: ReadOptions = {}): MarkdownReading {
  const limit = scanMarkdown(text);
  if (limit) return refusedReading(limit, text, options);
  return readTree(parseMarkdown(text), text, options);
}

export interface CheckMarkdownOptions {
  lang?: Lang;
}

/** Every finding on a Markdown report, reader's and core's, in document order, each with its position. */
export function checkMarkdown(text: string, options: CheckMarkdownOptions = {}): Diagnostic[] {
  const reading = fromMarkdown(text, { lang: options.lang });
  return checkReading(reading, options.lang).sort(byPosition);
}
