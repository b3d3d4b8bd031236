import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cellsOf, getAt, getFormat } from '@nianbao/core';
import { describe, expect, it } from 'vitest';
import { checkReading, fromText } from '../src/index.js';
import { byRule, ids } from './helpers.js';

/**
 * Issue 10 §4: crawled reports of 平潭 (core/fixtures/corpus, see its INDEX.md), each a crawler
 * header and the whole report on one line with glued cells. Every 2019-format report reads every
 * cell of tables 三 and 四; the known error is found; the 2018 report is said to be older.
 */

const CORPUS = join(
  dirname(createRequire(import.meta.url).resolve('@nianbao/core/package.json')),
  'fixtures',
  'corpus',
);
const read = (name: string) => fromText(readFileSync(join(CORPUS, name), 'utf8'));
const tables34 = cellsOf(getFormat('2019')).filter((c) => c.table !== 'table2');

describe.each([
  ['pingtan-zonghe-shiyanqu-2019.txt', 23, 0, []],
  ['pingtan-zonghe-shiyanqu-2020.txt', 20, 1, ['outcomes-total', 'outcomes-total']],
  ['pingtan-guoziju-2019.txt', 0, 0, []],
  ['pingtan-shichangjianguanju-2019.txt', 1, 0, []],
  // Its section 三 is numbered 二、 in the source.
  ['pingtan-lvwentiju-2019.txt', 0, 0, ['label-variant']],
])('%s', (name, naturalPersons, other, expected) => {
  const r = read(name);
  const findings = checkReading(r);

  it('reads every cell of tables 三 and 四 as a number, on the 2019 format', () => {
    expect(r.format).toBe('2019');
    expect(tables34.filter((c) => typeof getAt(r.report, c.path) !== 'number')).toEqual([]);
    expect(getAt(r.report, '/applications/received/naturalPerson')).toBe(naturalPersons);
    expect(getAt(r.report, '/applications/received/other')).toBe(other);
    expect(getAt(r.report, '/applications/received/total')).toBe(naturalPersons + other);
  });

  it('raises nothing on tables 三 and 四 but what the report itself gets wrong', () => {
    const about34 = findings.filter((d) => /^\/(applications|reviewLitigation)/.test(d.path));
    expect(ids(about34)).toEqual(expected);
  });

  it('says which table 二 rows no sum can split, instead of guessing', () => {
    for (const d of byRule(findings, 'glued-ambiguous')) expect(d.path).toMatch(/^\/proactive\//);
  });
});

describe('pingtan-zonghe-shiyanqu-2020.txt: the known error', () => {
  it('finds that the 办理结果 rows add up to 26 and 27, not the （七）总计 of 20 and 21', () => {
    const found = byRule(checkReading(read('pingtan-zonghe-shiyanqu-2020.txt')), 'outcomes-total');
    expect(found.map((d) => [d.path, d.actual, d.expected])).toEqual([
      ['/applications/outcomes/total/naturalPerson', 20, 26],
      ['/applications/outcomes/total/total', 21, 27],
    ]);
  });
});

describe('pingtan-zonghe-shiyanqu-2018-pre2019.txt: a report older than the 2019 format', () => {
  it('is recognised as a report and said, once, to be of an older format', () => {
    const r = read('pingtan-zonghe-shiyanqu-2018-pre2019.txt');
    expect(r.recognized).toBe(true);
    const findings = checkReading(r);
    expect(ids(findings)).toEqual(['format-older']);
    expect(findings[0].message).toContain('政府信息公开情况统计表');
    expect(findings[0].messages.en).toContain('older than 2019');
    // Nothing misread: no cell holds a number taken from the old statistics table.
    expect(cellsOf(getFormat(r.format)).every((c) => getAt(r.report, c.path) === null)).toBe(true);
  });
});
