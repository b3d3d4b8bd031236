import { cellsOf, getAt, getFormat, labelText, tableOf } from '@nianbao/core';
import { describe, expect, it } from 'vitest';
import { checkReading, fromHtml, fromText } from '../src/index.js';
import { fixture, json } from './helpers.js';
import { pageHtml, tabText } from './render.js';

/**
 * No finding on a correct report matters as much as every finding on a broken one: each of these
 * documents is correct, so any error or warning is a false alarm.
 */

const layout = getFormat('2021');
const realistic = json('realistic-2024.json');
const seed = json('seed-yuguan-2023.json');

/** The same page with table 二 published as one table per block (some CMSes do). */
function splitTable2(html: string): string {
  let out = html;
  for (const b of tableOf(layout, 'table2').blocks.slice(1)) {
    const row = `<tr><td colspan="2"><span>${labelText(b.header!)}`;
    if (!out.includes(row)) throw new Error('the page does not have the block header row');
    out = out.replace(row, `</table>\n<p>&nbsp;</p>\n<table border="1">${row}`);
  }
  return out;
}

const documents: [string, () => ReturnType<typeof fromText>, Record<string, unknown>][] = [
  [
    'the seed as extracted (tab-separated text)',
    () => fromText(fixture('seed-yuguan-2023.txt')),
    seed,
  ],
  [
    'a city’s reconciled report as a government web page',
    () => fromHtml(pageHtml(layout, realistic)),
    realistic,
  ],
  [
    'the same page with table 二 split into one table per block',
    () => fromHtml(splitTable2(pageHtml(layout, realistic))),
    realistic,
  ],
  [
    'the same report copied out of Word (tab-separated)',
    () => fromText(tabText(layout, realistic)),
    realistic,
  ],
  ['the seed as a web page', () => fromHtml(pageHtml(layout, seed)), seed],
  [
    'the same page with Windows line ends',
    () => fromHtml(pageHtml(layout, realistic).replace(/\n/g, '\r\n')),
    realistic,
  ],
];

describe.each(documents)('%s', (_name, read, expected) => {
  const r = read();
  const found = checkReading(r);

  it('yields zero errors and zero warnings', () => {
    expect(
      found.filter((d) => d.severity !== 'info').map((d) => `${d.ruleId} ${d.path} ${d.message}`),
    ).toEqual([]);
  });

  it('reads every cell, as published', () => {
    expect(r.complete).toBe(true);
    for (const c of cellsOf(layout))
      expect(getAt(r.report, c.path), c.path).toBe(getAt(expected, c.path));
  });

  it('reads agency and year', () => {
    expect(r.report.meta).toMatchObject({
      agency: (expected.meta as Record<string, unknown>).agency,
      year: (expected.meta as Record<string, unknown>).year,
    });
  });
});
