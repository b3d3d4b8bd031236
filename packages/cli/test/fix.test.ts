import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cellAt, describeCell, format2021 } from '@nianbao/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nianbao, scratch } from './helpers.js';

/** A cell as messages name it, from the layout (labels are never spelled out here). */
const name = (path: string) => describeCell(cellAt(format2021, path)!, 'zh-CN');

/** The derived totals blanked in totals-blank*.json, in file order, with the values they must get. */
const FILLED = [131, 56, 131, 6];

describe('nianbao fix', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = scratch()));
  afterEach(() => cleanup());

  it.each([
    ['published/real-shuyang-fgj-2023.html', 'html'],
    ['gbk/shuyang-gb18030.html', 'html'],
    ['published/real-02-changchun-erdao-fangwuzhengshou-2022.txt', 'txt'],
  ])('refuses %s: it rewrites JSON and Markdown only', async (file, format) => {
    const before = readFileSync(join(dir, file));
    for (const dry of [[], ['--dry-run']]) {
      const r = await nianbao(['fix', file, ...dry], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        `${file}: nianbao fix 只改写 json、md 格式的报告，这个文件是 ${format} 格式；可先用 nianbao convert --to md 转换，再修正转换结果\n`,
      );
    }
    const en = await nianbao(['fix', file, '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toBe(
      `${file}: nianbao fix rewrites reports in json, md only, and this file is ${format}; convert it first with nianbao convert --to md, then fix the result\n`,
    );
    expect(readFileSync(join(dir, file)).equals(before)).toBe(true);
  });

  it('fills the blank totals of a JSON report and the result is the reconciled report, byte for byte', async () => {
    const r = await nianbao(['fix', 'reports/totals-blank.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'reports/totals-blank.json'), 'utf8')).toBe(
      readFileSync(join(dir, 'reports/realistic-2024.json'), 'utf8'),
    );
    expect(r.stdout.split('\n').slice(0, 5)).toEqual([
      'reports/totals-blank.json：填写了 4 个合计',
      `  43:16  ${name('/applications/received/total')}：空白 → \`131\``,
      `  62:18  ${name('/applications/outcomes/granted/total')}：空白 → \`56\``,
      `  259:18  ${name('/applications/outcomes/total/total')}：空白 → \`131\``,
      `  278:16  ${name('/reviewLitigation/review/total')}：空白 → \`6\``,
    ]);
    const again = await nianbao(['check', 'reports/totals-blank.json'], { cwd: dir });
    expect(again.code).toBe(0);
  });

  it('changes only the values: byte-order mark, CRLF line ends and odd spacing stay as they were', async () => {
    const path = join(dir, 'reports/totals-blank-crlf.json');
    const before = readFileSync(path);
    const r = await nianbao(['fix', 'reports/totals-blank-crlf.json'], { cwd: dir });
    expect(r.code).toBe(0);
    let i = 0;
    const expected = before
      .toString('utf8')
      .replace(/"total": null/g, () => `"total": ${FILLED[i++]}`);
    expect(i).toBe(4);
    const after = readFileSync(path);
    expect(after.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(after.toString('utf8')).toBe(expected);
  });

  it('writes a JSON report again, 2-space and in schema order, only when a total key is missing altogether', async () => {
    const good = readFileSync(join(dir, 'reports/realistic-2024.json'), 'utf8');
    const report = JSON.parse(good);
    delete report.applications.received.total;
    writeFileSync(join(dir, 'nokey.json'), JSON.stringify(report));
    const r = await nianbao(['fix', 'nokey.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `  /applications/received/total  ${name('/applications/received/total')}：空白 → \`131\``,
    );
    expect(readFileSync(join(dir, 'nokey.json'), 'utf8')).toBe(good);
  });

  it('--dry-run prints the changes and leaves the file alone', async () => {
    const path = join(dir, 'reports/totals-blank.json');
    const before = readFileSync(path, 'utf8');
    const r = await nianbao(['fix', 'reports/totals-blank.json', '--dry-run', '--lang', 'en'], {
      cwd: dir,
    });
    expect(r.stdout).toContain('reports/totals-blank.json: filled in 4 totals');
    expect(r.stdout).toContain('blank → `131`');
    expect(r.stdout).toContain('(--dry-run: the file was not changed)');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('leaves a correct report untouched and exits 1 when errors remain that need a person', async () => {
    const clean = await nianbao(['fix', 'reports/realistic-2024.json'], { cwd: dir });
    expect(clean.code).toBe(0);
    expect(clean.stdout).toBe('reports/realistic-2024.json：没有需要填写的合计\n');
    const broken = await nianbao(['fix', 'bad/duplicate-key.json'], { cwd: dir });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('还有 1 个问题需要人工处理');
  });

  it('refuses an unusable file with exit 2', async () => {
    const r = await nianbao(['fix', 'bad/invalid-syntax.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'bad/invalid-syntax.json: 第 6 行第 5 列：JSON 语法错误，意外的`"`，应为`,`或`}`\n',
    );
  });
});

describe('nianbao fix on Markdown', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = scratch()));
  afterEach(() => cleanup());

  it('replaces only the text of the blank totals and keeps every other byte of a hand-edited table', async () => {
    const path = join(dir, 'reports/totals-blank.md');
    const before = readFileSync(path, 'utf8');
    const r = await nianbao(['fix', 'reports/totals-blank.md'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 5)).toEqual([
      'reports/totals-blank.md：填写了 4 个合计',
      `  59:59  ${name('/applications/received/total')}：空白 → \`131\``,
      `  62:37  ${name('/applications/outcomes/granted/total')}：\`/\` → \`56\``,
      `  87:38  ${name('/applications/outcomes/total/total')}：\`—\` → \`131\``,
      `  94:25  ${name('/reviewLitigation/review/total')}：空白 → \`6\``,
    ]);
    // The expected file, written out by hand: each change is exactly one cell's text.
    const expected = before
      .replace('|   3 |       |\n', '|   3 | 131      |\n')
      .replace('| 1 |/|\n', '| 1 |56|\n')
      .replace('| 3 |  —  |\n', '| 3 |  131  |\n')
      .replace('| 1 | 1 ||\n', '| 1 | 1 |6|\n');
    expect(expected).not.toBe(before);
    expect(readFileSync(path, 'utf8')).toBe(expected);
    // Trailing spaces after a heading are someone's bytes too.
    expect(readFileSync(path, 'utf8')).toContain('## 五、存在的主要问题及改进情况   \n');
    expect((await nianbao(['check', 'reports/totals-blank.md'], { cwd: dir })).code).toBe(0);
  });
});

describe('nianbao fix on a Markdown report missing a total row', () => {
  it('refuses to invent the row, says which cell, and leaves the file alone', async () => {
    const { dir, cleanup } = scratch();
    try {
      const path = join(dir, 'reports/realistic-2024.md');
      const original = readFileSync(path, 'utf8');
      const label = `| ${describeCell(cellAt(format2021, '/applications/outcomes/total/total')!, 'zh-CN').match(/「(.+?)」行/)![1]} |`;
      const without = original.split('\n').filter((l) => !l.startsWith(label));
      expect(without.length).toBe(original.split('\n').length - 1);
      writeFileSync(path, without.join('\n'));
      const r = await nianbao(['fix', 'reports/realistic-2024.md'], { cwd: dir });
      expect(r.code).toBe(2);
      const cell = name('/applications/outcomes/total/naturalPerson');
      expect(r.stderr).toBe(
        `reports/realistic-2024.md: ${cell}（/applications/outcomes/total/naturalPerson）不在文档中，无法就地填写；文件未改动\n`,
      );
      expect(readFileSync(path, 'utf8')).toBe(without.join('\n'));
    } finally {
      cleanup();
    }
  });
});

describe('nianbao fix on a wrong total', () => {
  it('corrects it, says what it was, and keeps everything else', async () => {
    const { dir, cleanup } = scratch();
    try {
      const path = join(dir, 'wrong.json');
      const good = readFileSync(join(dir, 'reports/realistic-2024.json'), 'utf8');
      const wrong = good.replace('"total": 131', '"total": "130件"');
      writeFileSync(path, wrong);
      const r = await nianbao(['fix', 'wrong.json', '--lang', 'en'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('wrong.json: filled in 1 total\n');
      const cell = cellAt(format2021, '/applications/received/total')!;
      expect(r.stdout).toContain(`  43:16  ${describeCell(cell, 'en')}: \`130件\` → \`131\`\n`);
      expect(readFileSync(path, 'utf8')).toBe(good);
    } finally {
      cleanup();
    }
  });
});
