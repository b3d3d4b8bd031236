import { setAt } from '@nianbao/core';
import type { Defect } from './defects.js';
import { cells, type Generated, leaves, num, pick, type Rand } from './generate.js';
import { lineOfCell, render } from './render.js';
import { FORMATS, type Format } from './shapes/index.js';

/** Defects in the numbers: a cell that is wrong, blank or written with words, found at the cell. */

const RECONCILIATION: string[] = [
  'applications-balance',
  'row-total',
  'outcomes-total',
  'review-litigation-total',
];
/** A defect in one cell: the model gets `value`, expected at the cell. */
function cellDefect(
  id: string,
  title: string,
  choose: (g: Generated, rand: Rand) => { path: string; value: unknown },
  rules: (f: Format) => string[],
  consequences: string[] = RECONCILIATION,
): Defect {
  return {
    id,
    title,
    formats: FORMATS,
    inject(g, format, rand) {
      const { path, value } = choose(g, rand);
      const report = structuredClone(g.report);
      setAt(report, path, value);
      return {
        text: render(g, report, format),
        expect: {
          rules: rules(format),
          paths: [path],
          lines: lineOfCell(g, report, format, path),
          consequences,
        },
      };
    },
  };
}

const totals = cells.filter((c) => c.derived);
const countLeaves = leaves.filter((c) => c.kind === 'count');
const blankish = (symbol: string | null) => (g: Generated, rand: Rand) => ({
  path: pick(rand, leaves).path,
  value: symbol,
});

export const CELL_DEFECTS: Defect[] = [
  cellDefect(
    'total-off',
    'a total off by k',
    (g, rand) => {
      const c = pick(rand, totals);
      const v = num(g.report, c.path);
      const k = pick(rand, [-3, -1, 1, 2, 5]);
      // Off, never negative: a negative total would be a second defect.
      return { path: c.path, value: v + k >= 0 ? v + k : v - k };
    },
    () => RECONCILIATION,
    [...RECONCILIATION, 'narrative-table-mismatch'],
  ), // a changed total may contradict a sentence
  cellDefect('cell-blank', 'a blank cell', blankish(null), () => ['cell-blank']),
  cellDefect('cell-slash', '`/` in a cell', blankish('/'), () => ['cell-blank']),
  cellDefect('cell-wu', '`无` in a cell', blankish('无'), () => ['cell-blank']),
  cellDefect('cell-dash', '`—` in a cell', blankish('—'), () => ['cell-blank']),
  cellDefect(
    'fee-yuan',
    '`251000元` in the fee cell',
    () => ({ path: '/proactive/fees/amount', value: '251000元' }),
    () => ['cell-not-a-number'],
  ),
  cellDefect(
    'count-jian',
    '`减4` in a count',
    (g, rand) => ({ path: pick(rand, countLeaves).path, value: '减4' }),
    () => ['cell-not-a-number'],
  ),
];
