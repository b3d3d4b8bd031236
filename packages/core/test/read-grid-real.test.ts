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
  loadReport,
  pipeRows,
  pipeStream,
  spaceRows,
  tabRows,
  textOf,
  type Line,
} from './text-grids.js';

/** The grid reader on the tables of real reports, each laid out as its text extractor left it. */

const cellsOfTable = (id: TableLayout['id']) => cellsOf(format2021).filter((c) => c.table === id);
const ids = (r: TableReading) => r.findings.map((f) => f.ruleId);
const byRule = (r: TableReading, ruleId: string) => r.findings.filter((f) => f.ruleId === ruleId);

const report = (name: string) => loadReport(name, format2021);
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
