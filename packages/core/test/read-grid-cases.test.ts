import { describe, expect, it } from 'vitest';
import { format2021 } from '../src/layout/index.js';
import { type GridCell, readTable, readTableStream, type TableReading } from '../src/read/index.js';
import { loadReport } from './text-grids.js';

/**
 * The grid reader on hand-made grids, one hard case each: values as typed, labels and headers
 * written otherwise, rows given twice or out of place, a blank or wordy table 四.
 */

const ids = (r: TableReading) => r.findings.map((f) => f.ruleId);
const byRule = (r: TableReading, ruleId: string) => r.findings.filter((f) => f.ruleId === ruleId);

const report = (name: string) => loadReport(name, format2021);

describe('hard cases', () => {
  const table2 = (extra: GridCell[][] = []): GridCell[][] => [
    ['第二十条第（一）项', '', '', ''],
    ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
    ['规章（设区的市、自治州人民政府应提供相关数据）', '１２', '1,234', '/'],
    ['行政规范性文件', '—', '无', '3'],
    ['其他主动公开文件', '7', '', ''],
    ...extra,
    ['第二十条 第(五)项'],
    ['信息内容', '本年处理决定数量'],
    ['行政许可', ' 4 '],
    ['第二十条第（六）项'],
    ['信息内容', '本年处理决定数量'],
    ['行政处罚', '0'],
    ['行政强制', '0'],
    ['第二十条第（八）项'],
    ['信息内容', '本年收费金额（单位：万元）'],
    ['行政事业性收费', '251000元'],
  ];

  it('reads full-width digits, thousands separators, placeholders and words as typed', () => {
    const r = readTable(format2021, 'table2', table2());
    expect(Object.fromEntries(r.values)).toEqual({
      '/proactive/regulations/issued': 12,
      '/proactive/regulations/repealed': 1234,
      '/proactive/regulations/inForce': null,
      '/proactive/normativeDocuments/issued': null,
      '/proactive/normativeDocuments/repealed': null,
      '/proactive/normativeDocuments/inForce': 3,
      '/proactive/licensing/decisions': 4,
      '/proactive/punishment/decisions': 0,
      '/proactive/coercion/decisions': 0,
      '/proactive/fees/amount': '251000元',
    });
    const normalized = byRule(r, 'cell-normalized');
    expect(normalized.map((f) => [f.path, f.actual, f.expected, f.severity])).toEqual([
      ['/proactive/regulations/issued', '１２', 12, 'info'],
      ['/proactive/regulations/repealed', '1,234', 1234, 'info'],
    ]);
    expect(normalized[0].messages.en).toMatch(/^Unexpected `１２` in table 二.*expected `12`$/);
    // the checker, not the reader, reports blanks and words in number cells
    expect(ids(r).filter((id) => id !== 'cell-normalized' && id !== 'row-unknown')).toEqual([]);
  });

  it('matches a label with a filling note and keeps the note', () => {
    const r = readTable(format2021, 'table2', table2());
    expect(r.rowsFound[0]).toMatchObject({
      path: '/proactive/regulations',
      note: '(设区的市、自治州人民政府应提供相关数据)',
    });
    expect(byRule(r, 'label-variant')).toEqual([]);
  });

  it('reports a province’s extra row as unknown and keeps its text', () => {
    const r = readTable(format2021, 'table2', table2());
    const unknown = byRule(r, 'row-unknown');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({
      severity: 'warning',
      actual: '其他主动公开文件',
      path: '/proactive',
    });
    expect(r.unknownRows).toEqual([
      {
        text: '其他主动公开文件',
        gridRow: 4,
        cells: ['其他主动公开文件', '7', '', ''],
        source: undefined,
      },
    ]);
  });

  it('gives grid coordinates as the source of a cell given without one', () => {
    const r = readTable(format2021, 'table2', table2());
    expect(r.sources.get('/proactive/regulations/repealed')).toEqual({
      line: 3,
      column: 3,
      text: '1,234',
    });
  });

  it('reads columns in the order the header row gives, and reports an altered column header', () => {
    const r = readTable(format2021, 'table2', [
      ['第二十条第（一）项'],
      ['信息内容', '现行有效件', '本年制发件数', '本年废止件数'],
      ['规章', '3', '1', '2'],
    ]);
    expect(r.values.get('/proactive/regulations/inForce')).toBe(3);
    expect(r.values.get('/proactive/regulations/issued')).toBe(1);
    expect(r.values.get('/proactive/regulations/repealed')).toBe(2);
    expect(byRule(r, 'label-variant')).toEqual([
      expect.objectContaining({
        path: '/proactive/regulations/inForce',
        actual: '现行有效件',
        expected: '现行有效件数',
      }),
    ]);
  });

  it('reads no value under a header it does not know, instead of misreading the 2019 table 二', () => {
    const r = readTable(format2021, 'table2', [
      ['第二十条第(一)项'],
      ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
      ['规章', '0', '0', '0'],
      ['规范性文件', '2', '2', '10'],
      ['第二十条第(五)项'],
      ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
      ['行政许可', '20', '减4', '16'],
      ['其他对外管理服务事项', '3', '-1', '2'],
      ['第二十条第(九)项'],
      ['信息内容', '采购项目数量', '采购总金额'],
      ['政府集中采购', '1', '251000元'],
    ]);
    expect([...r.values.keys()]).toEqual([]);
    expect(r.unknownRows.map((u) => u.text)).toEqual([
      '本年新制作数量 | 本年新公开数量 | 对外公开总数量',
      // 规范性文件 is a known variant of 行政规范性文件: a row, but no column it could fill.
      '上一年项目数量 | 本年增/减 | 处理决定数量',
      '其他对外管理服务事项',
      '第二十条第(九)项',
      '采购项目数量 | 采购总金额',
      '政府集中采购',
    ]);
    expect(byRule(r, 'row-unknown')).toHaveLength(6);
  });

  it('does not crash on the 2019 table 二 flattened without cell boundaries', () => {
    const r17 = report('real-17-jiaxian-xizhen-2022-old-template.txt');
    const cells = r17
      .get('proactive')
      .map((l) => l.text)
      .filter((t) => t.trim());
    const r = readTableStream(format2021, 'table2', cells);
    expect(r.values.size).toBe(0);
    expect(r.unknownRows.map((u) => u.text).join(' ')).toContain('本年新制作数量');
  });

  it('reads half-width parentheses and 3、 numbering, placing nested rows by their group', () => {
    const r = readTable(format2021, 'table3', [
      [
        '三、本年度办理结果',
        '(三)不予公开',
        '3、危及"三安全一稳定"',
        '1',
        '0',
        '0',
        '0',
        '0',
        '0',
        '1',
      ],
      ['', '', '8、属于行政查询事项', '2', '0', '0', '0', '0', '0', '2'],
      ['', '(六)其他处理', '3、其他', '5', '0', '0', '0', '0', '0', '5'],
      ['(七)总计', '8', '0', '0', '0', '0', '0', '8'],
    ]);
    expect(
      r.values.get('/applications/outcomes/withheld/threeSecuritiesOneStability/naturalPerson'),
    ).toBe(1);
    expect(r.values.get('/applications/outcomes/withheld/administrativeQuery/total')).toBe(2);
    expect(r.values.get('/applications/outcomes/other/other/total')).toBe(5);
    expect(r.values.get('/applications/outcomes/total/naturalPerson')).toBe(8);
    expect(byRule(r, 'label-variant')).toEqual([]);
  });

  it('reads merged label cells expanded, the label repeated in every merged position', () => {
    const r = readTable(format2021, 'table3', [
      [
        '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
        '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
        '申请人情况',
        '申请人情况',
        '申请人情况',
      ],
      [
        '一、本年新收政府信息公开申请数量',
        '一、本年新收政府信息公开申请数量',
        '1',
        '2',
        '3',
        '4',
        '5',
        '6',
        '21',
      ],
      ['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密', '7', '0', '0', '0', '0', '0', '7'],
      [
        '三、本年度办理结果',
        '（三）不予公开',
        '2.其他法律行政法规禁止公开',
        '9',
        '0',
        '0',
        '0',
        '0',
        '0',
        '9',
      ],
      ['三、本年度办理结果', '（七）总计', '（七）总计', '16', '0', '0', '0', '0', '0', '16'],
    ]);
    expect(r.values.get('/applications/received/total')).toBe(21);
    expect(r.values.get('/applications/received/naturalPerson')).toBe(1);
    expect(r.values.get('/applications/outcomes/withheld/prohibitedByLaw/naturalPerson')).toBe(9);
    expect(r.values.get('/applications/outcomes/total/total')).toBe(16);
    expect(r.unknownRows).toEqual([]);
  });

  it('reads table 四 headers split into pieces across cells', () => {
    const r = readTable(format2021, 'table4', [
      ['行政复议', '', '', '', '', '行政诉讼'],
      [
        '结果',
        '维持',
        '结果',
        '纠正',
        '其他',
        '结果',
        '尚未',
        '审结',
        '总',
        '计',
        '未经复议直接起诉',
        '复议后起诉',
      ],
      Array.from({ length: 15 }, (_, i) => String(i)),
    ]);
    expect(r.findings).toEqual([]);
    expect(r.values.get('/reviewLitigation/review/upheld')).toBe(0);
    expect(r.values.get('/reviewLitigation/litigationDirect/pending')).toBe(8);
    expect(r.values.get('/reviewLitigation/litigationAfterReview/total')).toBe(14);
  });

  it('says table 四 is cut short when its row has fewer than 15 cells', () => {
    const r = readTable(
      format2021,
      'table4',
      [['0', '0', '0', '0', '0', '0', '0', '0', '0', '0']],
      {
        complete: false,
      },
    );
    expect(r.truncated).toBe(true);
    expect(r.values.size).toBe(10);
    expect(r.values.has('/reviewLitigation/litigationAfterReview/upheld')).toBe(false);
  });

  it('reports a row given twice, reading the first', () => {
    const r = readTable(format2021, 'table2', [
      ['规章', '1', '1', '1'],
      ['规章', '2', '2', '2'],
    ]);
    expect(r.values.get('/proactive/regulations/issued')).toBe(1);
    expect(byRule(r, 'row-duplicate')).toEqual([
      expect.objectContaining({ path: '/proactive/regulations/issued', severity: 'warning' }),
    ]);
  });

  it('keeps words typed after a row label as data, not as a label', () => {
    const r = readTable(format2021, 'table2', [['行政许可', '暂无数据']]);
    expect(r.values.get('/proactive/licensing/decisions')).toBe('暂无数据');
    expect(r.unknownRows).toEqual([]);
  });

  it('writes messages in the language asked for, both always present', () => {
    const r = readTable(format2021, 'table2', [['其他主动公开文件', '1']], {
      lang: 'en',
      complete: false,
    });
    expect(r.findings[0].message).toBe(
      'Unexpected row `其他主动公开文件` in table 二, expected a row of the template',
    );
    expect(r.findings[0].messages['zh-CN']).toBe(
      '表二中的行 `其他主动公开文件` 不是模板中的行，其数据未读取',
    );
  });

  it('does not take prose that strayed into table 四 for its row', () => {
    const r = readTable(format2021, 'table4', [
      ['本机关2022年未发生行政复议、行政诉讼'],
      Array(15).fill('0'),
    ]);
    expect(r.values.get('/reviewLitigation/review/upheld')).toBe(0);
    expect(r.unknownRows.map((u) => u.text)).toEqual(['本机关2022年未发生行政复议、行政诉讼']);
  });

  it('ignores empty rows and trailing empty cells', () => {
    const r = readTable(format2021, 'table4', [[], ['', ''], [...Array(15).fill('0'), '', '', '']]);
    expect(r.values.size).toBe(15);
    expect(r.findings).toEqual([]);
  });
});

describe('a wholly blank table 四', () => {
  it('reads its one unlabeled row as 15 blank cells, not as a missing row', () => {
    const header = ['行政复议', '', '', '', '', '行政诉讼'];
    const r = readTable(format2021, 'table4', [header, Array(15).fill('')]);
    expect(r.rowsMissing).toEqual([]);
    expect(r.values.size).toBe(15);
    expect([...r.values.values()].every((v) => v === null)).toBe(true);
  });
  it('does not take a short empty spacer row for it', () => {
    const r = readTable(format2021, 'table4', [['行政复议'], ['', '']]);
    expect(r.values.size).toBe(0);
  });
});

describe('leftover words after the rows have begun', () => {
  it('reports a piece of the table title below the data as an unknown row, not as a header', () => {
    const r = readTable(format2021, 'table3', [
      ['一、本年新收政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1'],
      ['信息'],
    ]);
    expect(r.findings.filter((d) => d.ruleId === 'row-unknown').map((d) => d.actual)).toEqual([
      '信息',
    ]);
  });
});

describe('table 四 with words typed into its cells', () => {
  it('keeps the row and the words as values', () => {
    const header = ['行政复议', '', '', '', '', '行政诉讼'];
    const row = ['见附件', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0'];
    const r = readTable(format2021, 'table4', [header, row]);
    expect(r.rowsMissing).toEqual([]);
    expect(r.values.get('/reviewLitigation/review/upheld')).toBe('见附件');
    expect(r.values.size).toBe(15);
  });
});
