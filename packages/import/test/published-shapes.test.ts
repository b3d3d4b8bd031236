import { readFileSync } from 'node:fs';
import { cellsOf, getAt, getFormat } from '@nianbao/core';
import { describe, expect, it } from 'vitest';
import { checkReading, fromHtml, fromText } from '../src/index.js';
import { byRule, ids, lineOf } from './helpers.js';

/**
 * Shapes of published text that only real files have (issue 10), on made-up fragments of the real
 * shape: `pdf-shapes` is a PDF's text with a title over two lines, a label wrapped around its
 * numbers, numbers above their label, a label's end after a wide gap, a piece of the vertical
 * （六）其他处理 between the lines of a wrapped label, a group label and its first row on one
 * line, page numbers and pieces of group labels inside table 三, and two labels with a dropped
 * character. `pdf-facts` adds a title without 年 or agency, the agency named only in the
 * sentence that says the report was compiled, a statistics period with 年 dropped, and the 2019
 * format cited by its title in half-width brackets. Both hold the figures of
 * `district-market-regulation-2022.json`, different on every row.
 */

const layout = getFormat('2021');
const read = (name: string) => readFileSync(new URL(`./fixtures-${name}`, import.meta.url), 'utf8');
const expected = JSON.parse(read('pdf/district-market-regulation-2022.json'));
const wrongCells = (report: unknown) =>
  cellsOf(layout)
    .filter((c) => getAt(report, c.path) !== getAt(expected, c.path))
    .map((c) => `${c.path}: ${String(getAt(report, c.path))}`);

describe('PDF text with the shapes of published tables', () => {
  const text = read('shapes/pdf-shapes-2022.txt');
  const r = fromText(text);
  const found = checkReading(r);

  it('reads every cell with the value printed on its row', () => {
    expect(wrongCells(r.report)).toEqual([]);
    expect(r.complete).toBe(true);
  });

  it('says only the two altered labels, at their lines, with the template’s wording', () => {
    expect(ids(found)).toEqual(['label-variant', 'label-variant']);
    expect(found.map((d) => d.source?.line)).toEqual([
      lineOf(text, '2.其他法律行政法规禁公开'),
      lineOf(text, '4.保护第三方合权益'),
    ]);
    expect(found.map((d) => d.expected)).toEqual([
      '2.其他法律行政法规禁止公开',
      '4.保护第三方合法权益',
    ]);
  });

  it('reads a title set over two lines, agency on the first', () => {
    expect(text.startsWith('临川区市场监督管理局\n2022 年')).toBe(true);
    expect(r.report.meta).toMatchObject({
      agency: '临川区市场监督管理局',
      year: 2022,
      title: '临川区市场监督管理局2022 年政府信息公开工作年度报告',
    });
    expect(r.sources.get('/meta/title')).toMatchObject({ line: 1, endLine: 2 });
  });
});

describe('facts in the words of real reports', () => {
  const text = read('shapes/pdf-facts-2022.txt');
  const r = fromText(text);
  const found = checkReading(r);

  it('takes the year from a title without 年, and the agency from the sentence that compiles the report', () => {
    expect(r.report.meta).toMatchObject({
      title: '2022度政府信息公开工作年度报告',
      year: 2022,
      agency: '临川区市场监督管理局',
    });
    expect(r.sources.get('/meta/agency')?.line).toBe(2);
    expect(byRule(found, 'schema')).toEqual([]);
  });

  it('reads the period with 年 dropped, and says only that 年 is missing', () => {
    expect(byRule(found, 'year-mismatch').map((d) => d.actual ?? d.message)).toHaveLength(2);
    expect(byRule(found, 'year-mismatch')[0].message).toContain('缺少“年”字');
  });

  it('finds the 2019 format cited by its title in half-width brackets', () => {
    const cited = byRule(found, 'citation-outdated');
    expect(cited).toHaveLength(1);
    expect(cited[0].message).toContain('<中华人民共和国政府信息公开工作年度报告格式(试行)>');
  });

  it('still reads every cell', () => {
    expect(wrongCells(r.report)).toEqual([]);
  });
});

describe('dates and citations as published', () => {
  const page = (overview: string) =>
    fromText(
      `2023年政府信息公开工作年度报告\n一、总体情况\n${overview}\n二、主动公开政府信息情况\n`,
    );

  it('reads the year from a period written with dots', () => {
    expect(page('统计期限为2023.1.1-2023.12.31。').report.meta.year).toBe(2023);
  });

  it('reads the year from a period with 年 dropped from both dates', () => {
    expect(page('本报告统计期限自20241月1日至202412月31日。').report.meta.year).toBe(2024);
  });

  it('finds the 2019 notice and format cited by title, in full- or half-width brackets', () => {
    for (const cite of [
      '《中华人民共和国政府信息公开工作年度报告格式（试行）》',
      '关于印发中华人民共和国政府信息公开工作年度报告格式(试行)的通知',
      '〈政府信息公开工作年度报告格式（试行）〉',
    ]) {
      const r = page(`本局依据${cite}编制本报告。`);
      expect(byRule(checkReading(r), 'citation-outdated'), cite).toHaveLength(1);
    }
  });

  it('says a missing agency in a clerk’s words, not by its JSON Pointer', () => {
    const r = page('2023年，各项工作顺利开展。');
    const missing = byRule(checkReading(r), 'schema');
    expect(missing.map((d) => d.message)).toEqual([
      '未找到报告机关名称：标题和正文开头都没有写明是哪个机关的年度报告',
    ]);
    expect(missing[0].message).not.toContain('/meta');
  });
});

describe('a group label and its first row in one cell of a web page table', () => {
  it('reads both rows of the group, with no missing or unknown row', () => {
    const rows = [
      ['（三）不予公开', '1.属于国家秘密', 5, 2, 0, 0, 0, 0, 7],
      ['（四）无法提供 1.本机关不掌握相关政府信息', 13, 1, 0, 0, 0, 0, 14],
      ['2.没有现成信息需要另行制作', 14, 2, 1, 1, 0, 0, 18],
    ];
    const html = `<h1>临川区市场监督管理局2022年政府信息公开工作年度报告</h1><p>三、收到和处理政府信息公开申请情况</p><table>${rows
      .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
      .join('')}</table><p>四、政府信息公开行政复议、行政诉讼情况</p>`;
    const r = fromHtml(html);
    const at = (p: string) => getAt(r.report, `/applications/outcomes/unableToProvide/${p}`);
    expect([at('notHeld/naturalPerson'), at('notHeld/total'), at('needsCreation/total')]).toEqual([
      13, 14, 18,
    ]);
    const found = checkReading(r).filter((d) => ['row-unknown', 'row-missing'].includes(d.ruleId));
    // Only rows this fragment leaves out are missing; neither row of the shared cell is.
    expect(byRule(found, 'row-unknown')).toEqual([]);
    expect(found.map((d) => d.message).filter((m) => /不掌握|没有现成/.test(m))).toEqual([]);
  });
});

describe('table 四 published as sub-tables under their own headings', () => {
  const head =
    '临川区市场监督管理局2022年政府信息公开工作年度报告\n一、总体情况\n2022年，本局认真落实条例。\n';
  const expectRead = (report: unknown) => {
    expect(getAt(report, '/reviewLitigation')).toEqual({
      review: { upheld: 4, corrected: 1, other: 1, pending: 1, total: 7 },
      litigationDirect: { upheld: 3, corrected: 0, other: 1, pending: 1, total: 5 },
      litigationAfterReview: { upheld: 2, corrected: 0, other: 0, pending: 1, total: 3 },
    });
  };
  const table4Findings = (r: ReturnType<typeof fromText>) =>
    checkReading(r).filter((d) => d.path.startsWith('/reviewLitigation'));

  it('in text: each heading, header row and row of numbers on lines of their own', () => {
    const r = fromText(
      `${head}四、政府信息公开行政复议、行政诉讼情况\n行政复议\n结果维持 结果纠正 其他结果 尚未审结 总计\n4 1 1 1 7\n行政诉讼（未经复议直接起诉）\n结果维持 结果纠正 其他结果 尚未审结 总计\n3 0 1 1 5\n行政诉讼（复议后起诉）\n结果维持 结果纠正 其他结果 尚未审结 总计\n2 0 0 1 3\n五、存在的主要问题及改进情况\n无。\n`,
    );
    expectRead(r.report);
    expect(table4Findings(r)).toEqual([]);
  });

  it('in a web page: three tables, each after a paragraph naming it', () => {
    const sub = (h: string, v: number[]) =>
      `<p>${h}</p><table><tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr><tr>${v.map((x) => `<td>${x}</td>`).join('')}</tr></table>`;
    const r = fromHtml(
      `<h1>临川区市场监督管理局2022年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>2022年，本局认真落实条例。</p><p>四、政府信息公开行政复议、行政诉讼情况</p>${sub('行政复议', [4, 1, 1, 1, 7])}${sub('行政诉讼（未经复议直接起诉）', [3, 0, 1, 1, 5])}${sub('（复议后起诉）', [2, 0, 0, 1, 3])}<p>五、存在的主要问题及改进情况</p><p>无。</p>`,
    );
    expectRead(r.report);
    expect(table4Findings(r)).toEqual([]);
  });
});

describe('a table whose layout is not recognised at all', () => {
  it('is said once, where the table is, not as one finding per row or cell', () => {
    const text = `临川区市场监督管理局2022年政府信息公开工作年度报告\n一、总体情况\n2022年，本局认真落实条例。\n三、收到和处理政府信息公开申请情况\n类别\t件数\t占比\n依申请公开\t12\t50%\n主动咨询\t12\t50%\n合计\t24\t100%\n四、政府信息公开行政复议、行政诉讼情况\n`;
    const found = checkReading(fromText(text)).filter((d) => d.path.startsWith('/applications'));
    expect(ids(found)).toEqual(['table-unrecognized']);
    expect(found[0].source?.line).toBe(lineOf(text, '类别'));
    expect(found[0].message).toBe(
      '第三部分的表格无法识别：4行中没有一行是`收到和处理政府信息公开申请情况`的行，表格中的数据未读取',
    );
  });
});
