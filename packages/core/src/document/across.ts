import { axisLeaves, cellsOf, describeCell, tableOf } from '../layout/cells.js';
import { getFormat } from '../layout/index.js';
import type { Lang } from '../layout/types.js';
import { getAt, setAt } from '../pointer.js';
import { makeDiagnostic, show, type Diagnostic } from '../check/diagnostic.js';
import { RULES_DOCS_URL } from '../rules/build-rules.js';

/**
 * Rules and operations across reports: this year's carry-over against last year's, and the
 * roll-up of several agencies' tables into one.
 */

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const formatOf = (r: unknown) => (getAt(r, '/format') === '2019' ? '2019' : '2021');

/**
 * R6: this year's 二、上年结转 equals last year's 四、结转下年度继续办理, column by column. Rows
 * 一, 二, 四 and the columns are the same in 2019 and 2021, so this holds across the switch.
 */
export function carryOverFindings(
  previous: unknown,
  current: unknown,
  options: { lang?: Lang; previousName?: string; docsUrl?: string } = {},
): Diagnostic[] {
  const layout = getFormat(formatOf(current));
  const t3 = tableOf(layout, 'table3').blocks[0];
  const columns = axisLeaves(t3.columns).map((c) => c.segments.join('/'));
  const cells = cellsOf(layout);
  const out: Diagnostic[] = [];
  const prevYear = getAt(previous, '/meta/year');
  const name =
    options.previousName ?? (typeof prevYear === 'number' ? `${prevYear}年度报告` : '上年度报告');
  for (const col of columns) {
    const here = `${t3.base}/carriedOver/${col}`;
    const there = `${t3.base}/carriedForward/${col}`;
    const now = getAt(current, here);
    const before = getAt(previous, there);
    if (!isNum(now) || !isNum(before) || now === before) continue;
    const cell = cells.find((c) => c.path === here)!;
    out.push(
      makeDiagnostic(
        {
          ruleId: 'carry-over-mismatch',
          severity: 'error',
          path: here,
          paths: [here],
          actual: now,
          expected: before,
          url: (options.docsUrl ?? RULES_DOCS_URL).replace('{id}', 'carry-over-mismatch'),
          templates: {
            'zh-CN': '{cell}为`{actual}`，应等于{previous}的“结转下年度继续办理”`{expected}`',
            en: 'Unexpected `{actual}` in {cell}, expected `{expected}` carried forward in {previous}',
          },
          values: {
            'zh-CN': {
              cell: describeCell(cell, 'zh-CN'),
              actual: show(now),
              expected: show(before),
              previous: name,
            },
            en: {
              cell: describeCell(cell, 'en'),
              actual: show(now),
              expected: show(before),
              previous: name,
            },
          },
        },
        options.lang ?? 'zh-CN',
      ),
    );
  }
  return out;
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
