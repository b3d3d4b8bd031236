import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORE_FIXTURES, nianbao } from './helpers.js';

/**
 * Issue 10: `nianbao check` on a folder of crawled reports, each the whole report on one line
 * with glued cells (core/fixtures/corpus), and on a folder of files that are no reports.
 */

interface Entry {
  file: string;
  format?: string;
  diagnostics: { ruleId: string; path: string; line?: number; severity: string }[];
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-corpus-'));
  cpSync(join(CORE_FIXTURES, 'corpus'), join(dir, 'corpus'), { recursive: true });
  mkdirSync(join(dir, 'none'));
  writeFileSync(join(dir, 'none', 'notes.txt'), '会议记录：下周一开会。\n');
  writeFileSync(join(dir, 'none', 'list.txt'), '1. 采购清单\n2. 办公用品\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('nianbao check on the crawled corpus', () => {
  it('checks all six files, and finds what each requires', async () => {
    const r = await nianbao(['check', 'corpus', '-f', 'json'], { cwd: dir });
    const out = JSON.parse(r.stdout) as Entry[];
    expect(out.map((e) => e.file.replace(/^.*\//, '')).sort()).toEqual([
      'pingtan-guoziju-2019.txt',
      'pingtan-lvwentiju-2019.txt',
      'pingtan-shichangjianguanju-2019.txt',
      'pingtan-zonghe-shiyanqu-2018-pre2019.txt',
      'pingtan-zonghe-shiyanqu-2019.txt',
      'pingtan-zonghe-shiyanqu-2020.txt',
    ]);
    const by = (name: string) => out.find((e) => e.file.endsWith(name))!;
    const errors = (name: string) =>
      by(name)
        .diagnostics.filter((d) => d.severity === 'error')
        .map((d) => `${d.ruleId} ${d.path}`);
    expect(errors('shiyanqu-2020.txt')).toEqual([
      'outcomes-total /applications/outcomes/total/naturalPerson',
      'outcomes-total /applications/outcomes/total/total',
    ]);
    expect(errors('2018-pre2019.txt')).toEqual(['format-older /format']);
    for (const f of ['guoziju-2019.txt', 'shichangjianguanju-2019.txt', 'shiyanqu-2019.txt'])
      expect(errors(f), f).toEqual([]);
    // The known error points into the one line, at the digits of the cell.
    const known = by('shiyanqu-2020.txt').diagnostics.find((d) => d.ruleId === 'outcomes-total')!;
    expect(known.line).toBe(10);
  });

  it('summarises the folder as six files checked, the INDEX.md beside them skipped', async () => {
    const r = await nianbao(['check', 'corpus'], { cwd: dir });
    expect(r.stdout + r.stderr).toContain('检查了 6 个文件');
    expect(r.stdout + r.stderr).toContain('跳过了目录中 1 个不是年度报告的文件');
  });
});

describe('nianbao check on a folder of files that are no reports', () => {
  it('never says "0 files checked, no problems" when it skipped them', async () => {
    const zh = await nianbao(['check', 'none'], { cwd: dir });
    const said = zh.stdout + zh.stderr;
    expect(said).not.toMatch(/没有发现问题/);
    expect(said).toContain('没有检查任何文件：目录中的 2 个文件都不像年度报告');
    const en = await nianbao(['check', 'none', '--lang', 'en'], { cwd: dir });
    expect(en.stdout + en.stderr).not.toMatch(/no problems/);
    expect(en.stdout + en.stderr).toContain('Nothing checked');
  });
});
