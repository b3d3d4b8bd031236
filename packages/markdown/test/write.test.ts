import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cellsOf, format2021, getAt, labelText, setAt } from '@nianbao/core';
import { toMarkdown as toMarkdownFromWrite } from '@nianbao/markdown/write';
import { checkMarkdown, fromMarkdown, toMarkdown } from '../src/index.js';
import { json } from './helpers.js';

const realistic = json('realistic-2024.json');

describe('toMarkdown', () => {
  it('writes front matter, the title and the six sections in the template order', () => {
    const md = toMarkdown(realistic);
    expect(md.startsWith('---\nformat: "2021"\nagency: "江州市人民政府"\nyear: 2024\n')).toBe(true);
    expect(md).toContain('\n# 江州市人民政府2024年政府信息公开工作年度报告\n');
    const h2 = [...md.matchAll(/^## (.*)$/gm)].map((m) => m[1]);
    expect(h2).toEqual(format2021.sections.map((s) => `${s.no}、${labelText(s.heading)}`));
  });

  it('writes every cell of the layout exactly once, blank as an empty cell and text as typed', () => {
    const draft = structuredClone(realistic) as Record<string, unknown>;
    (draft.proactive as any).coercion.decisions = null;
    (draft.proactive as any).fees.amount = '251000元 | 约';
    const { report, sources } = fromMarkdown(toMarkdown(draft));
    for (const c of cellsOf(format2021)) {
      expect(getAt(report, c.path), c.path).toEqual(getAt(draft, c.path));
      expect(sources.has(c.path), c.path).toBe(true);
    }
    expect(toMarkdown(draft)).toContain('| 行政强制 |  |');
    expect(toMarkdown(draft)).toContain('| 251000元 \\| 约 |');
  });

  it('escapes Markdown in cell text, so text that is not a number is never read back as one', () => {
    const draft = structuredClone(realistic) as any;
    const texts = ['*12*', '`4`', '[3](x)', '<b>7</b> &amp; ~~8~~ _9_ \\ # |'];
    const typed = Object.fromEntries(texts.map((t, i) => [cellsOf(format2021)[i].path, t]));
    for (const [p, v] of Object.entries(typed)) setAt(draft, p, v);
    const text = toMarkdown(draft);
    const { report } = fromMarkdown(text);
    for (const [p, v] of Object.entries(typed)) expect(getAt(report, p), p).toBe(v);
    const flagged = checkMarkdown(text)
      .filter((d) => d.ruleId === 'cell-not-a-number')
      .map((d) => d.path);
    expect(flagged.sort()).toEqual(Object.keys(typed).sort());
  });

  it('escapes Markdown in the title: emphasis, entities and closing #s are kept as typed', () => {
    const r = structuredClone(realistic) as any;
    r.meta.title = '*江州* 市 &amp; [县](x) `2024` 年度报告 ##';
    const text = toMarkdown(r);
    expect(fromMarkdown(text).report.meta.title).toBe(r.meta.title);
    expect(toMarkdown(fromMarkdown(text).report)).toBe(text);
  });

  it('fills a missing title from agency and year', () => {
    const r = structuredClone(realistic) as any;
    delete r.meta.title;
    expect(toMarkdown(r)).toContain('\n# 江州市人民政府2024年政府信息公开工作年度报告\n');
  });

  it('refuses what is not a report, in the language asked for', () => {
    expect(() => toMarkdown(null)).toThrow(/年度报告对象/);
    expect(() => toMarkdown([], { lang: 'en' })).toThrow(/expected a report object/);
  });

  it('is the same function from the browser-safe subpath', () => {
    expect(toMarkdownFromWrite(realistic)).toBe(toMarkdown(realistic));
  });

  it('@nianbao/markdown/write imports nothing but @nianbao/core (no remark in the form bundle)', () => {
    const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/write');
    const specifiers = readdirSync(dist)
      .filter((f) => f.endsWith('.js'))
      .flatMap((f) =>
        [
          ...readFileSync(path.join(dist, f), 'utf8').matchAll(
            /\b(?:import|export)\b[^'";]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]/g,
          ),
        ].map((m) => m[1] ?? m[2]),
      );
    expect(specifiers.length).toBeGreaterThan(0);
    for (const s of specifiers) expect(s === '@nianbao/core' || s.startsWith('./'), s).toBe(true);
  });
});
