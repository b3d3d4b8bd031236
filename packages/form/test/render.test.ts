import { axisLeaves, cellsOf, format2021, labelIn, type Label } from '@nianbao/core';
import { page } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { cellInput, cleanup, mount, seed, shadow } from './helpers.js';

afterEach(cleanup);

function labelsOf(nodes: readonly { label: Label; children?: unknown[] }[]): Label[] {
  return nodes.flatMap((n) => [n.label, ...labelsOf((n.children ?? []) as { label: Label }[])]);
}

/** Every label of every table, from the layout: corner, block header, row and column labels. */
function everyLabel(): Label[] {
  return format2021.tables
    .flatMap((t) =>
      t.blocks.flatMap((b) => [
        ...(b.header ? [b.header] : []),
        ...(b.corner ? [b.corner] : []),
        ...labelsOf(b.rows),
        ...labelsOf(b.columns),
      ]),
    )
    .filter((l) => l.zh !== '');
}

describe('rendering', () => {
  it('shows every label of every table, in Chinese and in English', async () => {
    const el = await mount({}, seed());
    const texts = () =>
      new Set([...shadow(el).querySelectorAll('th')].map((th) => th.textContent!.trim()));
    const zh = texts();
    for (const l of everyLabel()) expect(zh, labelIn(l, 'zh-CN')).toContain(labelIn(l, 'zh-CN'));
    el.lang = 'en';
    await el.updateComplete;
    const en = texts();
    for (const l of everyLabel()) expect(en, l.en).toContain(l.en);
  });

  it('refuses a value that is not a report object, keeping the current one', async () => {
    const el = await mount({}, seed());
    expect(() => (el.value = 'x' as never)).toThrow(/value must be a report object/);
    expect(el.value).toEqual(seed());
    expect(el.hasAttribute('lang')).toBe(false);
  });

  it('has one input per numeric cell, each with the seed value', async () => {
    const el = await mount({}, seed());
    const inputs = shadow(el).querySelectorAll('input[part="cell"]');
    expect(inputs.length).toBe(cellsOf(format2021).length);
    expect(cellInput(el, '/applications/outcomes/total/total').value).toBe('0');
    expect(cellInput(el, '/proactive/fees/amount').value).toBe('0');
  });

  it('merges header cells as the template does', async () => {
    const el = await mount({}, seed());
    const th = (text: string) =>
      [...shadow(el).querySelectorAll('th')].find((t) => t.textContent!.trim() === text)!;
    const t3 = format2021.tables[1].blocks[0];
    const applicants = t3.columns[0];
    // 申请人情况 spans the 7 data columns; 法人或其他组织 its 5 children.
    expect(th(labelIn(applicants.label, 'zh-CN')).colSpan).toBe(
      axisLeaves(applicants.children!).length,
    );
    expect(th(labelIn(applicants.children![1].label, 'zh-CN')).colSpan).toBe(5);
    // 三、本年度办理结果 spans its 22 rows; （三）不予公开 its 8.
    const outcomes = t3.rows[2];
    expect(th(labelIn(outcomes.label, 'zh-CN')).rowSpan).toBe(
      axisLeaves(outcomes.children!).length,
    );
    expect(th(labelIn(outcomes.children![2].label, 'zh-CN')).rowSpan).toBe(8);
    // 一、 reaches across all three label columns.
    expect(th(labelIn(t3.rows[0].label, 'zh-CN')).colSpan).toBe(3);
    // Table 四: 行政复议 spans 5, 行政诉讼 10.
    const t4 = format2021.tables[2].blocks[0];
    expect(th(labelIn(t4.columns[0].label, 'zh-CN')).colSpan).toBe(5);
    expect(th(labelIn(t4.columns[1].label, 'zh-CN')).colSpan).toBe(10);
    // Every table's rows are equally wide once spans are counted.
    for (const table of shadow(el).querySelectorAll('table')) {
      const widths = new Set<number>();
      const grid: number[][] = [];
      [...table.rows].forEach((tr, r) => {
        let c = 0;
        for (const cell of tr.cells) {
          while (grid[r]?.[c]) c++;
          for (let i = 0; i < cell.rowSpan; i++)
            for (let j = 0; j < cell.colSpan; j++) {
              grid[r + i] ??= [];
              grid[r + i][c + j] = 1;
            }
          c += cell.colSpan;
        }
      });
      for (const row of grid) widths.add(row.filter(Boolean).length);
      expect(widths.size, table.getAttribute('aria-labelledby')!).toBe(1);
    }
  });

  it('names every input after its headers', async () => {
    const el = await mount({}, seed());
    const input = cellInput(el, '/applications/outcomes/withheld/stateSecret/commercial');
    const td = input.closest('td')!;
    const headerTexts = td.headers
      .split(' ')
      .map((id) => shadow(el).getElementById(id)!.textContent!.trim());
    expect(headerTexts).toEqual(
      expect.arrayContaining([
        '三、本年度办理结果',
        '（三）不予公开',
        '1.属于国家秘密',
        '法人或其他组织',
        '商业企业',
      ]),
    );
    expect(input.getAttribute('aria-label')).toContain('属于国家秘密');
    expect(input.getAttribute('aria-label')).toContain('商业企业');
  });

  it('shows HTML typed into a narrative as text', async () => {
    const el = await mount({}, seed());
    const textarea = page.elementLocator(shadow(el).getElementById('i/problems')!);
    await textarea.fill('<img src=x onerror="window.__pwned=1"><b>粗体</b>');
    await el.updateComplete;
    expect(el.value.problems).toBe('<img src=x onerror="window.__pwned=1"><b>粗体</b>');
    expect(shadow(el).querySelector('img, b')).toBeNull();
    expect(
      shadow(el).getElementById('i/problems')!.parentElement!.querySelector('.print-only')!
        .textContent,
    ).toContain('<b>粗体</b>');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
