import { labelText } from '../../layout/cells.js';
import type { Lang } from '../../layout/types.js';
import { ruleById, ruleMessage } from '../../rules/registry/lookup.js';
import type { Bilingual, Severity } from '../../rules/types.js';
import type { RowNode } from './model.js';

/**
 * What the grid reader says about rows and labels: the case of each rule's messages it uses (the
 * wording and severity are the rule's module's, in rules/registry/reading/).
 */
const GRID_CASES: Record<string, string> = {
  'row-unknown': 'unknown',
  'row-missing': 'inTable',
  'row-duplicate': 'repeated',
  'label-variant': 'inTable',
  'cell-normalized': 'normalized',
  'format-outdated': 'singleRow',
};

export const TEMPLATES: Record<string, Bilingual> = Object.fromEntries(
  Object.entries(GRID_CASES).map(([id, message]) => [id, ruleMessage(id, message)]),
);

export const SEVERITY: Record<string, Severity> = Object.fromEntries(
  Object.keys(GRID_CASES).map((id) => [id, ruleById(id).severity]),
);

/** A row named in the template's words: nested rows from their group down, as describeCell does. */
export function rowName(r: RowNode, lang: Lang): string {
  const chain = r.chain.filter((l) => l.zh);
  if (lang === 'en') return chain.map((l) => l.en).join(' › ');
  return (chain.length > 1 ? chain.slice(1) : chain).map(labelText).join(' ');
}
