import { labelText } from '../../layout/cells.js';
import { editDistance } from '../match.js';
import { fold, normalizeLabel, splitNumbering, squeeze } from '../normalize.js';
import type { RowNode, TableModel } from './model.js';

/**
 * A row label with a character dropped or swapped (`2.其他法律行政法规禁公开`, `2.重复申`) that the
 * matcher cannot name on its own, named by its place: under the group being read, the row its
 * numbering gives, when the words are still close to that row's. Short labels are altered past
 * what a distance alone can tell apart; their place can.
 */

/** Largest share of a label's characters that may differ when its place names it. */
const PLACE_RATIO = 0.34;

const numberOf = (no: string) => fold(no).replace(/[、.．)）(（\s]/g, '');

export function rowByPlace(
  m: TableModel,
  context: readonly RowNode[],
  text: string,
): { node: RowNode; suggestion: string } | null {
  const group = context[context.length - 1];
  if (!group) return null;
  const written = normalizeLabel(text);
  const no = numberOf(splitNumbering(squeeze(text)).no);
  if (!no || !written.full) return null;
  const siblings = m.blocks[group.block].leaves.filter(
    (l) => l.parent === group && numberOf(l.node.label.no ?? '') === no,
  );
  if (siblings.length !== 1) return null;
  const node = siblings[0];
  const key = normalizeLabel(node.node.label.zh).full;
  const bound = Math.max(1, Math.floor(Math.max(key.length, written.full.length) * PLACE_RATIO));
  if (editDistance(written.full, key, bound) > bound) return null;
  return { node, suggestion: labelText(node.node.label) };
}
