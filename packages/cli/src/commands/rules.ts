import { RULE_REGISTRY, ruleInfo, type Lang } from '@nianbao/core';
import { EXIT } from '../exit.js';
import { t } from '../i18n.js';
import type { Io } from '../output/sink.js';
import { displayWidth } from '../output/stylish.js';

export interface RulesOptions {
  json: boolean;
  lang: Lang;
}

/**
 * `nianbao rules`: every rule of core's registry, one line each (id, category, severity, whether
 * `fix` repairs it, title), or with `--json` every rule's declaration as data.
 */
export async function runRules({ json, lang }: RulesOptions, io: Io): Promise<number> {
  if (json) {
    await io.out.write(`${JSON.stringify(RULE_REGISTRY.map(ruleInfo), null, 2)}\n`);
    return EXIT.ok;
  }
  const width = Math.max(...RULE_REGISTRY.map((r) => r.id.length));
  const severities = RULE_REGISTRY.map((r) => t(lang, `severity.${r.severity}`));
  const sevWidth = Math.max(...severities.map(displayWidth));
  const fixable = lang === 'en' ? 'fixable' : '可修正';
  const lines = RULE_REGISTRY.map(
    (r, i) =>
      `${r.id.padEnd(width)}  ${r.category.padEnd(8)}  ${severities[i]}${' '.repeat(sevWidth - displayWidth(severities[i]))}  ${r.title[lang]}${r.fixable ? (lang === 'en' ? ` (${fixable})` : `（${fixable}）`) : ''}`,
  );
  await io.out.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
