import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nianbao, scratch } from './helpers.js';

/**
 * Content, not the extension, decides the reader, and a reader that finds no report hands the
 * document to the next (issue 10): PDF text saved as `.md`, a folder of files none of which is a
 * report, a Markdown report whose group label shares a cell with its first row.
 */

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = scratch()));
afterEach(() => cleanup());

/** Text extracted from a PDF, with a stray `|` of a broken pipe table and a page header: no Markdown heading. */
function pdfTextAsMarkdown(): string {
  const seed = readFileSync(join(dir, 'published/seed-yuguan-2023.txt'), 'utf8');
  return seed
    .replace(
      '二、主动公开政府信息情况',
      '余关镇人民政府信息公开 | 第 2 页\n二、主动公开政府信息情况',
    )
    .replace('四、政府信息公开行政复议', '|\n四、政府信息公开行政复议');
}

describe('a .md file that is really text extracted from a PDF', () => {
  it('is read as text, every cell of it, with no finding the text reader would not give', async () => {
    writeFileSync(join(dir, 'extracted.md'), pdfTextAsMarkdown());
    writeFileSync(join(dir, 'extracted.txt'), pdfTextAsMarkdown());
    const r = await nianbao(['check', 'extracted.md', 'extracted.txt', '-f', 'json'], { cwd: dir });
    expect(r.stderr).not.toContain('不是年度报告');
    const [md, txt] = JSON.parse(r.stdout);
    expect(md.format).toBe('txt');
    expect(md.diagnostics).toEqual(txt.diagnostics);
    expect(
      md.diagnostics.filter((d: { ruleId: string }) => d.ruleId !== 'cell-normalized'),
    ).toEqual([]);
  });
});

describe('a folder in which no file is a report', () => {
  it('does not say "no problems": it says no report was checked, lists each file with why, and exits 2', async () => {
    mkdirSync(join(dir, 'crawl'));
    // Named .md but with no Markdown mark: the Markdown reader and then the text reader try it.
    writeFileSync(join(dir, 'crawl/page.md'), '通知公告 | 第 1 页\n放假通知 | 2024-01-01\n');
    writeFileSync(join(dir, 'crawl/notes.txt'), '会议纪要：本周工作安排。\n');
    const r = await nianbao(['check', 'crawl'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).not.toContain('没有发现问题');
    expect(r.stdout).toContain('没有检查任何文件：目录中的 2 个文件都不像年度报告，已跳过');
    // The Markdown file was tried as Markdown, then as text: both reasons are given.
    expect(r.stdout).toContain(
      `${join('crawl', 'page.md')}: 不是年度报告，每种读法都试过了：这个 Markdown 文件不是年度报告`,
    );
    expect(r.stdout).toContain('；这个文本文件不是年度报告');
    expect(r.stdout).toContain(`${join('crawl', 'notes.txt')}: 这个文本文件不是年度报告`);
  });

  it('says the same in English', async () => {
    mkdirSync(join(dir, 'crawl'));
    writeFileSync(join(dir, 'crawl/notes.txt'), 'minutes\n');
    const r = await nianbao(['check', 'crawl', '--lang', 'en'], { cwd: dir });
    expect(r.stdout).toContain(
      '✖ Nothing checked: the 1 file in the folders do not look like annual reports and were skipped',
    );
  });
});

describe('a Markdown report with a group label and its first row in one cell', () => {
  const merged = (text: string) =>
    text.replace(
      '| （四）无法提供 |  |  |  |  |  |  |  |\n| 1.本机关不掌握相关政府信息 |',
      '| （四）无法提供 1.本机关不掌握相关政府信息 |',
    );

  it('is checked without a missing or unknown row', async () => {
    const path = join(dir, 'reports/merged.md');
    writeFileSync(path, merged(readFileSync(join(dir, 'reports/realistic-2024.md'), 'utf8')));
    const r = await nianbao(['check', 'reports/merged.md', '-f', 'json'], { cwd: dir });
    const ids = JSON.parse(r.stdout)[0].diagnostics.map((d: { ruleId: string }) => d.ruleId);
    expect(ids).not.toContain('row-missing');
    expect(ids).not.toContain('row-unknown');
    expect(r.code).toBe(0);
  });

  it('has its totals filled by fix, touching only the blank totals', async () => {
    const path = join(dir, 'reports/merged-blank.md');
    const before = merged(readFileSync(join(dir, 'reports/totals-blank.md'), 'utf8'));
    expect(before).toContain('| （四）无法提供 1.本机关不掌握相关政府信息 | 18 |');
    writeFileSync(path, before);
    const r = await nianbao(['fix', 'reports/merged-blank.md'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('填写了 4 个合计');
    const after = readFileSync(path, 'utf8');
    expect(after).toContain('| （七）总计 | 113 | 9 | 1 | 2 | 3 | 3 |  131  |');
    expect((await nianbao(['check', 'reports/merged-blank.md'], { cwd: dir })).code).toBe(0);
  });
});
