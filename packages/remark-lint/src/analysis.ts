import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { checkReading, readTree, type MarkdownReading } from '@nianbao/markdown';
import { type Diagnostic, type Lang, WeakCache } from '@nianbao/core';

/**
 * Every rule of the preset needs the same reading of the document and the same check. The first
 * rule to run on a tree computes both; the others find them here, so linting costs one read and
 * one check however many rules are on.
 */
export interface Analysis {
  reading: MarkdownReading;
  /** Reader and core findings, grouped by rule id. */
  byRule: Map<string, Diagnostic[]>;
}

const cache = new WeakCache<Root, Lang, Analysis>();

export function analyse(tree: Root, file: VFile, lang: Lang): Analysis {
  return cache.get(tree, lang, () => {
    const reading = readTree(tree, String(file.value ?? ''), { lang });
    const byRule = new Map<string, Diagnostic[]>();
    for (const d of checkReading(reading, lang)) {
      let list = byRule.get(d.ruleId);
      if (!list) {
        list = [];
        byRule.set(d.ruleId, list);
      }
      list.push(d);
    }
    return { reading, byRule };
  });
}
