import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  INPUT_LIMITS,
  limitDiagnostic,
  MARKDOWN_LIMITS,
  scanJson,
  scanHtml,
  scanMarkdown,
  scanValue,
} from '../src/index.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const nestedArray = (n: number) => `{"format":"2021","meta":${'['.repeat(n)}${']'.repeat(n)}}`;
const nestedList = (n: number) =>
  Array.from({ length: n }, (_, i) => `${' '.repeat(2 * i)}- item`).join('\n');

describe('scanJson', () => {
  it('passes every real report fixture', () => {
    for (const f of readdirSync(new URL('../fixtures/', import.meta.url)).filter((f) =>
      f.endsWith('.json'),
    ))
      expect(scanJson(fixture(f)), f).toBeNull();
  });
  it('refuses a 5,000-deep array where it passes the limit, brackets in strings not counted', () => {
    expect(scanJson(nestedArray(5000))).toEqual({
      kind: 'too-deep',
      limit: 64,
      found: 65,
      offset: 87,
    });
    expect(scanJson(nestedArray(63))).toBeNull();
    expect(scanJson(`{"a":"${'['.repeat(5000)}"}`)).toBeNull();
    expect(scanJson(`{"a":"\\"${'['.repeat(5000)}"}`)).toBeNull();
  });
  it('refuses a 9-million-character string and a document over the size limit', () => {
    const long = `{"meta":{"agency":"${'a'.repeat(9_000_000)}"}}`;
    expect(scanJson(long)).toMatchObject({ kind: 'string-too-long', found: 9_000_000, offset: 18 });
    expect(scanJson('[1,2]', { maxChars: 3 })).toMatchObject({
      kind: 'too-large',
      limit: 3,
      found: 5,
    });
  });
});

describe('scanMarkdown', () => {
  it('passes the ordinary shapes of lists, quotes, breaks and code', () => {
    expect(scanMarkdown(nestedList(20))).toBeNull();
    expect(scanMarkdown(`${'* '.repeat(200)}\n`)).toBeNull();
    expect(scanMarkdown(`\`\`\`\n${' '.repeat(400)}code\n\`\`\`\n`)).toBeNull();
  });
  it('refuses 1,000 nested list levels and 100,000 `>` at the line that passes the limit', () => {
    const lists = nestedList(1000);
    const p = scanMarkdown(lists);
    expect(p).toMatchObject({ kind: 'too-deep', limit: MARKDOWN_LIMITS.maxDepth });
    expect(lists.slice(0, p!.offset).split('\n').length).toBe(65);
    expect(scanMarkdown(`# 一\n\n${'>'.repeat(100_000)} x\n`)).toMatchObject({
      kind: 'too-deep',
      offset: 70,
    });
    // Counting stops at the limit: a line of 100,000 markers is not scanned to its end.
    expect(scanMarkdown(`${'- '.repeat(100_000)}x`)).toMatchObject({ found: 65 });
  });
  it('refuses many shallow levels that add up, and a document over its size limit', () => {
    const many = '- a\n  - b\n    - c\n'.repeat(2000);
    expect(scanMarkdown(many)).toMatchObject({ kind: 'too-much-nesting', limit: 10_000 });
    expect(scanMarkdown('x'.repeat(MARKDOWN_LIMITS.maxChars + 1))).toMatchObject({
      kind: 'too-large',
    });
    expect(scanMarkdown('x'.repeat(MARKDOWN_LIMITS.maxChars))).toBeNull();
  });
  it('refuses a paragraph of emphasis or link marks and a row of too many cells; a blank line starts a new paragraph', () => {
    expect(scanMarkdown(`# 一\n\n${'*a _b '.repeat(20_000)}x`)).toMatchObject({
      kind: 'too-many-marks',
      limit: 1000,
      offset: 5,
    });
    expect(scanMarkdown(`${'['.repeat(50_000)}x${']'.repeat(50_000)}`)).toMatchObject({
      kind: 'too-many-marks',
    });
    expect(scanMarkdown(`${'**粗体** 文字\n\n'.repeat(1000)}`)).toBeNull();
    expect(scanMarkdown(`${'|a'.repeat(50_000)}|`)).toMatchObject({
      kind: 'too-many-columns',
      limit: 200,
    });
    expect(scanMarkdown(`${'| 1 '.repeat(16)}|\n`.repeat(5000))).toBeNull();
  });
  it('never throws, and returns a problem only past a limit it names', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('>', '-', ' ', '\t', '\n', '1', '.', '`', 'a', '*') }),
        (s) => {
          const p = scanMarkdown(s, { maxDepth: 8, maxNesting: 40 });
          if (p) expect(p.found).toBeGreaterThan(p.limit);
        },
      ),
    );
  });
});

describe('scanHtml', () => {
  it('passes the real report pages, and refuses 50,000 nested elements', () => {
    const pages = readdirSync(new URL('../fixtures/reports/', import.meta.url)).filter((f) =>
      f.endsWith('.html'),
    );
    expect(pages.length).toBeGreaterThan(0);
    for (const f of pages) expect(scanHtml(fixture(`reports/${f}`)), f).toBeNull();
    // Elements whose end tag is optional or absent are not nesting.
    expect(scanHtml(`${'<p>a<br><td>1'.repeat(10_000)}`)).toBeNull();
    expect(scanHtml(`<body>${'<div>'.repeat(50_000)}`)).toMatchObject({
      kind: 'too-deep',
      limit: 256,
      offset: 1286,
    });
    expect(
      scanHtml(`<!-- ${'<div>'.repeat(500)} --><script>${'<div>'.repeat(500)}</script>`),
    ).toBeNull();
  });
});

describe('scanValue', () => {
  it('refuses a deep value and a cycle without overflowing, and passes a report', () => {
    let v: unknown = [];
    for (let i = 0; i < 100_000; i++) v = [v];
    expect(scanValue(v)).toMatchObject({ kind: 'too-deep', limit: INPUT_LIMITS.maxDepth });
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(scanValue(cycle)).toMatchObject({ kind: 'too-deep' });
    expect(scanValue({ a: 'x'.repeat(INPUT_LIMITS.maxStringChars + 1) })).toMatchObject({
      kind: 'string-too-long',
    });
    expect(scanValue(JSON.parse(fixture('realistic-2024.json')))).toBeNull();
  });
});

describe('limitDiagnostic', () => {
  it('says what was refused and the limit, in both languages, at the place given', () => {
    const d = limitDiagnostic({ kind: 'too-deep', limit: 64, found: 65, offset: 9 }, 'en', {
      line: 3,
      column: 66,
    });
    expect(d).toMatchObject({ ruleId: 'input-too-deep', severity: 'error', path: '' });
    expect(d.messages).toEqual({
      'zh-CN': '第 3 行第 66 列：嵌套过深，超过上限 64 层，未读取',
      en: 'Line 3, column 66: nested too deeply, over the limit of 64 levels; not read',
    });
  });
});
