import { cellsOf, getAt, getFormat } from '@nianbao/core';
import { describe, expect, it } from 'vitest';
import {
  checkHtml,
  checkReading,
  checkText,
  expandTable,
  fromHtml,
  fromText,
} from '../src/index.js';
import { fromHtml as parseHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { byRule, json } from './helpers.js';
import { pageHtml, tabText } from './render.js';

const layout = getFormat('2021');
const realistic = json('realistic-2024.json');

describe('HTML hard cases', () => {
  it('expands rowspan and colspan into the grid a person sees, text at the top-left only', () => {
    const tree = parseHtml(
      '<table><tr><td rowspan="2" colspan="2">a</td><td>b</td></tr><tr><td>c</td></tr><tr><td>d</td><td colspan="2">e</td></tr></table>',
      { fragment: true },
    );
    const table = tree.children[0] as Element;
    const grid = expandTable(table, (td) => (td.children[0] as { value: string }).value);
    expect(grid).toEqual([
      ['a', '', 'b'],
      ['', '', 'c'],
      ['d', 'e', ''],
    ]);
  });

  it('caps a hostile rowspan at the table’s last row', () => {
    const tree = parseHtml(
      '<table><tr><td rowspan="65534">a</td></tr><tr><td>b</td></tr></table>',
      { fragment: true },
    );
    expect(expandTable(tree.children[0] as Element, () => 'x')).toHaveLength(2);
  });

  it('reads numbers nested in spans and fonts, labels split by <br> and spans, and full-width digits', () => {
    let html = pageHtml(layout, realistic);
    // 行政许可 split over a <br> and a span, its value in full-width digits inside nested markup
    html = html.replace(
      '<td>行政许可</td>',
      '<td><span>行政</span><br><span style="x">许可</span></td>',
    );
    const value = String(getAt(realistic, '/proactive/licensing/decisions'));
    const full = [...value].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('');
    const before = html.indexOf('行政</span><br>');
    const at = html.indexOf(`<font face="仿宋">${value}</font>`, before);
    html =
      html.slice(0, at) +
      `<font face="仿宋"><span><b>${full}</b></span></font>` +
      html.slice(at + `<font face="仿宋">${value}</font>`.length);
    const r = fromHtml(html);
    expect(getAt(r.report, '/proactive/licensing/decisions')).toBe(Number(value));
    const found = checkReading(r);
    expect(found.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(byRule(found, 'cell-normalized').map((d) => d.actual)).toEqual([full]);
    const src = r.sources.get('/proactive/licensing/decisions')!;
    expect(html.slice(src.offset!, src.endOffset!)).toBe(full);
  });

  it('ignores tables that are not the report’s (metadata before, links after) and reads the date from the metadata table', () => {
    const r = fromHtml(pageHtml(layout, realistic));
    expect(r.report.meta.publishedAt).toBe('2025-03-28');
    expect(String(r.report.otherMatters)).not.toMatch(/相关链接|主办单位/);
    expect(String(r.report.overview)).not.toMatch(/索引号|首页/);
  });

  it('points a narrative finding into the page', () => {
    const broken = {
      ...realistic,
      overview: `${String(realistic.overview)}\n\n本年度共收到政府信息公开申请130件。`,
    };
    const html = pageHtml(layout, broken);
    const [d] = byRule(checkHtml(html), 'narrative-table-mismatch');
    expect(d).toBeDefined();
    expect(html.slice(d.source!.offset!, d.source!.endOffset!)).toContain('130件');
  });

  it('reads a page cut off inside table 三: the rows shown, null after, one table-incomplete', () => {
    const html = pageHtml(layout, realistic);
    const cut = html.slice(0, html.indexOf('<td>（四）无法提供</td>'));
    const r = fromHtml(cut);
    expect(r.complete).toBe(false);
    expect(getAt(r.report, '/applications/outcomes/withheld/administrativeQuery/total')).toBe(
      getAt(realistic, '/applications/outcomes/withheld/administrativeQuery/total'),
    );
    expect(
      getAt(r.report, '/applications/outcomes/unableToProvide/notHeld/naturalPerson'),
    ).toBeNull();
    expect(getAt(r.report, '/reviewLitigation/review/total')).toBeNull();
    const found = checkReading(r);
    expect(found.filter((d) => d.severity !== 'info').map((d) => d.ruleId)).toEqual([
      'table-incomplete',
    ]);
    expect(found[0].path).toBe('/applications/outcomes/unableToProvide/notHeld/naturalPerson');
  });

  it('says which section is missing when the page is complete without it', () => {
    const html = pageHtml(layout, realistic);
    const a = html.indexOf('<p><strong>五、');
    const b = html.indexOf('<p><strong>六、');
    const found = checkHtml(html.slice(0, a) + html.slice(b));
    expect(found.filter((d) => d.severity === 'error').map((d) => [d.ruleId, d.path])).toEqual([
      ['section-missing', '/problems'],
    ]);
  });
});

describe('text hard cases', () => {
  it('reads a tab-separated report cut off mid-table, without inventing zeros', () => {
    const text = tabText(layout, realistic);
    const cut = text.slice(0, text.indexOf('\t3.要求提供公开出版物') + 8);
    const r = fromText(cut);
    const found = checkReading(r);
    expect(found.filter((d) => d.severity !== 'info').map((d) => d.ruleId)).toEqual([
      'table-incomplete',
    ]);
    expect(getAt(r.report, '/applications/outcomes/notProcessed/repeated/total')).toBe(
      getAt(realistic, '/applications/outcomes/notProcessed/repeated/total'),
    );
    expect(
      getAt(r.report, '/applications/outcomes/notProcessed/publications/naturalPerson'),
    ).toBeNull();
    expect(getAt(r.report, '/applications/outcomes/total/total')).toBeNull();
  });

  it('reads a report in pipe rows with a numbering written apart from its label', () => {
    const text = tabText(layout, realistic)
      .replace(/\t/g, ' | ')
      .replace(/^(.* \| .*)$/gm, '$1 |');
    const r = fromText(text);
    expect(r.complete).toBe(true);
    expect(checkReading(r).filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('reports a blank written as a placeholder as blank, never 0', () => {
    const text = tabText(layout, realistic).replace(/^(行政强制\t)\d+$/m, '$1/');
    const found = checkText(text);
    expect(byRule(found, 'cell-blank').map((d) => [d.path, d.source?.text])).toEqual([
      ['/proactive/coercion/decisions', '/'],
    ]);
  });

  it('does not read a document that is not a report as one', () => {
    const r = fromText('会议纪要\n一、会议议题\n讨论了年度工作。');
    expect(r.recognized).toBe(false);
    for (const c of cellsOf(layout)) expect(getAt(r.report, c.path)).toBeNull();
  });
});
