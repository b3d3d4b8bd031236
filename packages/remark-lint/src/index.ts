import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Preset } from 'unified';
import type { Lang } from '@nianbao/core';
import { remarkLintComments } from './lint-comments.js';
import { remarkNianbaoLimits } from './limits.js';
import { ruleList } from './rules/index.js';

export { rules, ruleList } from './rules/index.js';
export { remarkNianbaoLimits, type LimitsOptions } from './limits.js';

export interface PresetOptions {
  /** Language of the messages: zh-CN (default) or en. */
  lang?: Lang;
}

/**
 * The preset: core's input limits first (a hostile document is refused before remark parses it),
 * GFM tables and YAML front matter (the report format needs both), every rule, errors as errors
 * (remark-cli then exits 1 without `--frail`) and the rest as warnings, and then
 * remark-message-control, so that `<!-- lint disable row-total -->`, `<!-- lint enable … -->`
 * and `<!-- lint ignore … -->` work with nianbao's rule ids as with remark-lint's (lint-comments.ts).
 * It runs last: it filters the messages the rules before it have given.
 */
export function createPreset(options: PresetOptions = {}): Preset {
  const lang = options.lang ?? 'zh-CN';
  return {
    plugins: [
      [remarkNianbaoLimits, { lang }],
      remarkGfm,
      [remarkFrontmatter, ['yaml']],
      ...ruleList.map(
        (r) =>
          [r.plugin, [r.severity === 'error' ? 'error' : 'warn', { lang }]] as [
            typeof r.plugin,
            unknown,
          ],
      ),
      remarkLintComments,
    ],
  };
}

const remarkPresetNianbao: Preset = createPreset();
export default remarkPresetNianbao;
