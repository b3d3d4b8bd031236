import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORE_FIXTURES, nianbao } from './helpers.js';

/** PDF and Word files through the real command line, told by their content, not their name. */

const PUBLISHED = fileURLToPath(new URL('../../import/test/fixtures-published/', import.meta.url));
interface Entry {
  file: string;
  format: string | null;
  error?: string;
  diagnostics: {
    ruleId: string;
    path: string;
    line: number | null;
    page?: number;
    cell?: object;
  }[];
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-pdf-'));
  const copy = (from: string, to = from) => copyFileSync(join(PUBLISHED, from), join(dir, to));
  copy('county-natural-resources-2023.portrait.pdf', 'a.pdf');
  copy('district-market-regulation-2022.landscape.pdf', 'b-saved-as.bin');
  copy('district-market-regulation-2022.docx', 'c.docx');
  copy('blank-cell.portrait.pdf', 'd-blank.pdf');
  copy('old-word.doc', 'e.doc');
  copy('scanned.pdf', 'f-scan.pdf');
  copy('garbled-fonts.pdf', 'g-garbled.pdf');
  copy('county-natural-resources-2023.docx', 'h.docx');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('nianbao check on PDF and Word files', () => {
  it('reads a folder of them, a PDF saved as .bin included, and says why the others cannot be read', async () => {
    const r = await nianbao(['check', '.', 'b-saved-as.bin', '-f', 'json'], { cwd: dir });
    const out = JSON.parse(r.stdout) as Entry[];
    const by = (name: string) => out.find((e) => e.file.includes(name))!;
    expect(by('a.pdf').format).toBe('pdf');
    expect(by('a.pdf').diagnostics).toEqual([]);
    expect(by('b-saved-as.bin').format).toBe('pdf');
    expect(by('b-saved-as.bin').diagnostics).toEqual([]);
    expect(by('c.docx').format).toBe('docx');
    expect(by('c.docx').diagnostics).toEqual([]);
    expect(r.stderr).toContain('另存为');
    expect(r.stderr).toContain('没有文字层');
    expect(r.stderr).toContain('乱码');
    expect(r.code).not.toBe(0);
  }, 120_000);

  it('points a finding at its page, line and table cell, in every output', async () => {
    const json = await nianbao(['check', 'd-blank.pdf', '-f', 'json'], { cwd: dir });
    const d = (JSON.parse(json.stdout) as Entry[])[0].diagnostics.find(
      (x) => x.ruleId === 'cell-blank',
    )!;
    expect(d.path).toBe('/applications/outcomes/notProcessed/repeated/commercial');
    expect(d.page).toBe(4);
    expect(d.cell).toEqual({ table: 2, row: 25, column: 6 });
    const stylish = await nianbao(['check', 'd-blank.pdf'], { cwd: dir });
    expect(stylish.stdout).toMatch(
      /p4 \d+:\d+\s+错误\s+表三「（五）不予处理 2\.重复申请」行「商业企业」列为空白/,
    );
    const sarif = await nianbao(['check', 'd-blank.pdf', '-f', 'sarif'], { cwd: dir });
    const loc = JSON.parse(sarif.stdout).runs[0].results[0].locations[0];
    expect(loc.properties).toEqual({ page: 4, cell: { table: 2, row: 25, column: 6 } });
  }, 120_000);

  it('adds up PDF and Word reports like any other', async () => {
    const r = await nianbao(
      ['aggregate', 'a.pdf', 'h.docx', '--agency', '某市', '--year', '2023', '-o', 'sum.json'],
      { cwd: dir },
    );
    expect(r.stderr).toContain('汇总了 2 份报告');
    expect(r.code).toBe(0);
  }, 120_000);
});

describe('pdf.js is loaded only for a PDF', () => {
  it('checks JSON and a web page without loading it, and a PDF with it', async () => {
    // A module hook that refuses pdf.js: a run that tries to load it fails.
    writeFileSync(
      join(dir, 'no-pdfjs.mjs'),
      `export async function resolve(s, c, next) { if (s.includes('pdfjs-dist')) throw new Error('pdf.js was loaded'); return next(s, c); }`,
    );
    writeFileSync(
      join(dir, 'register.mjs'),
      `import { register } from 'node:module'; register('./no-pdfjs.mjs', import.meta.url);`,
    );
    copyFileSync(join(CORE_FIXTURES, 'realistic-2024.json'), join(dir, 'r.json'));
    const env = { NODE_OPTIONS: `--import ${join(dir, 'register.mjs')}` };
    const json = await nianbao(['check', 'r.json', 'c.docx'], { cwd: dir, env });
    expect(json.stderr).not.toContain('pdf.js was loaded');
    expect(json.code).toBe(0);
    const pdf = await nianbao(['check', 'a.pdf'], { cwd: dir, env });
    expect(pdf.stderr).toContain('pdf.js was loaded');
  }, 120_000);
});
