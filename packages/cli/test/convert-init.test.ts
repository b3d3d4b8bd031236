import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cellsOf, format2021 } from '@nianbao/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nianbao, scratch } from './helpers.js';

describe('nianbao init', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = scratch()));
  afterAll(() => cleanup());

  it('prints a JSON skeleton with every cell present and blank, which check flags cell by cell', async () => {
    const r = await nianbao([
      'init',
      '--agency',
      '余关镇人民政府',
      '--year',
      '2025',
      '--level',
      'township',
      '--to',
      'json',
    ]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.meta).toMatchObject({
      agency: '余关镇人民政府',
      year: 2025,
      agencyLevel: 'township',
    });
    expect(report.meta.title).toContain('余关镇人民政府2025');
    writeFileSync(join(dir, 'new.json'), r.stdout);
    const check = await nianbao(['check', 'new.json', '-f', 'json'], { cwd: dir });
    expect(check.code).toBe(1);
    const [entry] = JSON.parse(check.stdout);
    const cells = cellsOf(format2021);
    // Exactly one finding per cell, each saying it is blank: no schema error, no false sum.
    expect(entry.diagnostics.map((d: { ruleId: string }) => d.ruleId)).toEqual(
      cells.map(() => 'cell-blank'),
    );
    expect(new Set(entry.diagnostics.map((d: { path: string }) => d.path))).toEqual(
      new Set(cells.map((c) => c.path)),
    );
  });

  it('writes to a file with -o but never over an existing one without --force', async () => {
    const args = ['init', '--agency', '某局', '--year', '2024', '--to', 'json', '-o', 'mine.json'];
    const first = await nianbao(args, { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('已写入 mine.json\n');
    writeFileSync(join(dir, 'mine.json'), '{"format":"2021"}');
    const second = await nianbao(args, { cwd: dir });
    expect(second.code).toBe(2);
    expect(second.stderr).toBe('nianbao: mine.json 已存在；加 --force 覆盖\n');
    expect(readFileSync(join(dir, 'mine.json'), 'utf8')).toBe('{"format":"2021"}');
    expect((await nianbao([...args, '--force'], { cwd: dir })).code).toBe(0);
  });
});

describe('nianbao init in Markdown', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = scratch()));
  afterAll(() => cleanup());

  it('prints every section and every cell of every table, blank', async () => {
    const r = await nianbao(['init', '--agency', '余关镇人民政府', '--year', '2025']);
    expect(r.code).toBe(0);
    const headings = r.stdout.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toHaveLength(format2021.sections.length);
    format2021.sections.forEach((s, i) => {
      expect(headings[i]).toContain(s.heading.zh);
    });
    writeFileSync(join(dir, 'new.md'), r.stdout);
    // Read back, the Markdown skeleton is exactly the JSON one: every cell there, every cell null.
    const json = await nianbao(['convert', 'new.md', '--to', 'json'], { cwd: dir });
    const init = await nianbao([
      'init',
      '--agency',
      '余关镇人民政府',
      '--year',
      '2025',
      '--to',
      'json',
    ]);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(init.stdout));
  });

  // A wholly blank table 四 is one row of 15 blank cells, not a missing row.
  it('gives a Markdown skeleton that check flags cell by cell, and for nothing else', async () => {
    const r = await nianbao(
      ['init', '--agency', '余关镇人民政府', '--year', '2025', '-o', 'blank.md'],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const check = await nianbao(['check', 'blank.md', '-f', 'json'], { cwd: dir });
    expect(check.code).toBe(1);
    const [entry] = JSON.parse(check.stdout);
    expect(entry.format).toBe('md');
    const lines = readFileSync(join(dir, 'blank.md'), 'utf8').split('\n');
    expect(entry.diagnostics.map((d: { ruleId: string }) => d.ruleId)).toEqual(
      cellsOf(format2021).map(() => 'cell-blank'),
    );
    // Each finding points into a table row of the skeleton.
    for (const d of entry.diagnostics) expect(lines[d.line - 1]).toMatch(/^\|.*\|$/);
  });
});

describe('nianbao convert', () => {
  it('goes from JSON to Markdown and back without losing anything', async () => {
    const { dir, cleanup } = scratch();
    try {
      const md = await nianbao(
        ['convert', 'reports/realistic-2024.json', '--to', 'md', '-o', 'out.md'],
        { cwd: dir },
      );
      expect(md.code).toBe(0);
      expect((await nianbao(['check', 'out.md'], { cwd: dir })).code).toBe(0);
      const back = await nianbao(['convert', 'out.md', '--to', 'json'], { cwd: dir });
      expect(back.code).toBe(0);
      expect(back.stdout).toBe(readFileSync(join(dir, 'reports/realistic-2024.json'), 'utf8'));
    } finally {
      cleanup();
    }
  });
});

describe('nianbao convert (JSON)', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = scratch()));
  afterAll(() => cleanup());

  it('rewrites JSON as 2-space JSON, keeping text typed into a number cell', async () => {
    const messy = JSON.parse(readFileSync(join(dir, 'reports/realistic-2024.json'), 'utf8'));
    messy.proactive.fees.amount = '251000元';
    writeFileSync(join(dir, 'messy.json'), JSON.stringify(messy));
    const r = await nianbao(['convert', 'messy.json', '--to', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${JSON.stringify(messy, null, 2)}\n`);
  });

  it('never writes over its input', async () => {
    const r = await nianbao(
      [
        'convert',
        'reports/realistic-2024.json',
        '--to',
        'json',
        '-o',
        './reports/realistic-2024.json',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'reports/realistic-2024.json: 输出文件不能是输入文件本身：./reports/realistic-2024.json\n',
    );
  });

  it('reads a GB18030 (GBK) page as check does, and still refuses JSON that is not UTF-8', async () => {
    const gbk = await nianbao(['convert', 'gbk/shuyang-gb18030.html', '--to', 'json'], {
      cwd: dir,
    });
    expect(gbk.stderr).not.toContain('UTF-8');
    expect(gbk.code).toBe(0);
    const utf8 = await nianbao(
      ['convert', 'published/real-shuyang-fgj-2023.html', '--to', 'json'],
      { cwd: dir },
    );
    expect(JSON.parse(gbk.stdout)).toEqual(JSON.parse(utf8.stdout));
    const json = await nianbao(['convert', 'bad/gbk.json', '--to', 'md'], { cwd: dir });
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/^bad\/gbk\.json: .*UTF-8.*\n$/);
  });
});
