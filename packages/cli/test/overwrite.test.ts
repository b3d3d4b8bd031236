import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, nianbao, scratch } from './helpers.js';

/** What a command must never do: write over a file it reads, or over any file it was not told to replace. */

describe('aggregate -o', () => {
  let dir: string;
  let cleanup: () => void;
  let md: string;
  beforeAll(() => {
    ({ dir, cleanup } = scratch());
    md = readFileSync(join(dir, 'reports/realistic-2024.md'), 'utf8');
    symlinkSync(join(dir, 'reports/realistic-2024.md'), join(dir, 'link.md'));
  });
  afterAll(() => cleanup());
  const inputs = ['reports/realistic-2024.json', 'reports/realistic-2024.md'];

  it.each([
    'reports/realistic-2024.md',
    './reports/realistic-2024.md',
    'reports/../reports/realistic-2024.md',
    'link.md',
  ])('refuses to write over its own input, named as %s, even with --force', async (output) => {
    for (const force of [[], ['--force']]) {
      const r = await nianbao(
        ['aggregate', ...inputs, '--agency', '汇总', '-o', output, ...force],
        { cwd: dir },
      );
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`nianbao: 输出文件不能是输入文件本身：${output}\n`);
      expect(readFileSync(join(dir, 'reports/realistic-2024.md'), 'utf8')).toBe(md);
    }
  });

  it('replaces another existing file only with --force', async () => {
    writeFileSync(join(dir, 'sum.md'), 'mine');
    const args = ['aggregate', ...inputs, '--agency', '汇总', '-o', 'sum.md'];
    const refused = await nianbao(args, { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('nianbao: sum.md 已存在；加 --force 覆盖\n');
    expect(readFileSync(join(dir, 'sum.md'), 'utf8')).toBe('mine');
    const forced = await nianbao([...args, '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'sum.md'), 'utf8')).toContain('汇总');
  });

  it('says so when neither the inputs nor --year give a year, instead of writing a report without one', async () => {
    const r = JSON.parse(readFileSync(join(dir, 'reports/realistic-2024.json'), 'utf8'));
    delete r.meta.year;
    writeFileSync(join(dir, 'no-year.json'), JSON.stringify(r));
    writeFileSync(join(dir, 'no-year-b.json'), JSON.stringify(r));
    const refused = await nianbao(
      ['aggregate', 'no-year.json', 'no-year-b.json', '--agency', '汇总', '--to', 'json'],
      { cwd: dir },
    );
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      'nianbao: 无法确定汇总的年度：输入的报告都没有写明年度，请用 --year 指定\n',
    );
    const named = await nianbao(
      ['aggregate', 'no-year.json', '--agency', '汇总', '--to', 'json', '--year', '2024'],
      { cwd: dir },
    );
    expect(named.code, named.stderr).not.toBe(2);
    expect(JSON.parse(named.stdout).meta.year).toBe(2024);
  });
});

describe('check --report', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir, cleanup } = scratch());
    mkdirSync(join(dir, 'many'));
    const report = readFileSync(join(dir, 'reports/realistic-2024.json'), 'utf8');
    for (let i = 0; i < 300; i++)
      writeFileSync(join(dir, 'many', `r${String(i).padStart(3, '0')}.json`), report);
  });
  afterAll(() => cleanup());

  it.each([
    [['reports/realistic-2024.json'], 'reports/realistic-2024.json'],
    [['reports/realistic-2024.json'], './reports/realistic-2024.json'],
    // An input found by walking a folder.
    [['reports'], 'reports/realistic-2024.json'],
    [
      ['reports/realistic-2024.md', '--previous', 'reports/realistic-2024.json'],
      'reports/realistic-2024.json',
    ],
  ])('refuses %j --report %s before writing anything', async (args, report) => {
    const before = readFileSync(join(dir, 'reports/realistic-2024.json'), 'utf8');
    for (const type of ['', '-f json']) {
      const r = await nianbao(
        ['check', ...args, '--report', report, ...(type ? type.split(' ') : [])],
        { cwd: dir },
      );
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`nianbao: --report 的文件不能是要检查的报告本身：${report}\n`);
      expect(readFileSync(join(dir, 'reports/realistic-2024.json'), 'utf8')).toBe(before);
    }
    const en = await nianbao(['check', ...args, '--report', report, '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toBe(
      `nianbao: The --report file cannot be one of the reports checked: ${report}\n`,
    );
  });

  it.each(['out.json', 'out.csv', 'out.html'])(
    'says in one line when %s cannot be written, before checking',
    async (out) => {
      const r = await nianbao(
        ['check', 'reports/totals-blank.json', '--report', `no-such-folder/${out}`],
        { cwd: dir },
      );
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`nianbao: 无法写入 no-such-folder/${out}：ENOENT\n`);
    },
  );

  it.each(['out.json', 'out.csv', 'out.html'])(
    'leaves %s as it was when the run is interrupted, and no temporary file',
    async (out) => {
      writeFileSync(join(dir, out), 'the audit of last week');
      const child = spawn(process.execPath, [BIN, 'check', 'many', '-f', 'json', '--report', out], {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      // Stopped once the run is under way: some reports checked, the audit half written.
      await new Promise<void>((res) => child.stdout.once('data', () => res()));
      const exited = new Promise((res) => child.on('close', (code, signal) => res(signal ?? code)));
      child.kill('SIGTERM');
      expect(await exited).toBe('SIGTERM');
      expect(readFileSync(join(dir, out), 'utf8')).toBe('the audit of last week');
      expect(readdirSync(dir).filter((f) => f.includes('tmp'))).toEqual([]);
      // Run to the end, the audit replaces the old one whole.
      const r = await nianbao(['check', 'reports/totals-blank.json', '--report', out], {
        cwd: dir,
      });
      expect(r.code).toBe(1);
      expect(readFileSync(join(dir, out), 'utf8')).toContain('totals-blank.json');
      expect(readdirSync(dir).filter((f) => f.includes('tmp'))).toEqual([]);
    },
  );
});
