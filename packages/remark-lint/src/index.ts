import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Preset } from 'unified';
import type { Lang } from '@nianbao/core';
import { remarkNianbaoLimits } from './limits.js';
import { ruleList } from './rules/index.js';

export { rules, ruleList, type RuleInfo } from './rules/index.js';
export { nianbaoRule, type NianbaoRule, type RuleOptions } from './rule.js';
export { remarkNianbaoLimits, type LimitsOptions } from './limits.js';

export interface PresetOptions {
  /** Language of the messages: zh-CN (default) or en. */
  lang?: Lang;
}

/**
 * The preset: GFM tables and YAML front matter (the report format needs both), and every rule,
 * errors as errors (remark-cli then exits 1 without `--frail`) and the rest as warnings. Core's
 * input limits come first: a hostile document is refused before remark parses it.
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
    ],
  };
}

const remarkPresetNianbao: Preset = createPreset();
export default remarkPresetNianbao;
