import { format2019, format2021, getFormat, labelText, tableOf } from '@nianbao/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat, detectInput, fromHtml, fromText } from '../src/index.js';
import { fixture, json } from './helpers.js';
import { pageHtml } from './render.js';

describe('detectInput', () => {
  it.each([
    ['real-shuyang-fgj-2023.html', 'html'],
    ['seed-yuguan-2023.txt', 'text'],
    ['real-02-changchun-erdao-fangwuzhengshou-2022.txt', 'text'],
    ['real-23-weihai-wendeng-xinfangju-2022-table4-page.txt', 'text'],
    ['realistic-2024.json', 'json'],
  ])('%s is %s', (name, kind) => {
    expect(detectInput(fixture(name))).toBe(kind);
    expect(detectInput(new TextEncoder().encode(fixture(name)))).toBe(kind);
  });

  it('tells Markdown, fragments of HTML, binary and GBK pages apart', () => {
    expect(detectInput('---\nagency: x\n---\n\n# 标题\n\n## 一、总体情况\n')).toBe('markdown');
    expect(detectInput('| a | b |\n| --- | --- |\n| 1 | 2 |')).toBe('markdown');
    expect(detectInput('<p>一、总体情况</p><table><tr><td>0</td></tr></table>')).toBe('html');
    expect(detectInput(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))).toBe('unknown');
    expect(detectInput(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toBe('unknown');
    expect(detectInput('   ')).toBe('unknown');
    expect(detectInput('{ not json: 一、总体情况')).toBe('text');
    // 政府信息 in GBK
    expect(detectInput(new Uint8Array([0xd5, 0xfe, 0xb8, 0xae, 0xd0, 0xc5, 0xcf, 0xa2]))).toBe(
      'text',
    );
  });
});

describe('detectFormat', () => {
  const labels = (f: typeof format2021) =>
    tableOf(f, 'table2').blocks.flatMap((b) =>
      [...b.columns, ...b.rows].map((n) => labelText(n.label)),
    );

  it('votes by the labels only one format has', () => {
    expect(detectFormat(labels(format2019))).toBe('2019');
    expect(detectFormat(labels(format2021))).toBe('2021');
    expect(detectFormat([])).toBe('2021');
  });

  it('tells 2019 from a （六）其他处理 row followed by numbers', () => {
    const six = tableOf(format2019, 'table3')
      .blocks[0].rows.find((r) => r.key === 'outcomes')!
      .children!.find((c) => c.key === 'other')!;
    expect(detectFormat([], undefined, [`${labelText(six.label)}\t0\t0\t0\t0\t0\t0\t0`])).toBe(
      '2019',
    );
  });

  it('reads a 2019 page on the 2019 layout', () => {
    const report = json('realistic-2024.json');
    const r = fromHtml(pageHtml(getFormat('2019'), { ...report, format: '2019' }));
    expect(r.format).toBe('2019');
  });
});

describe('robustness', () => {
  it('fromHtml and fromText never throw on arbitrary strings', () => {
    const seedText = fixture('seed-yuguan-2023.txt');
    const anyText = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      // cut and spliced pieces of a real report, the usual shape of bad input
      fc
        .tuple(fc.nat(seedText.length), fc.nat(2000), fc.string({ maxLength: 20 }))
        .map(([a, n, s]) => seedText.slice(a, a + n) + s),
      fc
        .array(
          fc.constantFrom(
            '<table>',
            '<tr>',
            '<td rowspan="9">',
            '</td>',
            '一、总体情况',
            '三、收到和处理政府信息公开申请情况',
            '0',
            '|',
            '\t',
            '\n',
            '<br>',
            '（一）予以公开',
            '&nbsp;',
          ),
          { maxLength: 60 },
        )
        .map((xs) => xs.join('')),
    );
    fc.assert(
      fc.property(anyText, (s) => {
        fromText(s);
        fromHtml(s);
      }),
      { numRuns: 300 },
    );
  });

  it('survives input that is not a string at run time', () => {
    expect(() => fromText(undefined as unknown as string)).not.toThrow();
    expect(() => fromHtml(null as unknown as string)).not.toThrow();
  });
});
