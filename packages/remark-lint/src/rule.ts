import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { lintRule } from 'unified-lint-rule';
import type { Lang } from '@nianbao/core';
import { analyse } from './analysis.js';
import { emit } from './message.js';

export interface RuleOptions {
  /** Language of the messages: zh-CN (default) or en. */
  lang?: Lang;
}

export type NianbaoRule = Plugin<[(RuleOptions | [unknown, RuleOptions?] | unknown)?], Root>;

/**
 * One lint rule: reports the findings with this id. The finding itself comes from the shared
 * analysis (the Markdown reader and core's checker), so no rule re-implements a check.
 */
export function nianbaoRule(id: string, url: string): NianbaoRule {
  return lintRule<Root, RuleOptions | undefined>(
    { origin: `nianbao:${id}`, url },
    (tree, file, options) => {
      const lang: Lang = options?.lang === 'en' ? 'en' : 'zh-CN';
      const a = analyse(tree, file, lang);
      for (const d of a.byRule.get(id) ?? []) emit(file, d, a.reading, lang);
    },
  ) as unknown as NianbaoRule;
}
