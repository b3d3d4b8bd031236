import { readFileSync } from 'node:fs';
import {
  axisLeaves,
  cellsOf,
  getAt,
  getFormat,
  labelText,
  tableOf,
  type AxisNode,
} from '@nianbao/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReading, fromText } from '../src/index.js';
import { byRule, lineOf, serious } from './helpers.js';
import { countyStyle, pdfText, type PdfStyle } from './pdf-render.js';

/**
 * Whole reports as a PDF's text layer gives them back: cells separated by spaces, row labels
 * wrapped at their column's width onto the following lines (with or without the row's numbers),
 * group labels (`（六）其他处理`) running down the leftmost column in pieces, headers split over
 * lines. Each fixture has different numbers on every row, so a label joined to the wrong row, or
 * a row read one line off, changes a value.
 */

const layout = getFormat('2021');
const here = (name: string) =>
  readFileSync(new URL(`./fixtures-pdf/${name}`, import.meta.url), 'utf8');
type Report = Record<string, unknown> & { meta: Record<string, unknown> };

const fixtures = [
  // Word table printed to PDF, numbers on the first line of each row (the shape in issue 5's brief).
  'county-natural-resources-2023',
  // Narrower label columns, numbers centred in their row: label lines before and after the numbers.
  'district-market-regulation-2022',
];

describe.each(fixtures)('%s (PDF text, wrapped labels)', (name) => {
  const text = here(`${name}.txt`);
  const expected = JSON.parse(here(`${name}.json`)) as Report;
  const r = fromText(text);
  const found = checkReading(r);

  it('reads every cell of every table with the value printed on its row', () => {
    expect(r.format).toBe('2021');
    const wrong = cellsOf(layout)
      .filter((c) => getAt(r.report, c.path) !== getAt(expected, c.path))
      .map(
        (c) => `${c.path}: ${String(getAt(r.report, c.path))} ≠ ${String(getAt(expected, c.path))}`,
      );
    expect(wrong).toEqual([]);
    expect(r.complete).toBe(true);
  });

  it('has no unknown row and no label variant: a wrapped label is the template’s label', () => {
    expect(byRule(found, 'row-unknown')).toEqual([]);
    expect(byRule(found, 'label-variant')).toEqual([]);
    expect(byRule(found, 'row-missing')).toEqual([]);
  });

  it('raises nothing on this correct report', () => {
    expect(serious(found).map((d) => `${d.ruleId} ${d.message}`)).toEqual([]);
  });

  it('takes the title, and keeps the narratives out of the tables', () => {
    expect(r.report.meta).toMatchObject({ agency: expected.meta.agency, year: expected.meta.year });
    expect(String(r.report.problems)).toMatch(/^(一是|存在)/);
    expect(String(r.report.otherMatters)).not.toBe('');
  });

  it('points each value at its number in the text', () => {
    for (const c of cellsOf(layout)) {
      const s = r.sources.get(c.path)!;
      expect(text.slice(s.offset!, s.endOffset!), c.path).toBe(String(getAt(expected, c.path)));
    }
  });
});

describe('the brief’s shapes, line by line', () => {
  const county = here('county-natural-resources-2023.txt');
  const district = here('district-market-regulation-2022.txt');

  it('joins a group label and a row label continued on the same line without numbers', () => {
    expect(county).toContain('（六）其他处 1.申请人无正当理由逾期不补 ');
    expect(county).toMatch(/\n理 正、行政机关不再处理其政府信\n息公开申请\n/);
    const r = fromText(county);
    const p = '/applications/outcomes/other/overdueCorrection';
    expect(getAt(r.report, `${p}/naturalPerson`)).toBe(
      getAt(JSON.parse(here('county-natural-resources-2023.json')), `${p}/naturalPerson`),
    );
    // The value is placed on the line the row starts on.
    expect(r.sources.get(`${p}/naturalPerson`)!.line).toBe(lineOf(county, '（六）其他处 1.申请人'));
  });

  it('joins a note continued on the next line: （二）部分公开（区分处理的， / 只计这一情形，不计其他情形）', () => {
    expect(district).toMatch(/（二）部分公开（区分处理的， [\d ]+\n只计这一情形，不计其他情形）\n/);
    const r = fromText(district);
    expect(getAt(r.report, '/applications/outcomes/partiallyGranted/total')).toBe(6);
    expect(byRule(checkReading(r), 'label-variant')).toEqual([]);
  });

  it('joins label lines written above and below a row’s numbers', () => {
    expect(district).toMatch(/\n2\.申请人逾期未\n按收费通知要求缴\n纳费用、行政机关 [\d ]+\n/);
    const r = fromText(district);
    expect(getAt(r.report, '/applications/outcomes/other/overdueFee/naturalPerson')).toBe(22);
    expect(getAt(r.report, '/applications/outcomes/other/other/naturalPerson')).toBe(23);
  });

  it('does not take a paragraph, a note or the next heading for the rest of a label', () => {
    const last = '四、结转下年度继续办理 5 1 1 1 1 1 10';
    expect(county).toContain(last);
    const wrapped = county.replace(
      last,
      '四、结转下年度继续办 5 1 1 1 1 1 10\n理\n注：本表数据截至2023年12月31日',
    );
    const r = fromText(wrapped);
    expect(getAt(r.report, '/applications/carriedForward/total')).toBe(10);
    const found = checkReading(r);
    expect(byRule(found, 'label-variant')).toEqual([]);
    // The note stays what it is — a row the template does not have — and is not glued to 理.
    expect(byRule(found, 'row-unknown').map((d) => d.actual)).toEqual([
      '注：本表数据截至2023年12月31日',
    ]);
    // The next section is still found: its heading was not read as part of table 三.
    expect(getAt(r.report, '/reviewLitigation/review/upheld')).toBe(3);
  });

  it('leaves a reworded label wrapped over lines to the grid reader: values read, the wording reported', () => {
    const row = '3.危及“三安全一稳定” 5 1 0 1 0 0 7';
    expect(county).toContain(row);
    // 3.危及“三安全一稳定”的信息, wrapped at the column's 14 characters: no template label begins
    // with the first line, so its second line is not joined (the grid reader takes 信息 for a
    // piece of the table's title).
    const r = fromText(county.replace(row, '3.危及“三安全一稳定”的 5 1 0 1 0 0 7\n信息'));
    expect(
      getAt(r.report, '/applications/outcomes/withheld/threeSecuritiesOneStability/naturalPerson'),
    ).toBe(5);
    expect(getAt(r.report, '/applications/outcomes/withheld/thirdPartyRights/naturalPerson')).toBe(
      6,
    );
    const found = checkReading(r);
    expect(byRule(found, 'label-variant').map((d) => d.actual)).toEqual(['3.危及“三安全一稳定”的']);
  });
});

/* ------------------------------------------------------------------------------------------ */

const table3 = tableOf(layout, 'table3');
const rowNodes: AxisNode[] = [];
const walk = (nodes: readonly AxisNode[]): void => {
  for (const n of nodes) {
    rowNodes.push(n);
    if (n.children) walk(n.children);
  }
};
walk(table3.blocks[0].rows);
const t3cells = cellsOf(layout).filter((c) => c.table === 'table3');

describe('property: wrapping table 三’s labels at any width ≥ 6 reads back the same values', () => {
  const base = JSON.parse(here('county-natural-resources-2023.json')) as Report;

  it('holds for every label width, numbers on the first or the middle line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 6, max: 40 }), {
          minLength: rowNodes.length,
          maxLength: rowNodes.length,
        }),
        fc.array(fc.integer({ min: 0, max: 9999 }), {
          minLength: t3cells.length,
          maxLength: t3cells.length,
        }),
        fc.constantFrom<PdfStyle['numbers']>('top', 'middle'),
        (widths, values, numbers) => {
          const report = structuredClone(base);
          const apps = report.applications as Record<string, unknown>;
          t3cells.forEach((c, i) => {
            const segs = c.path.split('/').slice(2);
            let o = apps;
            for (const s of segs.slice(0, -1)) o = o[s] as Record<string, unknown>;
            o[segs[segs.length - 1]] = values[i];
          });
          const style: PdfStyle = {
            ...countyStyle,
            numbers,
            labelWidth: (node, level, span) =>
              rowNodes.includes(node)
                ? widths[rowNodes.indexOf(node)]
                : countyStyle.labelWidth(node, level, span),
          };
          const r = fromText(pdfText(layout, report, style));
          const wrong = t3cells
            .filter((c) => getAt(r.report, c.path) !== getAt(report, c.path))
            .map((c) => c.path);
          const found = checkReading(r);
          expect(wrong).toEqual([]);
          expect(byRule(found, 'row-unknown')).toEqual([]);
          expect(byRule(found, 'label-variant')).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is exercised: some width wraps every label of table 三', () => {
    const longest = Math.max(...rowNodes.map((n) => [...labelText(n.label)].length));
    expect(longest).toBeGreaterThan(6);
    expect(axisLeaves(table3.blocks[0].rows).length).toBeGreaterThan(20);
  });
});
