import { labelText } from '@nianbao/core';
import type { Defect } from './defects.js';
import { cells, int, num, pick, type Rand, type Report } from './generate.js';
import { linesOf, render } from './render.js';
import { type Format, SHAPES, shapeOf } from './shapes/index.js';
import { replaceLabel } from './structure-defects.js';

/**
 * Defects in how a published table is written rather than in its numbers (issue 10): a row label
 * with a character dropped, found by the row's place as a `label-variant`; and the 2019 format's
 * single （六）其他处理 row in a report on the current format, found as `format-outdated`.
 */

/** Rows of table 三 under a group (`（三）不予公开` › `2.其他法律行政法规禁止公开`), by their first cell. */
const CHILD_ROWS = cells.filter(
  (c) =>
    c.table === 'table3' &&
    c.rowLabels.length >= 3 &&
    c.col === 0 &&
    /^\d/.test(c.rowLabels.at(-1)?.no ?? ''),
);

const NUMERALS = /[0-9一二三四五六七八九十]/;

/** The label with one of its characters dropped (never a numeral, which names the row). */
function dropOne(text: string, rand: Rand): string {
  for (;;) {
    const at = int(rand, 0, text.length - 1);
    if (!NUMERALS.test(text[at])) return text.slice(0, at) + text.slice(at + 1);
  }
}

const labelShapes = (): Format[] => SHAPES.filter((s) => s.labelCells).map((s) => s.id);

/** Shapes whose table 三 rows are Markdown or tab-separated lines, one row a line. */
const lineRowShapes = (): Format[] =>
  SHAPES.filter((s) => s.ext === 'md' || (s.ext === 'txt' && s.labelCells)).map((s) => s.id);

const OTHER = '/applications/outcomes/other';
const OTHER_ROWS = ['overdueCorrection', 'overdueFee', 'other'];
const COLUMNS = cells
  .filter((c) => c.path.startsWith(`${OTHER}/${OTHER_ROWS[0]}/`))
  .map((c) => c.path.split('/').at(-1) ?? '');
/** `（六）其他处理`, as the layout labels the group of these rows. */
const GROUP = labelText(
  cells.find((c) => c.path.startsWith(`${OTHER}/${OTHER_ROWS[0]}/`))?.rowLabels.at(-2) ?? {
    zh: '',
    en: '',
  },
);

/** The three rows of （六） written as the 2019 format's one: each column the sum of the three. */
function singleOtherRow(text: string, format: Format, report: Report): string {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.includes(GROUP));
  const to = lines.findIndex((l, i) => i > from && l.includes('3.其他'));
  if (from < 0 || to < 0) throw new Error(`no （六） rows in the ${format} rendering`);
  const sums = COLUMNS.map((c) =>
    String(OTHER_ROWS.reduce((s, r) => s + (num(report, `${OTHER}/${r}/${c}`) ?? 0), 0)),
  );
  const row =
    shapeOf(format).ext === 'md'
      ? `| ${GROUP} | ${sums.join(' | ')} |`
      : `\t${GROUP}\t${sums.join('\t')}`;
  return [...lines.slice(0, from), row, ...lines.slice(to + 1)].join('\n');
}

export const READING_DEFECTS: Defect[] = [
  {
    id: 'label-typo',
    title: 'a row label with a character dropped',
    get formats() {
      return labelShapes();
    },
    inject(g, format, rand) {
      const row = pick(rand, CHILD_ROWS);
      const label = row.rowLabels.at(-1)!;
      const altered = `${label.no ?? ''}${dropOne(label.zh, rand)}`;
      const text = replaceLabel(render(g, g.report, format), format, labelText(label), altered);
      return {
        text,
        expect: { rules: ['label-variant'], paths: [row.path], lines: linesOf(text, altered) },
      };
    },
  },
  {
    id: 'other-row-2019',
    title: 'the 2019 single （六）其他处理 row',
    get formats() {
      return lineRowShapes();
    },
    inject(g, format) {
      const text = singleOtherRow(render(g, g.report, format), format, g.report);
      return {
        text,
        expect: {
          rules: ['format-outdated'],
          paths: [`${OTHER}/${OTHER_ROWS[0]}/${COLUMNS[0]}`],
          lines: linesOf(text, GROUP),
        },
      };
    },
  },
];
