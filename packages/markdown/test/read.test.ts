import { describe, expect, it } from 'vitest';
import { cellsOf, format2021, getAt, setAt } from '@nianbao/core';
import { checkMarkdown, fromMarkdown, toMarkdown } from '../src/index.js';
import { fixture, json } from './helpers.js';

const realistic = json('realistic-2024.json');
const seed = json('seed-yuguan-2023.json');
const cells = cellsOf(format2021);

const ids = (list: { ruleId: string }[]) => list.map((d) => d.ruleId).sort();

/** Every cell value equal to the expected report's. */
function expectCells(actual: unknown, expected: unknown) {
  for (const c of cells) expect(getAt(actual, c.path), c.path).toEqual(getAt(expected, c.path));
}

describe('fromMarkdown on the canonical form', () => {
  it('reads the realistic report back whole, with no findings', () => {
    const { report, findings, recognized } = fromMarkdown(toMarkdown(realistic));
    expect(findings).toEqual([]);
    expect(recognized).toBe(true);
    expect(report).toEqual(realistic);
  });

  it('gives the exact span of every value: offsets, 1-based line/column, end exclusive', () => {
    const text = toMarkdown(realistic);
    const { sources } = fromMarkdown(text);
    const lines = text.split('\n');
    for (const c of cells) {
      const s = sources.get(c.path)!;
      expect(text.slice(s.offset, s.endOffset), c.path).toBe(String(getAt(realistic, c.path)));
      expect(s.text).toBe(String(getAt(realistic, c.path)));
      expect(lines[s.line - 1].slice(s.column - 1, s.endColumn! - 1)).toBe(s.text);
    }
    const title = sources.get('/meta/title')!;
    expect(text.slice(title.offset, title.endOffset)).toBe(
      '江州市人民政府2024年政府信息公开工作年度报告',
    );
    const overview = sources.get('/overview')!;
    expect(text.slice(overview.offset, overview.endOffset)).toBe(realistic.overview);
  });

  it('gives an empty cell a zero-width span where its value goes, so a fix can insert', () => {
    const draft = structuredClone(realistic);
    setAt(draft, '/proactive/coercion/decisions', null);
    const text = toMarkdown(draft);
    const s = fromMarkdown(text).sources.get('/proactive/coercion/decisions')!;
    expect(s.offset).toBe(s.endOffset);
    expect(text.slice(s.offset! - 2, s.offset! + 2)).toBe('| ' + ' |');
    const fixed = text.slice(0, s.offset) + '27' + text.slice(s.endOffset);
    expect(fromMarkdown(fixed).report).toEqual(realistic);
  });
});

describe('fromMarkdown on the shapes people paste', () => {
  it('reads the seed report pasted from its extracted text (merged cells spread, 1 × 15 table 四)', () => {
    const { report, findings } = fromMarkdown(fixture('seed-pasted.md'));
    expect(findings).toEqual([]);
    expectCells(report, seed);
    expect(report.meta).toMatchObject({ agency: '余关镇人民政府', year: 2023 });
    expect((report.overview as string).startsWith('1.主动公开情况')).toBe(true);
    expect(report.otherMatters).toBe('无');
  });

  it('accepts labels without numbering, with half-width parentheses and spaces, and 表四 rows without 行政诉讼', () => {
    let text = toMarkdown(realistic)
      .replace('| （一）予以公开 |', '| (一) 予以公开 |')
      .replace('| 1.属于国家秘密 |', '| 属于国家秘密 |')
      .replace('| 一、本年新收政府信息公开申请数量 |', '| 一、 本年新收 政府信息公开申请数量 |')
      .replace('| 行政诉讼：复议后起诉 |', '| 复议后起诉 |')
      .replace('| 行政诉讼：未经复议直接起诉 |', '| 行政诉讼（未经复议直接起诉） |')
      .replace(
        '## 四、政府信息公开行政复议、行政诉讼情况',
        '## 四、因政府信息公开工作被申请行政复议、提起行政诉讼的情况',
      );
    const { report, findings } = fromMarkdown(text);
    expect(findings).toEqual([]);
    expectCells(report, realistic);
    // And all of table 二 in one table.
    text = text.replace(/\n\n\| 第二十条第（[五六八]）项 [^\n]*\n\| :-- [^\n]*/g, '');
    const one = fromMarkdown(text);
    expect(one.findings).toEqual([]);
    expectCells(one.report, realistic);
  });

  it('reads front matter first and falls back to the title for agency and year', () => {
    const text = toMarkdown(realistic).replace(/^---\n[\s\S]*?\n---\n\n/, '');
    const { report, sources } = fromMarkdown(text);
    expect(report.meta).toEqual({
      title: '江州市人民政府2024年政府信息公开工作年度报告',
      agency: '江州市人民政府',
      year: 2024,
    });
    expect(sources.get('/meta/year')!.line).toBe(1);
  });

  it.each([
    // Read the same way as the text reader (core's parseTitle): `关于` is not part of the agency,
    // the other wordings and an agency after the year are read too.
    ['关于余关镇2023年度政府信息公开工作的报告', '余关镇', 2023],
    ['余关镇2023年政务公开工作年度报告', '余关镇', 2023],
    ['2023年度余关镇政府信息公开工作年度报告', '余关镇', 2023],
  ])('takes agency and year from the title %s', (title, agency, year) => {
    const text = toMarkdown(realistic).replace(/^---\n[\s\S]*?\n---\n\n# [^\n]*/, `# ${title}`);
    const { report, sources } = fromMarkdown(text);
    expect(report.meta).toEqual({ title, agency, year });
    expect(sources.get('/meta/agency')!.line).toBe(1);
  });
});

describe('reader findings', () => {
  it('label-variant: reads an altered label and gives the canonical text as the fix', () => {
    const text = toMarkdown(realistic).replace('属于三类内部事务信息', '属于三类内容事务信息');
    const { report, findings } = fromMarkdown(text);
    expectCells(report, realistic);
    expect(findings).toHaveLength(1);
    const [d] = findings;
    expect(d).toMatchObject({
      ruleId: 'label-variant',
      severity: 'warning',
      actual: '5.属于三类内容事务信息',
      expected: '5.属于三类内部事务信息',
    });
    expect(text.slice(d.source!.offset, d.source!.endOffset)).toBe('5.属于三类内容事务信息');
    expect(d.url).toMatch(/docs\/rules\.md#label-variant$/);
  });

  it('label-variant on a section heading', () => {
    const text = toMarkdown(realistic).replace(
      '## 五、存在的主要问题及改进情况',
      '## 五、存在的主要问题和改进情况',
    );
    const [d] = fromMarkdown(text).findings;
    expect(d).toMatchObject({
      ruleId: 'label-variant',
      actual: '五、存在的主要问题和改进情况',
      expected: '五、存在的主要问题及改进情况',
    });
  });

  it('section-missing, section-order and table-missing, each placed and explaining its blanks', () => {
    const md = toMarkdown(realistic);
    const noSix = md.slice(0, md.indexOf('## 六、'));
    expect(ids(fromMarkdown(noSix).findings)).toEqual(['section-missing']);

    const five = md.slice(md.indexOf('## 五、'), md.indexOf('## 六、'));
    const swapped = md.replace(five, '').replace('## 四、', five + '## 四、');
    const order = fromMarkdown(swapped);
    expect(ids(order.findings)).toEqual(['section-order']);
    expect(order.findings[0].source!.text).toBe('四、政府信息公开行政复议、行政诉讼情况');
    expect(order.report.problems).toBe(realistic.problems);

    const t4 = md.slice(md.indexOf('|  | 结果维持'), md.indexOf('## 五、'));
    const noTable = md.replace(t4, '（表格见附件）\n\n');
    const all = checkMarkdown(noTable);
    // One finding for the missing table, not fifteen blank cells.
    expect(ids(all.filter((d) => d.severity === 'error' && !d.ruleId.endsWith('-total')))).toEqual([
      'table-missing',
    ]);
    expect(all.find((d) => d.ruleId === 'table-missing')!.source!.text).toBe(
      '四、政府信息公开行政复议、行政诉讼情况',
    );
  });

  it('row-missing and row-unknown, values of an unknown row kept out of the report', () => {
    const text = toMarkdown(realistic)
      .replace(/\| 2\.重复申请 \|[^\n]*\n/, '')
      .replace('| 行政强制 | 27 |', '| 行政强制 | 27 |\n| 政府集中采购 | 3 |');
    const { report, findings, absent } = fromMarkdown(text);
    expect(ids(findings)).toEqual(['row-missing', 'row-unknown']);
    expect(getAt(report, '/applications/outcomes/notProcessed/repeated/naturalPerson')).toBeNull();
    expect(absent.has('/applications/outcomes/notProcessed/repeated/total')).toBe(true);
    const unknown = findings.find((d) => d.ruleId === 'row-unknown')!;
    expect(unknown.source!.text).toBe('政府集中采购');
    const all = checkMarkdown(text);
    expect(all.some((d) => d.ruleId === 'cell-blank' && d.path.includes('/repeated/'))).toBe(false);
  });

  it('a document that is not a report is not recognised, and says which sections it lacks', () => {
    const r = fromMarkdown('# 会议纪要\n\n今天开会。\n');
    expect(r.recognized).toBe(false);
    expect(r.findings.filter((d) => d.ruleId === 'section-missing')).toHaveLength(6);
  });

  it('invalid front matter is reported where YAML fails, and the title still gives agency and year', () => {
    const text = toMarkdown(realistic).replace('year: 2024', 'year: [2024');
    const r = fromMarkdown(text);
    expect(ids(r.findings)).toEqual(['front-matter']);
    expect(r.report.meta.year).toBe(2024);
  });

  it('an unknown format is reported on its value in the front matter, naming the formats accepted', () => {
    const text = toMarkdown(realistic).replace('format: "2021"', 'format: "2020"');
    const [zh] = checkMarkdown(text).filter((d) => d.ruleId === 'front-matter');
    expect(zh.source).toMatchObject({ line: 2, column: 9, text: '"2020"' });
    expect(zh.message).toBe('文件头中的格式版本`format: 2020`未知，可用的格式版本："2019"、"2021"');
    const [en] = checkMarkdown(text, { lang: 'en' }).filter((d) => d.ruleId === 'front-matter');
    expect(en.message).toBe(
      'Unknown `format: 2020` in front matter, expected one of: "2019", "2021"',
    );
  });

  it("core's document rules run too, placed on the words in the narrative", () => {
    const text = toMarkdown(realistic).replace(
      '全面贯彻《中华人民共和国政府信息公开条例》',
      '全面贯彻《中华人民共和国政府信息公开条例》和国办公开办函〔2019〕60号',
    );
    const found = checkMarkdown(text);
    expect(ids(found)).toEqual(['citation-outdated']);
    const s = found[0].source!;
    expect(text.slice(s.offset, s.endOffset)).toBe('国办公开办函〔2019〕60号');
    expect(text.split('\n')[s.line - 1].slice(s.column - 1, s.endColumn! - 1)).toBe(
      '国办公开办函〔2019〕60号',
    );
  });

  it('messages in English on request, zh-CN by default', () => {
    const text = toMarkdown(realistic).replace('属于三类内部事务信息', '属于三类内容事务信息');
    expect(fromMarkdown(text).findings[0].message).toMatch(/与模板不一致/);
    expect(fromMarkdown(text, { lang: 'en' }).findings[0].message).toMatch(/^Unexpected label/);
  });

  it('never throws on arbitrary text', () => {
    for (const t of [
      '',
      '|',
      '| a |\n| - |\n| 1 |',
      '---\n---\n',
      '## 三、收到和处理政府信息公开申请情况\n\n| x |\n| - |\n|  |',
      '\u0000\uffff',
    ]) {
      expect(() => checkMarkdown(t)).not.toThrow();
    }
  });
});

describe('words typed into table 四', () => {
  it('keep their row, as text, whether or not they hold a digit', () => {
    const r = json('realistic-2024.json') as any;
    for (const v of ['见附件', '政0!!!00A!']) {
      r.reviewLitigation.review.upheld = v;
      const back = fromMarkdown(toMarkdown(r));
      expect(back.report.reviewLitigation).toEqual(r.reviewLitigation);
      expect(back.findings.map((f) => f.ruleId)).toEqual([]);
    }
  });
});
