import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nianbao, scratch } from './helpers.js';

/**
 * Hostile content gets a clear refusal that names the limit, fast, and nothing a report holds or
 * a file is named is printed raw to a terminal.
 */

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = scratch());
  const nested = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(2 * i)}- 条目`).join('\n');
  const inputs: Record<string, string> = {
    'nested-lists.md': `# 一、总体情况\n\n${nested}\n`.padEnd(1_000_000, '文'),
    'quotes.md': `# 一、总体情况\n\n${'>'.repeat(100_000)} 文字\n`,
    'deep.json': `{"format":"2021","meta":${'['.repeat(5000)}${']'.repeat(5000)}}`,
    'long-string.json': `{"format":"2021","meta":{"agency":"${'a'.repeat(9_000_000)}"}}`,
  };
  for (const [name, text] of Object.entries(inputs)) writeFileSync(join(dir, name), text);
});
afterAll(() => cleanup());

describe('documents past the input limits', () => {
  it.each([
    [
      'nested-lists.md',
      'nested-lists.md: Line 67, column 130: nested too deeply, over the limit of 64 levels; not read',
    ],
    [
      'quotes.md',
      'quotes.md: Line 3, column 66: nested too deeply, over the limit of 64 levels; not read',
    ],
    [
      'deep.json',
      'deep.json: Line 1, column 88: nested too deeply, over the limit of 64 levels; not read',
    ],
    [
      'long-string.json',
      'long-string.json: Line 1, column 35: a value is too long (8.6 M characters), over the limit of 1.0 M characters; not read',
    ],
  ])('%s: check, fix and convert refuse it with the limit, no crash', async (file, line) => {
    for (const args of [
      ['check', file],
      ['fix', file],
      ['convert', file, '--to', 'json'],
    ]) {
      const r = await nianbao([...args, '--lang', 'en'], { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe(line);
      expect(r.stderr).not.toMatch(/internal error|Maximum call stack/);
    }
  });
});

describe('terminal escapes', () => {
  const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

  it('a report’s text, a finding’s message and a file name are printed escaped, in stylish output and errors', async () => {
    const report = JSON.parse(readFileSync(join(dir, 'reports/realistic-2024.json'), 'utf8'));
    // Clear the screen, set the window title, reverse the text that follows.
    report.applications.received.total = '\u001b[2J\u001b]0;pwned\u0007\u202e1';
    const evil = 'evil\u001b[31m\u202e.json';
    writeFileSync(join(dir, evil), JSON.stringify(report));
    writeFileSync(join(dir, 'bad\u001b]0;x\u0007.json'), '{"format": "2021", "meta": }');
    const r = await nianbao(['check', evil, 'bad\u001b]0;x\u0007.json', '--lang', 'en'], {
      cwd: dir,
    });
    expect(r.code).toBe(2);
    expect(r.stdout).not.toMatch(UNSAFE);
    expect(r.stderr).not.toMatch(UNSAFE);
    expect(r.stdout).toContain('evil\\x1b[31m\\u202e.json\n');
    expect(r.stdout).toContain('\\x1b[2J\\x1b]0;pwned\\x07\\u202e1');
    expect(r.stderr).toContain('bad\\x1b]0;x\\x07.json: Line 1');
  });

  it('in color, only our own styling reaches the terminal', async () => {
    const report = JSON.parse(readFileSync(join(dir, 'reports/realistic-2024.json'), 'utf8'));
    report.applications.received.total = '\u001b]0;pwned\u0007';
    writeFileSync(join(dir, 'title.json'), JSON.stringify(report));
    const r = await nianbao(['check', 'title.json'], {
      cwd: dir,
      env: { FORCE_COLOR: '1', NO_COLOR: undefined },
    });
    const sequences = r.stdout.match(/\u001b[^m]*m/g) ?? [];
    expect(sequences.length).toBeGreaterThan(0);
    for (const s of sequences) expect(s).toMatch(/^\u001b\[\d+m$/);
    expect(r.stdout).not.toContain('\u0007');
  });

  it('fix prints what a person wrote escaped', async () => {
    const text = readFileSync(join(dir, 'reports/totals-blank.md'), 'utf8').replace(
      '|/|',
      '|\u001b[1A\u202e/|',
    );
    writeFileSync(join(dir, 'fix-me.md'), text);
    const r = await nianbao(['fix', 'fix-me.md', '--dry-run'], { cwd: dir });
    expect(r.stdout).not.toMatch(UNSAFE);
  });
});
