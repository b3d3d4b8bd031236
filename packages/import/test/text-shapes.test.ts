import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cellsOf, getAt, getFormat } from '@nianbao/core';
import { describe, expect, it } from 'vitest';
import { checkReading, fromText } from '../src/index.js';
import { ids } from './helpers.js';

/** Issue 10: text in the shapes published reports take: one line with glued cells, column-major tables. */

const CORE = join(
  dirname(createRequire(import.meta.url).resolve('@nianbao/core/package.json')),
  'fixtures',
);
const shape = (name: string) => readFileSync(join(CORE, 'shapes', name), 'utf8');
const text = shape('one-line-2021.txt');

describe('one-line-2021.txt (page chrome, headings mid-line, every table glued)', () => {
  const r = fromText(text);

  it('is a report: sections found mid-line, every cell read, no finding', () => {
    expect(r.recognized).toBe(true);
    expect(r.format).toBe('2021');
    expect(r.complete).toBe(true);
    expect(checkReading(r)).toEqual([]);
  });

  it('settles 新收 12/1 (not 1/2/10) through the sums down the columns', () => {
    const at = (p: string) => getAt(r.report, `/applications/${p}`);
    expect([at('received/naturalPerson'), at('received/commercial')]).toEqual([12, 1]);
    expect(at('outcomes/granted/naturalPerson')).toBe(10);
    expect(at('carriedForward/total')).toBe(2);
    expect(getAt(r.report, '/reviewLitigation/review/total')).toBe(2);
    expect(getAt(r.report, '/proactive/fees/amount')).toBe(12.5);
  });

  it('keeps the narratives whole and points each cell at its own digits', () => {
    expect(r.report.overview).toMatch(/^2023年，我局认真贯彻落实/);
    expect(r.report.problems).toMatch(/^一是公开内容有待丰富/);
    const src = r.sources.get('/applications/received/total')!;
    expect(text.slice(src.offset!, src.endOffset!)).toBe('13');
    expect(src.line).toBe(4);
  });

  it('reads a row whose next label’s number is glued on (…事项00000001.本机关…)', () => {
    const glued = text.replace('（四）无法提供1.本机关', '1.本机关');
    expect(glued).toContain('8.属于行政查询事项00000001.本机关不掌握相关政府信息1000001');
    const g = fromText(glued);
    expect(getAt(g.report, '/applications/outcomes/withheld/administrativeQuery/total')).toBe(0);
    expect(getAt(g.report, '/applications/outcomes/unableToProvide/notHeld/total')).toBe(1);
    expect(ids(checkReading(g)).filter((id) => id !== 'row-unknown')).toEqual([]);
  });

  it('reports a row the sums cannot settle as ambiguous, with both splits, and reads no number for it', () => {
    // 新收 and （一） and 总计 all read 12/1 or 1/2/10, and every sum holds either way.
    const amb = text
      .replace('数量1000001三、', '数量0000000三、')
      .replace('予以公开101000011', '予以公开121000013')
      .replace('（七）总计111000012', '（七）总计121000013')
      .replace('本机关不掌握相关政府信息1000001', '本机关不掌握相关政府信息0000000')
      .replace('继续办理2 000 002', '继续办理0000000');
    const a = fromText(amb);
    const found = checkReading(a).filter((d) => d.ruleId === 'glued-ambiguous');
    expect(found).toHaveLength(3);
    expect(found[0].message).toContain('1/2/10/0/0/0/13；12/1/0/0/0/0/13');
    expect(getAt(a.report, '/applications/received/naturalPerson')).toBeNull();
    // Not also a blank cell or a sum that cannot be checked: the one finding explains it.
    expect(ids(checkReading(a)).every((id) => id === 'glued-ambiguous')).toBe(true);
  });

  it('is not mistaken for one when a line merely mentions sections', () => {
    const prose = `本报告包括一、总体情况，二、主动公开政府信息情况两部分。${'说明'.repeat(200)}`;
    expect(fromText(prose).recognized).toBe(false);
  });

  it('reads every cell of a 2021 report', () => {
    const all = cellsOf(getFormat('2021'));
    expect(all.filter((c) => typeof getAt(r.report, c.path) !== 'number')).toEqual([]);
  });
});

describe('column-major-2021.txt (table 三 read column by column, 总计 before 其他)', () => {
  const r = fromText(shape('column-major-2021.txt'));

  it('reads every cell of table 三 with no finding, instead of blanks and a flood of findings', () => {
    expect(r.complete).toBe(true);
    expect(checkReading(r)).toEqual([]);
    expect(getAt(r.report, '/applications/received/total')).toBe(13);
    expect(getAt(r.report, '/applications/outcomes/total/naturalPerson')).toBe(9);
  });
});

describe('a long line that merely lists the sections', () => {
  it('is not cut up when the report has its headings on lines of their own', () => {
    const seed = readFileSync(join(CORE, 'reports', 'seed-yuguan-2023.txt'), 'utf8');
    const contents = `目录：一、总体情况 二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况 四、政府信息公开行政复议、行政诉讼情况 五、存在的主要问题及改进情况 六、其他需要报告的事项${'。'.repeat(120)}`;
    const nl = seed.indexOf('\n');
    const r = fromText(`${seed.slice(0, nl)}\n${contents}${seed.slice(nl)}`);
    expect(r.complete).toBe(true);
    expect(checkReading(r).filter((d) => d.severity === 'error')).toEqual([]);
  });
});
