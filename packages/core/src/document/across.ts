import { cellsOf } from '../layout/cells.js';
import { formatOf, getFormat } from '../layout/index.js';
import type { Lang } from '../layout/types.js';
import { getAt, setAt } from '../pointer.js';
import type { Diagnostic } from '../check/diagnostic.js';
import carryOver from '../rules/registry/across/carry-over-mismatch.js';
import { ruleFinding } from '../rules/registry/lookup.js';

/**
 * Rules and operations across reports: this year's carry-over against last year's (its rule is
 * rules/registry/across/carry-over-mismatch.ts), and the roll-up of several agencies' tables.
 */

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** This year's 二、上年结转 against last year's 四、结转下年度继续办理, column by column. */
export function carryOverFindings(
  previous: unknown,
  current: unknown,
  options: { lang?: Lang; previousName?: string; docsUrl?: string } = {},
): Diagnostic[] {
  const prevYear = getAt(previous, '/meta/year');
  const name =
    options.previousName ?? (typeof prevYear === 'number' ? `${prevYear}年度报告` : '上年度报告');
  return carryOver
    .check(previous, current, name)
    .map((f) =>
      ruleFinding({ rule: carryOver.id, ...f }, options.lang ?? 'zh-CN', options.docsUrl),
    );
}

/**
 * Sums several reports of one format into one consolidated report (the roll-up a county office
 * makes of its departments). A cell blank or not a number in any input stays blank in the sum:
 * adding the others would understate it.
 */
export function aggregateReports<T>(
  reports: T[],
  meta: { agency: string; year: number; title?: string },
): T {
  if (reports.length === 0) throw new Error('Nothing to aggregate');
  const format = formatOf(reports[0]);
  const mixed = reports.findIndex((r) => formatOf(r) !== format);
  if (mixed >= 0)
    throw new Error(
      `Report ${mixed + 1} is laid out on the ${formatOf(reports[mixed])} format, the first on ${format}`,
    );
  const layout = getFormat(format);
  const out = structuredClone(reports[0]) as Record<string, unknown>;
  out.meta = { ...meta };
  out.overview = '';
  out.problems = '';
  out.otherMatters = '';
  for (const cell of cellsOf(layout)) {
    let sum: number | null = 0;
    for (const r of reports) {
      const v = getAt(r, cell.path);
      sum = sum !== null && isNum(v) ? sum + v : null;
    }
    setAt(out, cell.path, sum === null ? null : Math.round(sum * 1e6) / 1e6);
  }
  return out as T;
}
