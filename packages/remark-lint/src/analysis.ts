import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { checkReading, readTree, type MarkdownReading } from '@nianbao/markdown';
import type { Diagnostic, Lang } from '@nianbao/core';

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

const cache = new WeakMap<Root, Map<Lang, Analysis>>();

export function analyse(tree: Root, file: VFile, lang: Lang): Analysis {
  let perLang = cache.get(tree);
  if (!perLang) {
    perLang = new Map();
    cache.set(tree, perLang);
  }
  let a = perLang.get(lang);
  if (!a) {
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
    a = { reading, byRule };
    perLang.set(lang, a);
  }
  return a;
}
