import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { remark } from 'remark';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { RULE_REGISTRY, RULES } from '@nianbao/core';
import { MARKDOWN_RULE_IDS } from '@nianbao/markdown';
import nianbao, { createPreset, ruleList, rules } from '../src/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const broken = readFileSync(
  path.resolve(here, '../../../examples/markdown-lint/reports/broken.md'),
  'utf8',
);

const run = async (text: string, preset = nianbao) =>
  remark()
    .use(preset)
    .process(new VFile({ path: 'report.md', value: text }));

describe('the rules', () => {
  it('has one plugin per rule of the registry a Markdown file can break, named nianbao:<id>', () => {
    // carry-over-mismatch compares two reports, duplicate-key is JSON's, and a Markdown file is
    // read whole, so no table of it is cut off: nothing else is left out.
    const notInMarkdown = ['carry-over-mismatch', 'duplicate-key', 'table-incomplete'];
    const ids = RULE_REGISTRY.map((r) => r.id).filter((id) => !notInMarkdown.includes(id));
    expect(ids).toEqual(expect.arrayContaining([...MARKDOWN_RULE_IDS, ...RULES.map((r) => r.id)]));
    expect(Object.keys(rules).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(rules[id].name).toBe(`nianbao:${id}`);
    expect(ruleList.find((r) => r.id === 'row-total')!.url).toMatch(/docs\/rules\.md#row-total$/);
    expect(ruleList.find((r) => r.id === 'section-missing')!.url).toMatch(
      /docs\/rules\.md#section-missing$/,
    );
    expect(ruleList.find((r) => r.id === 'front-matter')!.url).toMatch(
      /docs\/rules\.md#front-matter$/,
    );
    expect(ruleList.find((r) => r.id === 'year-mismatch')!.url).toMatch(
      /docs\/rules\.md#year-mismatch$/,
    );
  });
});

describe('messages', () => {
  it('point at the exact cell, name the related cells, and carry actual/expected for the one-cell fix', async () => {
    const file = await run(broken);
    const m = file.messages.find((x) => x.ruleId === 'row-total')!;
    expect(m.source).toBe('nianbao');
    expect(m.fatal).toBe(true);
    expect(m.place).toEqual({
      start: { line: 59, column: 48, offset: expect.any(Number) },
      end: { line: 59, column: 51, offset: expect.any(Number) },
    });
    const start = (m.place as { start: { offset: number } }).start.offset;
    expect(broken.slice(start, start + 3)).toBe('130');
    expect(m.actual).toBe('130');
    expect(m.expected).toEqual(['131']);
    expect(m.url).toMatch(/rules\.md#row-total$/);
    expect(String((m.cause as Error).message)).toMatch(/自然人 \(59:22\)/);
    expect((m as unknown as { paths: string[] }).paths).toContain(
      '/applications/received/naturalPerson',
    );
  });

  it('every message has a place, even in a document with no title and an unknown format', async () => {
    const untitled = broken.replace(/^# .*\n/m, '').replace('format: "2021"', 'format: "2020"');
    for (const text of ['', '今天开会。\n', untitled, broken.slice(0, broken.length / 3)]) {
      const file = await run(text);
      expect(file.messages.length, text.slice(0, 20)).toBeGreaterThan(0);
      for (const m of file.messages) expect(m.place, `${m.ruleId}: ${m.reason}`).toBeDefined();
    }
    const format = (await run(untitled)).messages.find((m) => m.ruleId === 'front-matter')!;
    expect(format.line).toBe(2);
    expect(format.column).toBe(9);
  });

  it('a blank total gets an empty actual and the sum as expected: the editor inserts it', async () => {
    const text = broken.replace(
      '| 行政复议 | 3 | 1 | 1 | 1 | 5 |',
      '| 行政复议 | 3 | 1 | 1 | 1 |  |',
    );
    const m = (await run(text)).messages.find((x) => x.ruleId === 'review-litigation-total')!;
    const place = m.place as { start: { offset: number }; end: { offset: number } };
    expect(place.start.offset).toBe(place.end.offset);
    expect(m.actual).toBe('');
    expect(m.expected).toEqual(['6']);
  });

  it('are zh-CN by default and English with { lang: "en" }', async () => {
    const zh = (await run(broken)).messages.find((x) => x.ruleId === 'section-missing')!;
    const en = (await run(broken, createPreset({ lang: 'en' }) as typeof nianbao)).messages.find(
      (x) => x.ruleId === 'section-missing',
    )!;
    expect(zh.reason).toBe('缺少第六部分`六、其他需要报告的事项`');
    expect(en.reason).toBe('Missing section 六 `六、其他需要报告的事项`');
  });

  it('respect the severity and on/off chosen in configuration', async () => {
    const file = await remark()
      .use(nianbao)
      .use(rules['cell-blank'], false)
      .use(rules['label-variant'], ['error'])
      .process(broken);
    expect(file.messages.some((m) => m.ruleId === 'cell-blank')).toBe(false);
    expect(file.messages.find((m) => m.ruleId === 'label-variant')!.fatal).toBe(true);
  });
});

describe('usable from the unified API with a single rule', () => {
  it('one rule alone reports only its own findings (with remark-gfm for tables)', async () => {
    const { default: remarkGfm } = await import('remark-gfm');
    const { default: remarkStringify } = await import('remark-stringify');
    const file = await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(rules['row-total'])
      .use(remarkStringify)
      .process(broken);
    expect(file.messages.map((m) => m.ruleId)).toEqual(['row-total']);
  });
});
