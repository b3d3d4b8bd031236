import { afterEach, describe, expect, it } from 'vitest';
import { fileNameFor, kindOfFile } from '../src/io.js';
import { cleanup, mount, realistic, seed, shadow } from './helpers.js';

afterEach(cleanup);

describe('import and export', () => {
  it('imports a JSON report and says what is wrong with a file that is not one', async () => {
    const el = await mount({}, seed());
    await el.importText('r.json', JSON.stringify(realistic()));
    expect(el.value).toEqual(realistic());
    await expect(el.importText('x.json', '{"hello": 1}')).rejects.toThrow('format');
    await expect(el.importText('x.json', '{"format": ')).rejects.toThrow(SyntaxError);
    expect(el.value).toEqual(realistic());
  });

  it('imports through the file input and shows an error notice', async () => {
    const el = await mount({}, seed());
    const input = shadow(el).querySelector<HTMLInputElement>('input[type="file"]')!;
    const dt = new DataTransfer();
    dt.items.add(new File(['[1,2]'], 'bad.json', { type: 'application/json' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await expect
      .poll(() => shadow(el).querySelector('[role="alert"]')?.textContent ?? '')
      .toContain('bad.json');
    expect(el.value).toEqual(seed());
  });

  it('writes Markdown with the canonical labels', async () => {
    const el = await mount({}, realistic());
    const md = await el.toMarkdown();
    expect(md).toContain('江州市人民政府');
    expect(md).toContain('收到和处理政府信息公开申请情况');
  });

  it('reads Markdown back through the lazily loaded reader', async () => {
    const el = await mount({}, realistic());
    const md = await el.toMarkdown();
    await expect(el.importText('seed.md', '# 余关镇\n\n普通文字，不是报告。')).rejects.toThrow(
      '不是年度报告',
    );
    expect(el.value).toEqual(realistic());
    el.value = seed();
    await el.importText('report.md', md);
    expect(el.value.applications).toEqual(realistic().applications);
    expect(el.value.meta.agency).toBe(realistic().meta.agency);
  });

  it('names files after the agency and year', () => {
    expect(fileNameFor(seed(), 'json')).toBe('余关镇人民政府2023年政府信息公开工作年度报告.json');
    expect(fileNameFor({ meta: { agency: 'a/b', year: 2024 } }, 'md')).toBe(
      'a_b2024年政府信息公开工作年度报告.md',
    );
    expect(kindOfFile('report.md', '{')).toBe('markdown');
    expect(kindOfFile('clipboard', ' {"format":"2021"}')).toBe('json');
  });
});

describe('hostile imports and values', () => {
  /** 1,000 nested list levels in about 1 MB, as the input: remark took 28 s on it in the page. */
  const nestedList = Array.from(
    { length: 1000 },
    (_, i) => `${'  '.repeat(i)}- 第 ${i} 层${'内容'.repeat(200)}`,
  ).join('\n');
  const deepArray = (n: number) => {
    let v: unknown = 1;
    for (let i = 0; i < n; i++) v = [v];
    return v;
  };

  it('refuses a 1,000-level nested Markdown list before parsing it, and keeps the report', async () => {
    expect(nestedList.length).toBeGreaterThan(1_000_000);
    const el = await mount({}, seed());
    const md = `# 余关镇人民政府2023年政府信息公开工作年度报告\n\n${nestedList}`;
    await expect(el.importText('deep.md', md.slice(0, 500_000))).rejects.toThrow(
      /第 \d+ 行嵌套过深（上限 32 层）/,
    );
    await expect(el.importText('deep.md', md)).rejects.toThrow(
      /内容过大（\d+ 个字符，上限 524288 个）/,
    );
    await expect(el.importText('quotes.md', '>'.repeat(100_000))).rejects.toThrow(/嵌套过深/);
    expect(el.value).toEqual(seed());
  });

  it('says so in the notice when the file input brings such a file', async () => {
    const el = await mount({ lang: 'en' }, seed());
    const input = shadow(el).querySelector<HTMLInputElement>('input[type="file"]')!;
    const dt = new DataTransfer();
    dt.items.add(new File([nestedList.slice(0, 400_000)], 'deep.md', { type: 'text/markdown' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await expect
      .poll(() => shadow(el).querySelector('[role="alert"]')?.textContent ?? '')
      .toMatch(/Could not import deep\.md: nested too deeply at line \d+ \(limit 32 levels\)/);
    expect(el.value).toEqual(seed());
  });

  it('refuses a JSON report nested thousands deep, and `value` keeps working', async () => {
    const el = await mount({}, seed());
    for (const n of [40, 3000, 100_000]) {
      const text = `{"format":"2021","applications":{"received":{"commercial":${'['.repeat(n)}1${']'.repeat(n)}}}}`;
      await expect(el.importText('deep.json', text)).rejects.toThrow(/嵌套过深（上限 32 层）/);
    }
    expect(el.value).toEqual(seed());
  });

  it('refuses a value nested deeper than a report can be, and keeps the one it had', async () => {
    const el = await mount({}, seed());
    for (const n of [40, 3000, 20_000]) {
      const r = seed() as unknown as { applications: { received: { commercial: unknown } } };
      r.applications.received.commercial = deepArray(n);
      expect(() => {
        el.value = r as never;
      }).toThrow(/deeper than 32 levels/);
      // Before, a value 3,000 deep was taken, and reading `value` then overflowed the stack.
      expect(el.value).toEqual(seed());
    }
  });
});
