import type { Bilingual } from '../types.js';
import type { InputKind, RuleExample } from './types.js';

/** What a sum rule says when some of its cells are blank or text, so the sum cannot be checked. */
export const INCOMPLETE_SUM: Bilingual = {
  'zh-CN': '{cell}无法核对：`{blank}`为空或不是数字',
  en: 'Cannot reconcile {cell}: unexpected blank or non-numeric `{blank}`',
};

/** The complete, reconciled report most examples change one thing in. */
export const CLEAN_JSON = 'packages/core/fixtures/realistic-2024.json';
/** A township's complete report (a level of agency with no 规章). */
export const CLEAN_TOWNSHIP_JSON = 'packages/core/fixtures/seed-yuguan-2023.json';
/** The same report as CLEAN_JSON, written in Markdown. */
export const CLEAN_MARKDOWN = 'examples/markdown-lint/reports/clean.md';

/** An example on the clean JSON report with some cells set. */
export const onReport = (
  set: Record<string, unknown>,
  base = CLEAN_JSON,
  input: InputKind = 'json',
): RuleExample => ({ input, base, set });

/** An example on the clean Markdown report with some text replaced. */
export const onMarkdown = (...replace: [from: string, to: string][]): RuleExample => ({
  input: 'markdown',
  base: CLEAN_MARKDOWN,
  replace,
});
