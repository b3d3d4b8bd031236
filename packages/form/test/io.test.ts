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
