import { cellAt, describeCell, getAt, type FormatLayout, type Lang } from '@nianbao/core';
import { say } from './messages.js';

/** A total a loaded report stated that autosum replaced, with both values as they were at load. */
export interface ReplacedTotal {
  path: string;
  was: unknown;
  now: unknown;
}

/** How many replaced totals a notice names before it says "and N more". */
const NAMED = 3;

/**
 * The totals a loaded report states that autosum replaced with other values: a report whose own
 * totals do not match their parts must not be corrected silently. A total the report left blank
 * and autosum filled in is no replacement.
 */
export function replacedTotals(
  derived: readonly string[],
  stated: unknown,
  computed: unknown,
): ReplacedTotal[] {
  const out: ReplacedTotal[] = [];
  for (const path of derived) {
    const was = getAt(stated, path);
    const now = getAt(computed, path);
    if (was !== null && was !== undefined && !Object.is(was, now)) out.push({ path, was, now });
  }
  return out;
}

const showValue = (v: unknown, lang: Lang): string =>
  v === null || v === undefined
    ? say(lang, 'blankValue')
    : typeof v === 'string'
      ? `“${v}”`
      : String(v);

/** The notice for replaced totals in `lang`: how many, and the first few by name with both values. */
export function replacedTotalsNotice(
  layout: FormatLayout,
  replaced: readonly ReplacedTotal[],
  lang: Lang,
): string {
  if (!replaced.length) return '';
  const cells = replaced
    .slice(0, NAMED)
    .map(({ path, was, now }) => {
      const cell = cellAt(layout, path);
      return say(lang, 'totalReplaced', {
        cell: cell ? describeCell(cell, lang) : path,
        was: showValue(was, lang),
        now: showValue(now, lang),
      });
    })
    .join(lang === 'en' ? '; ' : '；');
  const more =
    replaced.length > NAMED ? say(lang, 'totalsMore', { n: replaced.length - NAMED }) : '';
  return say(lang, 'totalsReplaced', { n: replaced.length, cells, more });
}
