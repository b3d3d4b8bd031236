import { cellsOf, getAt, getFormat } from '@nianbao/core';
import { describe, expect, it } from 'vitest';
import { checkReading, checkText, fromHtml, fromText } from '../src/index.js';
import { byRule, fixture, ids, lineOf, serious } from './helpers.js';

/** Issue 5 §6: the outcome required on every file of the shared reports. */

const cells = (format: string, table: string) =>
  cellsOf(getFormat(format)).filter((c) => c.table === table);

describe('the title, in the wordings published reports use (core’s parseTitle, shared with Markdown)', () => {
  const text = fixture('seed-yuguan-2023.txt');
  const title = '余关镇人民政府 2023 年政府信息公开工作年度报 告';
  it.each([
    ['关于余关镇2023年度政府信息公开工作的报告', '余关镇', 2023],
    ['余关镇2023年政务公开工作年度报告', '余关镇', 2023],
    ['2023年度余关镇政府信息公开工作年度报告', '余关镇', 2023],
  ])('%s', (line, agency, year) => {
    expect(text).toContain(title);
    const r = fromText(text.replace(title, line));
    expect(r.report.meta).toMatchObject({ title: line, agency, year });
  });
});

describe('seed-yuguan-2023.txt (tab-separated, the whole report)', () => {
  const text = fixture('seed-yuguan-2023.txt');
  const r = fromText(text);

  it('imports completely, every cell 0, and has no finding at all', () => {
    expect(r.complete).toBe(true);
    expect(r.format).toBe('2021');
    for (const c of cellsOf(getFormat('2021'))) expect(getAt(r.report, c.path), c.path).toBe(0);
    expect(checkReading(r)).toEqual([]);
  });

  it('takes agency and year from the title, and the narratives from their sections', () => {
    expect(r.report.meta).toMatchObject({ agency: '余关镇人民政府', year: 2023 });
    expect(r.report.overview).toMatch(/^1\.主动公开情况/);
    expect(r.report.otherMatters).not.toBe('');
  });

  it('points every cell at its place in the text', () => {
    const src = r.sources.get('/applications/outcomes/other/other/naturalPerson')!;
    expect(src.line).toBe(lineOf(text, '3.其他'));
    expect(text.slice(src.offset!, src.endOffset!)).toBe('0');
  });
});

describe('real-01 (pipe rows, page ends inside table 三)', () => {
  const text = fixture('real-01-shenzhen-longgang-qu-bumen-2024.txt');
  const r = fromText(text);
  const found = checkReading(r);

  it('imports table 二', () => {
    expect(getAt(r.report, '/proactive/normativeDocuments/issued')).toBe(5);
    expect(getAt(r.report, '/proactive/normativeDocuments/inForce')).toBe(25);
    for (const c of cells('2021', 'table2'))
      expect(typeof getAt(r.report, c.path), c.path).toBe('number');
  });

  it('imports the visible rows of table 三 and leaves the rest null, never 0', () => {
    expect(getAt(r.report, '/applications/received/total')).toBe(66);
    expect(getAt(r.report, '/applications/outcomes/withheld/enforcementFiles/other')).toBe(0);
    expect(getAt(r.report, '/applications/outcomes/withheld/enforcementFiles/total')).toBeNull();
    expect(getAt(r.report, '/applications/carriedForward/total')).toBeNull();
    expect(r.complete).toBe(false);
  });

  it('says where the table stops: table-incomplete at the last cell read, naming the first cell not reached', () => {
    const [d] = byRule(found, 'table-incomplete');
    expect(d.severity).toBe('error');
    expect(d.path).toBe('/applications/outcomes/withheld/enforcementFiles/total');
    expect(d.source?.line).toBe(lineOf(text, '7.属于行政执法案卷'));
    expect(d.messages['zh-CN']).toContain('7.属于行政执法案卷');
    expect(d.messages.en).toMatch(/Unexpected end of the document/);
    // nothing is reported about the cells the page never reached
    expect(ids(found).filter((id) => id !== 'table-incomplete' && id !== 'schema')).toEqual([]);
  });
});

describe('real-02 (one cell per line, "|" ends a cell)', () => {
  const found = checkText(fixture('real-02-changchun-erdao-fangwuzhengshou-2022.txt'));

  it('yields row-total on （一）予以公开, 自然人 18 with 总计 blank', () => {
    const d = byRule(found, 'row-total').find((x) =>
      x.paths.includes('/applications/outcomes/granted/naturalPerson'),
    );
    expect(d?.path).toBe('/applications/outcomes/granted/total');
  });

  it('yields cell-blank on the blank cells it read', () => {
    expect(byRule(found, 'cell-blank').map((d) => d.path)).toContain(
      '/applications/outcomes/granted/total',
    );
  });

  it('yields the two label variants, with the template wording', () => {
    expect(byRule(found, 'label-variant').map((d) => [d.actual, d.expected])).toEqual([
      [
        '(二)部分公开(区分处理的,只计这一情况,不计其他情形)',
        '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      ],
      ['5.属于三类内容事务信息', '5.属于三类内部事务信息'],
    ]);
  });

  it('finds the agency in the opening sentence and the year in the title', () => {
    const r = fromText(fixture('real-02-changchun-erdao-fangwuzhengshou-2022.txt'));
    expect(r.report.meta).toMatchObject({ agency: '二道区房屋征收工作管理办公室', year: 2022 });
    expect(byRule(found, 'table-incomplete')).toHaveLength(1);
  });
});

describe('real-12 (cells closed by "|" lines), a town with 6 规章', () => {
  const text = fixture('real-12-xinjiang-nilka-zhen-2023.txt');
  const found = checkText(text);

  it('yields regulations-implausible at the cell', () => {
    const [d] = byRule(found, 'regulations-implausible');
    expect(d.path).toBe('/proactive/regulations/inForce');
    expect(d.source?.line).toBe(lineOf(text, '6\n'));
  });

  it('does not take the label cut in the middle of a word for an altered one', () => {
    expect(byRule(found, 'label-variant')).toEqual([]);
    expect(byRule(found, 'table-incomplete')).toHaveLength(1);
  });
});

describe('real-17 (bare one cell per line, 2019 tables in a 2022 report)', () => {
  const text = fixture('real-17-jiaxian-xizhen-2022-old-template.txt');
  const r = fromText(text);
  const found = checkReading(r);

  it('detects the 2019 format from the labels and yields format-outdated where the old labels are', () => {
    expect(r.format).toBe('2019');
    const [d] = byRule(found, 'format-outdated');
    expect(d.severity).toBe('error');
    expect(d.source?.line).toBe(lineOf(text, '本年新制作数量'));
  });

  it('reads meta from the title and the page’s 发布时间', () => {
    expect(r.report.meta).toMatchObject({ agency: '螅镇', year: 2022, publishedAt: '2023-01-31' });
  });

  it('keeps the empty cells blank (null), never 0', () => {
    for (const c of cells('2019', 'table2')) expect(getAt(r.report, c.path), c.path).toBeNull();
    expect(byRule(found, 'cell-blank').length).toBeGreaterThan(0);
  });
});

describe('real-23 (PDF page text, table 四 headers split over lines)', () => {
  it('yields table 四 with 15 zeros', () => {
    const r = fromText(fixture('real-23-weihai-wendeng-xinfangju-2022-table4-page.txt'));
    const t4 = cells('2021', 'table4');
    expect(t4).toHaveLength(15);
    for (const c of t4) expect(getAt(r.report, c.path), c.path).toBe(0);
    expect(r.report.meta).toMatchObject({ agency: '威海市文登区信访局', year: 2022 });
    expect(byRule(checkReading(r), 'row-unknown')).toEqual([]);
  });
});

describe('real-shuyang-fgj-2023.html (a saved government page)', () => {
  const html = fixture('real-shuyang-fgj-2023.html');
  const r = fromHtml(html);
  const found = checkReading(r);

  it('reads title, agency, year and publication date from the page', () => {
    expect(r.report.meta).toMatchObject({
      title: '沭阳县发展和改革局2023年政府信息公开年度报告',
      agency: '沭阳县发展和改革局',
      year: 2023,
      publishedAt: '2024-01-17',
    });
  });

  it('reads the tables through the CMS markup, numbers wrapped in spans', () => {
    expect(getAt(r.report, '/applications/received/naturalPerson')).toBe(26);
    expect(typeof getAt(r.report, '/applications/received/total')).toBe('number');
    for (const c of cells('2021', 'table4'))
      expect(typeof getAt(r.report, c.path), c.path).toBe('number');
    expect(getAt(r.report, '/reviewLitigation/review/pending')).toBe(1);
    expect(byRule(found, 'review-litigation-total')).toEqual([]);
    const src = r.sources.get('/applications/received/naturalPerson')!;
    expect(html.slice(src.offset!, src.endOffset!)).toBe('26');
  });

  it('leaves out the site header, the metadata table and scripts', () => {
    expect(r.report.overview).toMatch(/^2023年/);
    expect(String(r.report.overview)).not.toMatch(/索引号|jquery/);
    expect(String(r.report.otherMatters)).not.toMatch(/xggj/);
  });

  it('finds the reworded section 五 and says so', () => {
    expect(byRule(found, 'label-variant').map((d) => d.actual)).toContain(
      '五、存在的主要问题及整改措施',
    );
    expect(r.report.problems).not.toBe('');
    expect(byRule(found, 'section-missing')).toEqual([]);
  });

  it('reports the blank organisation cells the page really has, and 规范性文件 as a variant label', () => {
    expect(byRule(found, 'cell-blank').map((d) => d.path)).toContain(
      '/applications/received/commercial',
    );
    expect(byRule(found, 'row-unknown')).toEqual([]);
    expect(byRule(found, 'label-variant').map((d) => [d.actual, d.expected])).toContainEqual([
      '规范性文件',
      '行政规范性文件',
    ]);
    expect(serious(found).every((d) => d.source !== undefined)).toBe(true);
  });
});
