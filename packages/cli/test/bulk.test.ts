import {
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nianbao, scratch } from './helpers.js';

/** Bulk runs never stop on one bad file and never count one twice; a failing output is one line and leaves nothing. */

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |internal error/);
const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.includes('.nianbao-'));

describe('a folder with bad entries', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = scratch());
    const bulk = join(dir, 'bulk');
    mkdirSync(join(bulk, 'locked'), { recursive: true });
    mkdirSync(join(bulk, 'a-folder'));
    copyFileSync(join(dir, 'reports/realistic-2024.json'), join(bulk, 'a.json'));
    copyFileSync(join(dir, 'reports/realistic-2024.md'), join(bulk, 'locked/hidden.md'));
    copyFileSync(join(dir, 'reports/totals-blank.md'), join(bulk, 'z.md'));
    copyFileSync(join(dir, 'reports/realistic-2024.json'), join(bulk, 'vanishes.json'));
    symlinkSync('a-folder', join(bulk, 'folder.md'));
    symlinkSync('nowhere.md', join(bulk, 'broken.md'));
  });
  afterEach(() => cleanup());

  it('an unlistable subfolder, a folder named like a report, a broken link and a file gone mid-run: one error each, the rest checked, exit 2', async () => {
    const r = await nianbao(['check', 'bulk', '--lang', 'en'], {
      cwd: dir,
      // Root can list any folder and a file cannot be made to vanish on cue: the file system says so instead.
      faults: {
        fail: [
          { fn: 'opendir', code: 'EACCES', match: 'locked' },
          { fn: 'open', code: 'ENOENT', match: 'vanishes.json' },
        ],
      },
    });
    noStack(r.stderr);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').sort()).toEqual(
      [
        '',
        'bulk/locked: Cannot read: EACCES',
        'bulk/broken.md: No such file or directory',
        'bulk/folder.md: Not a regular file',
        'bulk/vanishes.json: No such file or directory',
      ].sort(),
    );
    // a.json and z.md were both checked: z.md's blank totals are reported.
    expect(r.stdout).toContain('bulk/z.md\n');
    expect(r.stdout).toContain('2 files checked');
    expect(r.stdout).toContain('4 inputs could not be used');
  });
});

describe('one file named several ways', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = scratch());
    copyFileSync(join(dir, 'reports/realistic-2024.json'), join(dir, 'a.json'));
    symlinkSync('a.json', join(dir, 'link.json'));
  });
  afterEach(() => cleanup());

  const names = ['./a.json', 'a.json', 'link.json', join('reports', '..', 'a.json')];

  it('is checked once and counted once, in the audit too', async () => {
    const r = await nianbao(['check', ...names, '--report', 'audit.json', '--lang', 'en'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 file checked');
    const audit = JSON.parse(readFileSync(join(dir, 'audit.json'), 'utf8'));
    expect(audit.reports).toHaveLength(1);
  });

  it('is summed once by aggregate, and stderr says which names were the same file', async () => {
    const single = await nianbao(['aggregate', 'a.json', '--agency', '汇总', '--to', 'json'], {
      cwd: dir,
    });
    const r = await nianbao(['aggregate', ...names, '--agency', '汇总', '--to', 'json'], {
      cwd: dir,
    });
    expect(r.code).toBe(single.code);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(single.stdout));
    expect(r.stderr).toContain('a.json 与 ./a.json 是同一个文件，只计入一次\n');
    expect(r.stderr).toContain('link.json 与 ./a.json 是同一个文件，只计入一次\n');
    expect(r.stderr).toContain('汇总了 1 份报告');
  });
});

describe('an output that cannot be written', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = scratch());
    mkdirSync(join(dir, 'out'));
    mkdirSync(join(dir, 'SOMEDIR.html'));
  });
  afterEach(() => cleanup());

  it('aggregate -o a folder --force: one line, the folder untouched', async () => {
    const r = await nianbao(
      ['aggregate', 'reports/realistic-2024.json', '--agency', '汇总', '-o', 'out', '--force'],
      { cwd: dir },
    );
    noStack(r.stderr);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`nianbao: 无法写入 ${join(dir, 'out')}：EISDIR\n`);
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
    expect(leftovers(dir)).toEqual([]);
  });

  it('check --report a folder: one line before any work', async () => {
    const r = await nianbao(['check', 'reports/realistic-2024.json', '--report', 'SOMEDIR.html'], {
      cwd: dir,
    });
    noStack(r.stderr);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('nianbao: 无法写入 SOMEDIR.html：EISDIR\n');
    expect(leftovers(dir)).toEqual([]);
  });

  it.each(['audit.html', 'audit.csv', 'audit.json'])(
    'check --report %s on a full disk: one line, no file, no temporary',
    async (report) => {
      const r = await nianbao(['check', 'reports/realistic-2024.json', '--report', report], {
        cwd: dir,
        faults: {
          fail: [
            { fn: 'write', code: 'ENOSPC' },
            { fn: 'writev', code: 'ENOSPC' },
          ],
        },
      });
      noStack(r.stderr);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`nianbao: 无法写入 ${report}：ENOSPC\n`);
      expect(readdirSync(dir)).not.toContain(report);
      expect(leftovers(dir)).toEqual([]);
    },
  );

  it.each([
    ['ENOSPC', 'writeFile'],
    ['EACCES', 'writeFile'],
  ])('aggregate -o on %s: one line, no file, no temporary', async (code, fn) => {
    const r = await nianbao(
      ['aggregate', 'reports/realistic-2024.json', '--agency', '汇总', '-o', 'sum.md'],
      { cwd: dir, faults: { fail: [{ fn, code, match: '.nianbao-' }] } },
    );
    noStack(r.stderr);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`nianbao: 无法写入 ${join(dir, 'sum.md')}：${code}\n`);
    expect(readdirSync(dir)).not.toContain('sum.md');
    expect(leftovers(dir)).toEqual([]);
  });

  it('check --report in a folder that cannot be written (EACCES): one line before any work', async () => {
    const r = await nianbao(['check', 'reports/realistic-2024.json', '--report', 'audit.html'], {
      cwd: dir,
      faults: { fail: [{ fn: 'open', code: 'EACCES', match: '.nianbao-' }] },
    });
    noStack(r.stderr);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('nianbao: 无法写入 audit.html：EACCES\n');
  });
});
