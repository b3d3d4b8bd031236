import { describe, expect, it } from 'vitest';
import { format2021 } from '../src/layout/index.js';
import { type GridCell, readPublishedTable, type TableReading } from '../src/read/index.js';

/**
 * Rows as published text takes them apart (issue 10): labels wrapped around their numbers,
 * numbers on a line of their own, the end of a label set off by a gap, a group label and its
 * first row in one cell, page furniture inside the table, the 2019 single （六） row, read by
 * `readPublishedTable` as every document reader does. Every
 * fixture has different numbers per row, so a row read one line off changes a value.
 */

const rules = (r: TableReading) => r.findings.map((f) => f.ruleId);
const nums = (...n: number[]) => n.map(String);
const v = (r: TableReading, path: string) => r.values.get(`/applications/outcomes/${path}`);

describe('table 三 taken apart by a page layout', () => {
  it('joins a label wrapped over two lines with its numbers printed between the halves', () => {
    const r = readPublishedTable(
      format2021,
      'table3',
      [
        ['（二）部分公开（区分处理的，只计这一情'],
        nums(4, 1, 1, 0, 0, 0, 6),
        ['形，不计其他情形）'],
        ['（三）不予公开', '1.属于国家秘密', ...nums(5, 2, 0, 0, 0, 0, 7)],
      ],
      { complete: false },
    );
    expect(v(r, 'partiallyGranted/naturalPerson')).toBe(4);
    expect(v(r, 'partiallyGranted/total')).toBe(6);
    expect(v(r, 'withheld/stateSecret/total')).toBe(7);
    expect(rules(r)).toEqual([]);
  });

  it('reads numbers printed one line above their label, and one line below it', () => {
    const r = readPublishedTable(
      format2021,
      'table3',
      [
        ['（五）不予处理', '1.信访举报投诉类申请', ...nums(16, 1, 1, 0, 0, 0, 18)],
        nums(17, 2, 0, 0, 0, 0, 19),
        ['2.重复申请'],
        ['3.要求提供公开出版物'],
        nums(18, 0, 1, 0, 0, 1, 20),
      ],
      { complete: false },
    );
    expect(v(r, 'notProcessed/petitionComplaint/total')).toBe(18);
    expect(v(r, 'notProcessed/repeated/naturalPerson')).toBe(17);
    expect(v(r, 'notProcessed/repeated/total')).toBe(19);
    expect(v(r, 'notProcessed/publications/total')).toBe(20);
    expect(rules(r)).toEqual([]);
  });

  it('takes the end of a label after a wide gap as part of the label, not as a cell', () => {
    const r = readPublishedTable(
      format2021,
      'table3',
      [['（五）不予处理', '4.无正当理由大量反复', '申请', ...nums(19, 1, 0, 0, 0, 0, 20)]],
      { complete: false },
    );
    expect(v(r, 'notProcessed/massRepeated/naturalPerson')).toBe(19);
    expect(v(r, 'notProcessed/massRepeated/total')).toBe(20);
    expect(rules(r)).toEqual([]);
  });

  it('skips a piece of a vertical group label between the lines of a wrapped label', () => {
    const r = readPublishedTable(
      format2021,
      'table3',
      [
        [
          '（六）其',
          '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
          ...nums(21, 0, 0, 0, 0, 0, 21),
        ],
        ['2、申请人逾期未按收费通知要'],
        ['他处理'],
        ['求缴纳费用、行政机关不再处理其政府信息公开申请', ...nums(22, 1, 1, 0, 0, 0, 24)],
      ],
      { complete: false },
    );
    expect(v(r, 'other/overdueFee/naturalPerson')).toBe(22);
    expect(v(r, 'other/overdueFee/total')).toBe(24);
    expect(rules(r)).toEqual([]);
  });

  it('reads a group label and its first row written in one cell, in every cell shape', () => {
    const cell: GridCell = {
      text: '（四）无法提供 1.本机关不掌握相关政府信息',
      source: { line: 9, column: 3, endLine: 9, endColumn: 25, offset: 100, endOffset: 122 },
    };
    const r = readPublishedTable(
      format2021,
      'table3',
      [
        [cell, ...nums(13, 1, 0, 0, 0, 0, 14)],
        ['2.没有现成信息需要另行制作', ...nums(14, 2, 1, 1, 0, 0, 18)],
      ],
      { complete: false },
    );
    expect(v(r, 'unableToProvide/notHeld/naturalPerson')).toBe(13);
    expect(v(r, 'unableToProvide/notHeld/total')).toBe(14);
    expect(v(r, 'unableToProvide/needsCreation/total')).toBe(18);
    expect(rules(r)).toEqual([]);
    // The child's label keeps its own place inside the cell.
    expect(r.rowsFound[0].written).toBe('1.本机关不掌握相关政府信息');
  });

  it('ignores page numbers and one-character pieces of a group label quietly', () => {
    const r = readPublishedTable(
      format2021,
      'table3',
      [
        ['（三）不予公开', '1.属于国家秘密', ...nums(5, 2, 0, 0, 0, 0, 7)],
        ['- 3 -'],
        ['第 4 页 共 9 页'],
        ['|'],
        ['度'],
        ['（三）不予公'],
        ['2.其他法律行政法规禁止公开', ...nums(6, 0, 1, 0, 0, 0, 7)],
      ],
      { complete: false },
    );
    expect(v(r, 'withheld/prohibitedByLaw/naturalPerson')).toBe(6);
    expect(rules(r)).toEqual([]);
    expect(r.unknownRows).toEqual([]);
  });

  it('still reports a row the template does not have', () => {
    const r = readPublishedTable(
      format2021,
      'table3',
      [['（八）省里增加的行', ...nums(1, 0, 0, 0, 0, 0, 1)]],
      {
        complete: false,
      },
    );
    expect(rules(r)).toEqual(['row-unknown']);
  });
});

describe('a label with a dropped character', () => {
  it('is the row at its place, said as a label variant, its numbers read', () => {
    const r = readPublishedTable(
      format2021,
      'table3',
      [
        ['（三）不予公开', '1.属于国家秘密', ...nums(5, 2, 0, 0, 0, 0, 7)],
        ['2.其他法律行政法规禁公开', ...nums(6, 0, 1, 0, 0, 0, 7)],
        ['3.危及“三安全一稳定”', ...nums(7, 1, 0, 1, 0, 0, 9)],
        ['4.保护第三方合权益', ...nums(8, 2, 1, 0, 0, 0, 11)],
      ],
      { complete: false },
    );
    expect(rules(r)).toEqual(['label-variant', 'label-variant']);
    expect(r.findings.map((f) => f.expected)).toEqual([
      '2.其他法律行政法规禁止公开',
      '4.保护第三方合法权益',
    ]);
    expect(v(r, 'withheld/prohibitedByLaw/naturalPerson')).toBe(6);
    expect(v(r, 'withheld/thirdPartyRights/total')).toBe(11);
  });
});

describe('a short label with a dropped or swapped character', () => {
  it('is named by its numbering under the group being read, not reported unknown', () => {
    const r = readPublishedTable(
      format2021,
      'table3',
      [
        ['（五）不予处理', '1.信访举报投诉类申请', ...nums(16, 1, 1, 0, 0, 0, 18)],
        ['2.重复申', ...nums(17, 2, 0, 0, 0, 0, 19)],
        ['3.要求提供出公开版物', ...nums(18, 0, 1, 0, 0, 1, 20)],
      ],
      { complete: false },
    );
    expect(rules(r)).toEqual(['label-variant', 'label-variant']);
    expect(r.findings.map((f) => f.expected)).toEqual(['2.重复申请', '3.要求提供公开出版物']);
    expect(v(r, 'notProcessed/repeated/total')).toBe(19);
    expect(v(r, 'notProcessed/publications/total')).toBe(20);
  });

  it('is not taken for a row of another group, nor for a row whose words are too far off', () => {
    const r = readPublishedTable(
      format2021,
      'table3',
      [
        ['（五）不予处理', '1.信访举报投诉类申请', ...nums(16, 1, 1, 0, 0, 0, 18)],
        ['2.其他事项', ...nums(1, 0, 0, 0, 0, 0, 1)],
      ],
      { complete: false },
    );
    expect(rules(r)).toEqual(['row-unknown']);
  });
});

describe('the 2019 single （六）其他处理 row in a table of the current format', () => {
  const r = readPublishedTable(format2021, 'table3', [
    ['三、本年度办理结果', '（六）其他处理', ...nums(3, 0, 0, 0, 0, 0, 3)],
  ]);

  it('is read as the 2019 format’s row and said once as format-outdated, not as an unknown row', () => {
    expect(r.unknownRows).toEqual([]);
    expect(r.formerRows.map((x) => x.cells.slice(2))).toEqual([nums(3, 0, 0, 0, 0, 0, 3)]);
    const outdated = r.findings.filter((f) => f.ruleId === 'format-outdated');
    expect(outdated).toHaveLength(1);
    expect(outdated[0].message).toContain('2019年（试行）格式');
    expect(outdated[0].paths).toHaveLength(3);
  });

  it('leaves the three current rows unread without calling them missing', () => {
    expect(r.rowsMissing).toEqual(
      expect.arrayContaining([
        '/applications/outcomes/other/overdueCorrection',
        '/applications/outcomes/other/overdueFee',
        '/applications/outcomes/other/other',
      ]),
    );
    expect(r.findings.filter((f) => f.ruleId === 'row-missing').map((f) => f.path)).not.toContain(
      '/applications/outcomes/other/overdueFee/naturalPerson',
    );
  });
});

describe('table 四 published as three sub-tables, each under its own heading', () => {
  const header = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const grid = (headings: [string, string, string]) => [
    [headings[0]],
    header,
    nums(4, 1, 1, 1, 7),
    [headings[1]],
    header,
    nums(3, 0, 1, 1, 5),
    [headings[2]],
    header,
    nums(2, 0, 0, 1, 3),
  ];

  it.each([
    [['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）']],
    [['行政复议', '未经复议直接起诉', '（复议后起诉）']],
    [['行政复议', '行政诉讼:未经复议直接起诉', '行政诉讼-复议后起诉']],
  ] as [[string, string, string]][])('lays the sub-tables end to end as the one row (%j)', (h) => {
    const r = readPublishedTable(format2021, 'table4', grid(h));
    const at = (p: string) => r.values.get(`/reviewLitigation/${p}`);
    expect([at('review/upheld'), at('review/total')]).toEqual([4, 7]);
    expect([at('litigationDirect/upheld'), at('litigationDirect/total')]).toEqual([3, 5]);
    expect([at('litigationAfterReview/pending'), at('litigationAfterReview/total')]).toEqual([
      1, 3,
    ]);
    expect(rules(r)).toEqual([]);
  });

  it('reads a sub-table row with a blank or a slash in it, not taking `3 0 1 / 4` for a page number', () => {
    const g = grid(['行政复议', '未经复议直接起诉', '复议后起诉']);
    g[5] = ['3', '0', '1', '/', '4'];
    g[8] = ['2', '', '0', '1', '3'];
    const r = readPublishedTable(format2021, 'table4', g);
    expect(r.values.get('/reviewLitigation/litigationDirect/pending')).toBe(null);
    expect(r.values.get('/reviewLitigation/litigationDirect/total')).toBe(4);
    expect(r.values.get('/reviewLitigation/litigationAfterReview/corrected')).toBe(null);
    expect(r.values.get('/reviewLitigation/litigationAfterReview/total')).toBe(3);
  });

  it('places the sub-tables by their headings, not by their order', () => {
    const g = grid(['行政诉讼（复议后起诉）', '行政复议', '行政诉讼（未经复议直接起诉）']);
    const r = readPublishedTable(format2021, 'table4', g);
    expect(r.values.get('/reviewLitigation/litigationAfterReview/total')).toBe(7);
    expect(r.values.get('/reviewLitigation/review/total')).toBe(5);
    expect(r.values.get('/reviewLitigation/litigationDirect/total')).toBe(3);
  });
});
