import { describe, expect, it } from 'vitest';
import { format2019, format2021 } from '../src/layout/index.js';
import { readTable, readTableStream, type GridCell } from '../src/read/index.js';
import { splitRun } from '../src/read/glued/split.js';

/** Issue 10: a row's numbers glued into one run, split by the columns and the format's sums. */

const seven = Array(7).fill('count') as 'count'[];
const applicants = [{ plus: [0, 1, 2, 3, 4, 5], minus: [6] }];
const texts = (text: string, sums = applicants, kinds: ('count' | 'signed' | 'money')[] = seven) =>
  splitRun(text, kinds, sums).splits.map((s) => s.map((p) => p.text).join('/'));
const glued = (text: string): GridCell => ({ text, glued: true });

describe('splitting one run', () => {
  it.each([
    ['230 000023', '23/0/0/0/0/0/23'],
    ['23 0 00 0 023', '23/0/0/0/0/0/23'],
    ['200 000121', '20/0/0/0/0/1/21'],
    ['0 0 0 0 0 00', '0/0/0/0/0/0/0'],
  ])('stray spaces are no separators: %s is %s', (run, split) => {
    expect(texts(run)).toEqual([split]);
  });

  it('a row alone may split two ways that both add up', () => {
    expect(texts('121000013').sort()).toEqual(['1/2/10/0/0/0/13', '12/1/0/0/0/0/13']);
  });

  it('a sign starts a 本年增/减 value; with no sum every cut is kept', () => {
    expect(texts('20+1737', [], ['count', 'signed', 'count'])).toEqual([
      '20/+1/737',
      '20/+17/37',
      '20/+173/7',
    ]);
    expect(texts('35-15', [], ['count', 'signed'])).toEqual(['35/-15']);
  });

  it('no number has a leading zero, and a run too long for its cells is given up', () => {
    expect(texts('007', [], ['count', 'count', 'count'])).toEqual(['0/0/7']);
    expect(splitRun('9'.repeat(400), seven, applicants).exhausted).toBe(true);
  });
});

/** Table 三 of the 2021 format, one row per line, each row's numbers glued to its label. */
const table3 = (rows: Record<string, string>) =>
  `一、本年新收政府信息公开申请数量${rows.received ?? '0000000'}
二、上年结转政府信息公开申请数量${rows.carriedOver ?? '0000000'}
三、本年度办理结果
（一）予以公开${rows.granted ?? '0000000'}
（二）部分公开（区分处理的，只计这一情形，不计其他情形）0000000
（三）不予公开
1.属于国家秘密0000000
2.其他法律行政法规禁止公开0000000
3.危及“三安全一稳定”0000000
4.保护第三方合法权益0000000
5.属于三类内部事务信息0000000
6.属于四类过程性信息0000000
7.属于行政执法案卷0000000
8.属于行政查询事项0000000
（四）无法提供
1.本机关不掌握相关政府信息${rows.notHeld ?? '0000000'}
2.没有现成信息需要另行制作0000000
3.补正后申请内容仍不明确0000000
（五）不予处理
1.信访举报投诉类申请0000000
2.重复申请0000000
3.要求提供公开出版物0000000
4.无正当理由大量反复申请0000000
5.要求行政机关确认或重新出具已获取信息0000000
（六）其他处理
1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请0000000
2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请0000000
3.其他0000000
（七）总计${rows.total ?? '0000000'}
四、结转下年度继续办理${rows.carriedForward ?? '0000000'}`.split('\n');

describe('the whole table settles what one row cannot', () => {
  it('reads 12/1 for a 新收 run that alone reads 12/1 or 1/2/10, through the sums down the columns', () => {
    const r = readTableStream(
      format2021,
      'table3',
      table3({
        received: '121000013',
        carriedOver: '1000001',
        granted: '101000011',
        notHeld: '1000001',
        total: '111000012',
        carriedForward: '2 000 002',
      }),
    );
    expect(r.findings).toEqual([]);
    expect(r.unread).toBeUndefined();
    const v = (p: string) => r.values.get(`/applications/${p}`);
    expect([v('received/naturalPerson'), v('received/commercial'), v('received/total')]).toEqual([
      12, 1, 13,
    ]);
    expect([v('outcomes/granted/naturalPerson'), v('outcomes/granted/commercial')]).toEqual([
      10, 1,
    ]);
    expect(v('outcomes/total/naturalPerson')).toBe(11);
    expect(r.values.size).toBe(25 * 7);
  });

  it('reports a row as ambiguous, with its candidates, when the sums leave two splits', () => {
    // 新收 and 总计 can both be 12/1 or 1/2/10, and every sum holds either way.
    const r = readTableStream(
      format2021,
      'table3',
      table3({ received: '121000013', granted: '121000013', total: '121000013' }),
    );
    const found = r.findings.filter((f) => f.ruleId === 'glued-ambiguous');
    expect(found).toHaveLength(3);
    expect(found[0].messages['zh-CN']).toContain('1/2/10/0/0/0/13');
    expect(found[0].messages['zh-CN']).toContain('12/1/0/0/0/0/13');
    expect(found[0].messages.en).toContain('2 splits fit every sum');
    // Only the cells the candidates disagree on are left unread; 13 is read either way.
    expect(r.unread).toContain('/applications/received/naturalPerson');
    expect(r.unread).not.toContain('/applications/received/total');
    expect(r.values.get('/applications/received/total')).toBe(13);
    expect(r.values.has('/applications/received/naturalPerson')).toBe(false);
  });

  it('keeps a report’s own arithmetic error, read as written, for the rules to find', () => {
    // （一） says 7 and （七）总计 says 5: no split changes that; every row still splits one way.
    const r = readTableStream(
      format2021,
      'table3',
      table3({ received: '5000005', granted: '7000007', total: '5000005' }),
    );
    expect(r.findings).toEqual([]);
    expect(r.values.get('/applications/outcomes/granted/total')).toBe(7);
    expect(r.values.get('/applications/outcomes/total/total')).toBe(5);
  });

  it('places each cell at its digits in the document', () => {
    const r = readTable(format2021, 'table3', [
      [
        '一、本年新收政府信息公开申请数量',
        { text: '230 000023', source: { line: 4, column: 20, offset: 100 }, glued: true },
      ],
    ]);
    expect(r.sources.get('/applications/received/naturalPerson')).toMatchObject({
      column: 20,
      endColumn: 22,
      offset: 100,
      text: '23',
    });
    expect(r.sources.get('/applications/received/total')).toMatchObject({
      column: 28,
      offset: 108,
    });
  });

  it('splits table 四 by its three groups', () => {
    const r = readTable(format2021, 'table4', [[glued('100120000000000')]]);
    // 1+0+0+1=2 in 复议, then zeros; 1/0/0/1/2 is the only cut whose groups add up.
    expect(r.findings).toEqual([]);
    expect(r.values.get('/reviewLitigation/review/total')).toBe(2);
    expect(r.values.get('/reviewLitigation/litigationAfterReview/total')).toBe(0);
  });

  it('says a 2019 table 二 run that no sum checks is ambiguous, and reads what every cut agrees on', () => {
    const r = readTable(format2019, 'table2', [
      ['第二十条第（五）项'],
      ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
      ['行政许可', glued('2648-18538')],
      ['其他对外管理服务事项', glued('000')],
    ]);
    const [f] = r.findings.filter((d) => d.ruleId === 'glued-ambiguous');
    expect(f.messages['zh-CN']).toContain('该行没有勾稽关系可用来拆分');
    expect(r.values.get('/proactive/licensing/previousItems')).toBe(2648);
    expect(r.values.has('/proactive/licensing/change')).toBe(false);
    expect(r.values.get('/proactive/otherServices/decisions')).toBe(0);
  });

  it('takes one long number for a glued row only in a row the sums check', () => {
    const one = (label: string, text: string, table: 'table2' | 'table3' = 'table3') =>
      readTable(format2021, table, [[label, text]]).values;
    // Seven digits in a row of seven cells that add up: glued.
    expect(one('（一）予以公开', '1000001').get('/applications/outcomes/granted/total')).toBe(1);
    // No split adds up, and only one cut reads: read so, for the rules to find the error.
    expect(one('（一）予以公开', '1000005').get('/applications/outcomes/granted/total')).toBe(5);
    // Table 二 has no sum: a number in its first cell, blanks after it.
    expect(one('规章', '120', 'table2').get('/proactive/regulations/issued')).toBe(120);
    // Cells kept apart by the grid (blank cells written) are never a run.
    const apart = readTable(format2021, 'table3', [
      ['（一）予以公开', '1000001', '', '', '', '', '', ''],
    ]);
    expect(apart.values.get('/applications/outcomes/granted/naturalPerson')).toBe(1000001);
  });
});

describe('a report that breaks one sum itself', () => {
  it('reads a glued row whose own total is wrong through the other sums, and leaves the error to the rules', () => {
    // 新收 is 12/1 but its 总计 says 14: no split of `121000014` adds up in its row, and several
    // cut it; the columns (新收 = （七）总计 + 结转下年度) accept 12/1/…/14 alone.
    const r = readTableStream(
      format2021,
      'table3',
      table3({
        received: '121000014',
        granted: '111000012',
        total: '111000012',
        carriedForward: '1000001',
      }),
    );
    expect(r.findings.filter((f) => f.ruleId === 'glued-ambiguous')).toEqual([]);
    expect(r.values.get('/applications/received/naturalPerson')).toBe(12);
    expect(r.values.get('/applications/received/commercial')).toBe(1);
    expect(r.values.get('/applications/received/total')).toBe(14);
  });
});
