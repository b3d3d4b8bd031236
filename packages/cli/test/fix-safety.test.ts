import { spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  lstatSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, FAULTS, nianbao, scratch } from './helpers.js';

/**
 * `fix` changes only what it must, or nothing: every other byte stays, a file edited meanwhile or
 * not writable is refused and left as it was, and an interrupted run leaves no temporary file.
 */

const temporaries = (dir: string) => readdirSync(dir).filter((n) => n.includes('.nianbao-'));

/**
 * What changed between two texts, line by line: each changed line as the text removed and the text
 * inserted between the longest common prefix and suffix. Everything outside is identical.
 */
function changes(before: string, after: string) {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  const out: { line: number; removed: string; inserted: string; prefix: string; suffix: string }[] =
    [];
  a.forEach((x, i) => {
    const y = b[i];
    if (x === y) return;
    let p = 0;
    while (p < x.length && p < y.length && x[p] === y[p]) p++;
    let s = 0;
    while (s < x.length - p && s < y.length - p && x[x.length - 1 - s] === y[y.length - 1 - s]) s++;
    out.push({
      line: i + 1,
      removed: x.slice(p, x.length - s),
      inserted: y.slice(p, y.length - s),
      prefix: x.slice(0, p),
      suffix: x.slice(x.length - s),
    });
  });
  return out;
}

/** The derived totals blanked in totals-blank.json, in file order. */
const TOTALS = [131, 56, 131, 6];

describe('fix edits only the cells it fills', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = scratch()));
  afterEach(() => cleanup());

  it('Markdown rows with spaces after the last `|` keep the pipe and the spaces', async () => {
    const before = readFileSync(join(dir, 'reports/totals-blank.md'), 'utf8').replace(
      /\|\n/g,
      '|   \n',
    );
    writeFileSync(join(dir, 'trailing.md'), before);
    const r = await nianbao(['fix', 'trailing.md'], { cwd: dir });
    expect(r.code).toBe(0);
    const after = readFileSync(join(dir, 'trailing.md'), 'utf8');
    const changed = changes(before, after);
    expect(changed.map((c) => c.line)).toEqual([59, 62, 87, 94]);
    for (const c of changed) {
      expect(c.removed.trim()).toMatch(/^(|\/|—)$/);
      expect(c.inserted.trim()).toMatch(/^\d+$/);
      // The cell's own pipes and the line's trailing spaces are outside the edit.
      expect(c.prefix).toMatch(/\|\s*$/);
      expect(c.suffix).toMatch(/\|\s{3}$/);
    }
    expect(after.split('\n').map((l) => l.split('|').length)).toEqual(
      before.split('\n').map((l) => l.split('|').length),
    );
  });

  it.each([
    ['indented with CRLF', (r: unknown) => JSON.stringify(r, null, 4).replace(/\n/g, '\r\n')],
    ['compact', (r: unknown) => JSON.stringify(r)],
    ['tabs', (r: unknown) => `${JSON.stringify(r, null, '\t')}\n`],
  ])(
    'JSON %s: `1.50`, a 30-digit integer and the layout survive; only the null totals change',
    async (_, layout) => {
      const report = JSON.parse(readFileSync(join(dir, 'reports/totals-blank.json'), 'utf8'));
      // Numbers JSON.parse would change if the file were written again from the parsed value.
      const text = layout(report).replace(
        /("agencyLevel":\s*"city")/,
        '$1, "x-rate": 1.50, "x-id": 123456789012345678901234567890',
      );
      expect(text).toContain('1.50');
      writeFileSync(join(dir, 'r.json'), text);
      const r = await nianbao(['fix', 'r.json'], { cwd: dir });
      expect(r.stdout).toContain('填写了 4 个合计');
      const after = readFileSync(join(dir, 'r.json'), 'utf8');
      // The four `null` totals became their values, in file order; not one other byte differs.
      let i = 0;
      expect(after).toBe(text.replace(/("total":\s*)null/g, (_, key) => `${key}${TOTALS[i++]}`));
      expect(i).toBe(4);
    },
  );
});

describe('fix refuses rather than lose or damage anything', () => {
  let dir: string;
  let cleanup: () => void;
  let file: string;
  let original: string;
  beforeEach(() => {
    ({ dir, cleanup } = scratch());
    file = join(dir, 'reports/totals-blank.md');
    original = readFileSync(file, 'utf8');
  });
  afterEach(() => cleanup());

  it('a file edited between reading and writing keeps the edit and is not written', async () => {
    const edit = '\n<!-- typed by a person while fix ran -->\n';
    const r = await nianbao(['fix', 'reports/totals-blank.md'], {
      cwd: dir,
      faults: { editBefore: { path: file, append: edit } },
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'reports/totals-blank.md: 文件在读取后又被修改（可能是编辑器自动保存），为免覆盖这些修改，未写入；请重新运行 nianbao fix\n',
    );
    expect(readFileSync(file, 'utf8')).toBe(original + edit);
    expect(temporaries(join(dir, 'reports'))).toEqual([]);
  });

  it('a read-only file is refused, even for root, and keeps its mode', async () => {
    chmodSync(file, 0o444);
    const r = await nianbao(['fix', 'reports/totals-blank.md', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'reports/totals-blank.md: The file is read-only and was not changed; make it writable to fix it\n',
    );
    expect(readFileSync(file, 'utf8')).toBe(original);
    expect(statSync(file).mode & 0o777).toBe(0o444);
  });

  it.each(['EROFS', 'EACCES'])(
    'a folder that cannot be written (%s) is refused with nothing left',
    async (code) => {
      const r = await nianbao(['fix', 'reports/totals-blank.md'], {
        cwd: dir,
        faults: { fail: [{ fn: 'writeFile', code, match: '.nianbao-' }] },
      });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `reports/totals-blank.md: 无法在文件夹 ${join(dir, 'reports')} 中写入（${code}），文件未修改\n`,
      );
      expect(readFileSync(file, 'utf8')).toBe(original);
      expect(temporaries(join(dir, 'reports'))).toEqual([]);
    },
  );

  it('a full disk at the rename leaves the file and no temporary', async () => {
    const r = await nianbao(['fix', 'reports/totals-blank.md'], {
      cwd: dir,
      faults: { fail: [{ fn: 'rename', code: 'ENOSPC' }] },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^reports\/totals-blank\.md: 无法写入 .*totals-blank\.md：ENOSPC\n$/);
    expect(readFileSync(file, 'utf8')).toBe(original);
    expect(temporaries(join(dir, 'reports'))).toEqual([]);
  });

  it.skipIf(process.getuid?.() !== 0)('keeps the mode and the owner (run as root)', async () => {
    chmodSync(file, 0o640);
    chownSync(file, 4321, 8765);
    const r = await nianbao(['fix', 'reports/totals-blank.md'], { cwd: dir });
    expect(r.code).toBe(0);
    const st = statSync(file);
    expect([st.mode & 0o7777, st.uid, st.gid]).toEqual([0o640, 4321, 8765]);
    expect(readFileSync(file, 'utf8')).not.toBe(original);
  });

  it('through a symbolic link, fixes the file it names and leaves the link a link', async () => {
    symlinkSync('reports/totals-blank.md', join(dir, 'link.md'));
    const r = await nianbao(['fix', 'link.md'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('131');
  });
});

/** Starts `fix` paused just after its temporary file is written; resolves once it is paused. */
function pausedFix(dir: string, file: string) {
  const child = spawn(process.execPath, ['--import', FAULTS, BIN, 'fix', file], {
    cwd: dir,
    env: {
      ...process.env,
      NO_COLOR: '1',
      NIANBAO_TEST_FAULTS: JSON.stringify({ pauseOnTemp: true }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const paused = new Promise<void>((resolve, reject) => {
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (d) => {
      err += d;
      if (err.includes('PAUSED')) resolve();
    });
    child.on('exit', () => reject(new Error(`ended before pausing: ${err}`)));
  });
  const ended = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_, s) => resolve(s)),
  );
  return { child, paused, ended };
}

describe('fix killed mid-write', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = scratch()));
  afterEach(() => cleanup());

  it.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)(
    'by %s removes its temporary file',
    async (signal) => {
      const original = readFileSync(join(dir, 'reports/totals-blank.md'), 'utf8');
      const run = pausedFix(dir, 'reports/totals-blank.md');
      await run.paused;
      expect(temporaries(join(dir, 'reports'))).toHaveLength(1);
      run.child.kill(signal);
      expect(await run.ended).toBe(signal);
      expect(temporaries(join(dir, 'reports'))).toEqual([]);
      expect(readFileSync(join(dir, 'reports/totals-blank.md'), 'utf8')).toBe(original);
    },
  );

  it('by SIGKILL leaves the file whole, and the next run removes the dead run’s temporary', async () => {
    const original = readFileSync(join(dir, 'reports/totals-blank.md'), 'utf8');
    const run = pausedFix(dir, 'reports/totals-blank.md');
    await run.paused;
    run.child.kill('SIGKILL');
    await run.ended;
    expect(temporaries(join(dir, 'reports'))).toHaveLength(1);
    expect(readFileSync(join(dir, 'reports/totals-blank.md'), 'utf8')).toBe(original);
    const next = await nianbao(['fix', 'reports/totals-blank.md'], { cwd: dir });
    expect(next.code).toBe(0);
    expect(temporaries(join(dir, 'reports'))).toEqual([]);
  });
});
