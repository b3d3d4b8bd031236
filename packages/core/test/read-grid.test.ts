import { describe, expect, it } from 'vitest';
import { cellsOf, format2021, type TableLayout } from '../src/layout/index.js';
import {
  readTable,
  readTableStream,
  streamRows,
  type GridCell,
  type TableReading,
} from '../src/read/index.js';
import {
  barClosedCells,
  loadLines,
  pipeRows,
  pipeStream,
  sections,
  spaceRows,
  tabRows,
  textOf,
  type Line,
} from './text-grids.js';

const cellsOfTable = (id: TableLayout['id']) => cellsOf(format2021).filter((c) => c.table === id);
const ids = (r: TableReading) => r.findings.map((f) => f.ruleId);
const byRule = (r: TableReading, ruleId: string) => r.findings.filter((f) => f.ruleId === ruleId);

function report(name: string) {
  const lines = loadLines(name);
  const s = sections(lines, format2021);
  return { lines, get: (key: Parameters<typeof s.get>[0]) => s.get(key) ?? [] };
}
const lineOf = (lines: Line[], start: string) => lines.find((l) => l.text.startsWith(start))!.line;

describe('the seed (tab-separated, merged cells collapsed)', () => {
  const seed = report('seed-yuguan-2023.txt');

  it.each([
    ['table2', 'proactive', 10],
    ['table3', 'applications', 175],
    ['table4', 'reviewLitigation', 15],
  ] as const)('reads every cell of %s as 0', (table, section, count) => {
    const r = readTable(format2021, table, tabRows(seed.get(section)));
    expect(r.findings).toEqual([]);
    expect(r.truncated).toBe(false);
    expect(r.rowsMissing).toEqual([]);
    expect(cellsOfTable(table)).toHaveLength(count);
    for (const c of cellsOfTable(table)) expect(r.values.get(c.path), c.path).toBe(0);
    expect(r.values.size).toBe(count);
  });

  it('places the rows whose indentation was lost under their group', () => {
    const r = readTable(format2021, 'table3', tabRows(seed.get('applications')));
    const other = r.sources.get('/applications/outcomes/other/other/naturalPerson');
    expect(other?.line).toBe(lineOf(seed.lines, '3.其他'));
    expect(r.sources.get('/applications/outcomes/total/total')?.line).toBe(
      lineOf(seed.lines, '(七) 总计'),
    );
    // 3.其他 sits in column 0, with an empty merged cell after it: its first number is column 3
    expect(other).toMatchObject({ column: '3.其他\t\t'.length + 1, text: '0' });
    expect(r.rowsFound.find((f) => f.path === '/applications/outcomes/other/other')?.written).toBe(
      '3.其他',
    );
  });
});

describe('real-01 (pipe rows, the page ends inside table 三)', () => {
  const r01 = report('real-01-shenzhen-longgang-qu-bumen-2024.txt');

  it('reads table 二', () => {
    const r = readTable(format2021, 'table2', pipeRows(r01.get('proactive')));
    expect(r.findings).toEqual([]);
    expect(r.values.get('/proactive/normativeDocuments/issued')).toBe(5);
    expect(r.values.get('/proactive/normativeDocuments/repealed')).toBe(1);
    expect(r.values.get('/proactive/normativeDocuments/inForce')).toBe(25);
    expect(r.values.get('/proactive/fees/amount')).toBe(0);
  });

  it('says the table was cut off, and reports nothing missing when told the document was', () => {
    const r = readTable(format2021, 'table3', pipeRows(r01.get('applications')), {
      complete: false,
    });
    expect(r.truncated).toBe(true);
    expect(r.findings).toEqual([]);
    expect(r.values.get('/applications/received/total')).toBe(66);
    expect(r.values.get('/applications/outcomes/partiallyGranted/naturalPerson')).toBe(16);
    expect(r.values.get('/applications/outcomes/withheld/internalAffairs/total')).toBe(1);
    // the last row lost its 总计
    expect(r.values.get('/applications/outcomes/withheld/enforcementFiles/other')).toBe(0);
    expect(r.values.has('/applications/outcomes/withheld/enforcementFiles/total')).toBe(false);
    expect(r.rowsFound.at(-1)).toMatchObject({
      path: '/applications/outcomes/withheld/enforcementFiles',
      cellsRead: 6,
      columns: 7,
    });
    expect(r.rowsMissing).toContain('/applications/carriedForward');
    expect(r.rowsMissing).toHaveLength(14);
  });

  it('reports the rows it did not reach as missing when told the table is complete', () => {
    const r = readTable(format2021, 'table3', pipeRows(r01.get('applications')));
    const missing = byRule(r, 'row-missing');
    expect(missing).toHaveLength(14);
    expect(missing.every((f) => f.severity === 'error')).toBe(true);
    const last = missing.at(-1)!;
    expect(last.path).toBe('/applications/carriedForward/naturalPerson');
    expect(last.paths).toHaveLength(7);
    expect(last.messages['zh-CN']).toContain('`四、结转下年度继续办理`');
    expect(last.messages.en).toBe('Missing row `Carried forward to next year` in table 三');
  });
});

describe('real-02 (one cell per line, "|" ends a cell)', () => {
  const r02 = report('real-02-changchun-erdao-fangwuzhengshou-2022.txt');

  it('reads table 三 from the flat stream, blank cells as null', () => {
    const r = readTableStream(format2021, 'table3', pipeStream(r02.get('applications')));
    expect(r.values.get('/applications/received/naturalPerson')).toBe(56);
    expect(r.values.get('/applications/received/total')).toBe(56);
    expect(r.values.get('/applications/received/commercial')).toBeNull();
    expect(r.values.get('/applications/outcomes/granted/naturalPerson')).toBe(18);
    expect(r.values.has('/applications/outcomes/granted/total')).toBe(true);
    expect(r.values.get('/applications/outcomes/granted/total')).toBeNull();
    expect(r.truncated).toBe(true);
    expect(r.unknownRows).toEqual([]);
  });

  it('reports the altered labels as variants, at the row’s first cell, with the canonical label', () => {
    const r = readTableStream(format2021, 'table3', pipeStream(r02.get('applications')), {
      complete: false,
    });
    expect(ids(r)).toEqual(['label-variant', 'label-variant']);
    const [partial, internal] = r.findings;
    expect(partial).toMatchObject({
      severity: 'warning',
      path: '/applications/outcomes/partiallyGranted/naturalPerson',
      actual: '(二)部分公开(区分处理的,只计这一情况,不计其他情形)',
      expected: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    });
    expect(partial.source?.line).toBe(lineOf(r02.lines, '(二)部分公开'));
    expect(internal).toMatchObject({
      path: '/applications/outcomes/withheld/internalAffairs/naturalPerson',
      actual: '5.属于三类内容事务信息',
      expected: '5.属于三类内部事务信息',
    });
    expect(internal.messages.en).toBe(
      'Unexpected label `5.属于三类内容事务信息` in table 三, expected `5.属于三类内部事务信息`',
    );
    expect(internal.message).toBe(internal.messages['zh-CN']);
  });

  it('reads table 二 from the stream, with the spaced block headers', () => {
    const r = readTableStream(format2021, 'table2', pipeStream(r02.get('proactive')));
    expect(r.findings).toEqual([]);
    for (const c of cellsOfTable('table2')) expect(r.values.get(c.path), c.path).toBe(0);
  });

  it('cuts the stream into one row per label', () => {
    const rows = streamRows(format2021, 'table3', pipeStream(r02.get('applications'))).map((r) =>
      r.map((c) => textOf(c).trim()).filter(Boolean),
    );
    expect(rows).toContainEqual(['三、本年度办理结果', '(一)予以公开', '18']);
    expect(rows).toContainEqual(['(三)不予公开', '1.属于国家秘密']);
    expect(rows).toContainEqual(['一、本年新收政府信息公开申请数量', '56', '56']);
  });
});

describe('real-12 (cells spread over lines, each closed by a "|" line)', () => {
  const r12 = report('real-12-xinjiang-nilka-zhen-2023.txt');
  // the section's first line is prose ("该部分以表格形式报告。表格如下:"), not a cell
  const cells = (key: 'proactive' | 'applications') => barClosedCells(r12.get(key).slice(1));

  it('reads table 二, a town reporting 6 规章 in force (the checker judges that)', () => {
    const r = readTableStream(format2021, 'table2', cells('proactive'));
    expect(r.findings).toEqual([]);
    expect(r.values.get('/proactive/regulations/inForce')).toBe(6);
    expect(r.values.size).toBe(10);
  });

  it('reads table 三 up to where the page ends, joining labels broken over lines', () => {
    const r = readTableStream(format2021, 'table3', cells('applications'), { complete: false });
    // the page ends inside the label 6.属于四类过程性信息 itself
    expect(r.findings.map((f) => [f.ruleId, f.actual])).toEqual([
      ['label-variant', '6.属于四类过程性信'],
    ]);
    expect(r.truncated).toBe(true);
    expect(r.rowsFound.at(-1)).toMatchObject({
      path: '/applications/outcomes/withheld/processInformation',
      cellsRead: 0,
    });
    expect(r.values.get('/applications/outcomes/withheld/internalAffairs/total')).toBe(0);
    expect(r.values.size).toBe(9 * 7);
  });
});

describe('real-23 (PDF text, table 四 headers split across lines)', () => {
  it('skips the mangled headers and reads the 15 numbers', () => {
    const r23 = report('real-23-weihai-wendeng-xinfangju-2022-table4-page.txt');
    const r = readTable(format2021, 'table4', spaceRows(r23.get('reviewLitigation')));
    expect(r.findings).toEqual([]);
    expect(r.truncated).toBe(false);
    for (const c of cellsOfTable('table4')) expect(r.values.get(c.path), c.path).toBe(0);
    expect(r.sources.get('/reviewLitigation/litigationAfterReview/total')).toMatchObject({
      line: lineOf(r23.lines, '0 0 0'),
      column: 29,
      text: '0',
    });
  });
});

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
