import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellsOf, format2021 } from '../src/layout/index.js';
import { readTableStream } from '../src/read/index.js';
import { FIXTURES } from './helpers.js';

/**
 * Issue 10: table 三 as a PDF extractor reads it column by column — every row label first, then
 * each column top to bottom under its header, the blocks not always in the template's order.
 */

const text = readFileSync(join(FIXTURES, 'shapes', 'column-major-2021.txt'), 'utf8');
const lines = text.split('\n');
const from = lines.indexOf('三、收到和处理政府信息公开申请情况') + 1;
const to = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
const table3 = lines.slice(from, to).filter((l) => l.trim() !== '');
const cells = cellsOf(format2021).filter((c) => c.table === 'table3');

/** The value block of a column: its header and the 25 numbers after it. */
function block(header: string): string[] {
  const at = table3.lastIndexOf(header);
  return table3.slice(at, at + 26);
}

describe('column-major table 三 (column-major-2021.txt)', () => {
  it('reads every cell, 总计 placed by its header though it comes before 其他', () => {
    expect(table3.indexOf('总计')).toBeLessThan(table3.lastIndexOf('其他'));
    const r = readTableStream(format2021, 'table3', table3);
    expect(r.findings).toEqual([]);
    expect(r.values.size).toBe(cells.length);
    expect(r.values.get('/applications/received/naturalPerson')).toBe(9);
    expect(r.values.get('/applications/received/other')).toBe(1);
    expect(r.values.get('/applications/received/total')).toBe(13);
    expect(r.values.get('/applications/outcomes/unableToProvide/notHeld/publicInterest')).toBe(1);
  });

  it('names a column block without a header by the sums: the one that adds up the others is 总计', () => {
    // Every header printed once above the numbers, the 总计 block third: only the sums can tell.
    const headers = ['申请人情况', '自然人', '法人或其他组织', '商业企业', '科研机构'];
    const noHeader = (h: string) => block(h).slice(1);
    const stream = [
      ...table3.slice(0, table3.indexOf('申请人情况')),
      ...headers,
      '社会公益组织',
      '法律服务机构',
      '其他',
      '总计',
      ...noHeader('自然人'),
      ...noHeader('商业企业'),
      ...noHeader('总计'),
      ...noHeader('科研机构'),
      ...noHeader('社会公益组织'),
      ...noHeader('法律服务机构'),
      ...noHeader('其他'),
    ];
    const r = readTableStream(format2021, 'table3', stream);
    expect(r.findings).toEqual([]);
    expect(r.values.get('/applications/received/total')).toBe(13);
    expect(r.values.get('/applications/received/research')).toBe(0);
    expect(r.values.get('/applications/received/other')).toBe(1);
  });

  it('leaves a stream alone when a column is not as long as the list of labels', () => {
    const short = table3.filter((_, i) => i !== table3.indexOf('自然人') + 1);
    const r = readTableStream(format2021, 'table3', short);
    expect(r.values.get('/applications/received/naturalPerson')).not.toBe(9);
  });
});
