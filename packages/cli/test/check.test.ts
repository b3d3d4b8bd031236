import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, CORE_FIXTURES, nianbao, scratch } from './helpers.js';

interface Case {
  name: string;
  base: string;
  set: Record<string, unknown>;
  expect: { ruleId: string; path: string; actual?: unknown; expected?: unknown }[];
}

const cases: Case[] = JSON.parse(readFileSync(join(CORE_FIXTURES, 'cases.json'), 'utf8'));

/** Writes each broken variant of cases.json as its own report file, formatted as people save JSON. */
function writeCases(dir: string): void {
  mkdirSync(join(dir, 'cases'));
  for (const c of cases) {
    const report = JSON.parse(readFileSync(join(CORE_FIXTURES, `${c.base}.json`), 'utf8'));
    for (const [pointer, value] of Object.entries(c.set)) {
      const segs = pointer.slice(1).split('/');
      let o = report;
      for (const s of segs.slice(0, -1)) o = o[s];
      o[segs.at(-1)!] = value;
    }
    writeFileSync(join(dir, 'cases', `${c.name}.json`), `${JSON.stringify(report, null, 2)}\n`);
  }
}

describe('nianbao check', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir, cleanup } = scratch());
    writeCases(dir);
  });
  afterAll(() => cleanup());

  it('exits 0 with a summary line on correct reports', async () => {
    const r = await nianbao([
      'check',
      'reports/realistic-2024.json',
      'reports/seed-yuguan-2023.json',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('✔ 检查了 2 个文件，没有发现问题');
    expect(r.stderr).toBe('');
  });

  it('finds every broken case of the shared table, at the expected cell, with a line and column', async () => {
    const r = await nianbao(['check', 'cases', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      file: string;
      format: string;
      diagnostics: Record<string, unknown>[];
    }[];
    expect(out).toHaveLength(cases.length);
    for (const c of cases) {
      const entry = out.find((e) => e.file === join('cases', `${c.name}.json`));
      expect(entry, c.name).toBeDefined();
      expect(entry!.format).toBe('json');
      for (const want of c.expect) {
        const got = entry!.diagnostics.find(
          (d) => d.ruleId === want.ruleId && d.path === want.path,
        );
        expect(got, `${c.name}: ${want.ruleId} at ${want.path}`).toBeDefined();
        expect(got!.line, `${c.name}: line of ${want.path}`).toBeGreaterThan(1);
        expect(got!.column).toBeGreaterThan(1);
      }
    }
  });

  it('keeps the documented JSON record shape', async () => {
    const r = await nianbao(
      ['check', 'cases/row-total-wrong.json', 'reports/realistic-2024.json', '-f', 'json'],
      { cwd: dir },
    );
    const out = JSON.parse(r.stdout);
    expect(out.map((e: object) => Object.keys(e))).toEqual([
      ['file', 'format', 'diagnostics'],
      ['file', 'format', 'diagnostics'],
    ]);
    expect(out[1].diagnostics).toEqual([]);
    const d = out[0].diagnostics.find((x: { ruleId: string }) => x.ruleId === 'row-total');
    expect(Object.keys(d)).toEqual([
      'ruleId',
      'severity',
      'message',
      'line',
      'column',
      'endLine',
      'endColumn',
      'path',
    ]);
    // The value `130` sits on its own line of the 2-space JSON: the span covers exactly those 3 characters.
    const lines = readFileSync(join(dir, 'cases/row-total-wrong.json'), 'utf8').split('\n');
    expect(lines[d.line - 1].slice(d.column - 1, d.endColumn - 1)).toBe('130');
    expect(d).toMatchObject({
      severity: 'error',
      path: '/applications/received/total',
      endLine: d.line,
    });
    expect(d.message).toContain('`131`');
  });

  it('speaks English with --lang en', async () => {
    const r = await nianbao(['check', 'cases/row-total-wrong.json', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error {2}.*expected `131`/);
    // The row total, the balance it breaks, and the narrative's 131 against the table's 130.
    expect(r.stdout).toMatch(/✖ 1 file checked: 3 problems \(3 errors, 0 warnings, 0 infos\)/);
  });

  it('groups stylish output by file and leaves clean files out', async () => {
    const r = await nianbao(['check', 'reports/realistic-2024.json', 'cases/negative-count.json'], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    const blocks = r.stdout.trim().split('\n\n');
    expect(blocks[0].split('\n')[0]).toBe(join('cases', 'negative-count.json'));
    expect(blocks[0]).toMatch(/^ {2}\d+:\d+ +错误 {2}.+ {2}cell-negative$/m);
    expect(r.stdout).not.toContain('realistic-2024.json');
    expect(blocks.at(-1)).toMatch(
      /^✖ 检查了 2 个文件，发现 1 个问题（1 个错误，0 个警告，0 个提示）$/,
    );
  });

  it('writes valid SARIF 2.1.0 whose rules carry the documentation links', async () => {
    const r = await nianbao(['check', 'cases', 'missing.json', '--format', 'sarif'], { cwd: dir });
    expect(r.code).toBe(2);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    const [run] = log.runs;
    expect(run.tool.driver.name).toBe('nianbao');
    const rules = run.tool.driver.rules as {
      id: string;
      helpUri: string;
      shortDescription?: { text: string };
      defaultConfiguration: { level: string };
    }[];
    expect(new Set(rules.map((x) => x.id)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(rule.helpUri).toBe(
        `https://github.com/nianbao/nianbao/blob/main/docs/rules.md#${rule.id}`,
      );
      expect(rule.shortDescription?.text).toBeTruthy();
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
    expect(run.results.length).toBeGreaterThan(cases.length);
    for (const res of run.results) {
      expect(rules[res.ruleIndex].id).toBe(res.ruleId);
      expect(['error', 'warning', 'note']).toContain(res.level);
      expect(res.message.text).toBeTruthy();
      const loc = res.locations[0].physicalLocation;
      expect(loc.artifactLocation).toMatchObject({ uriBaseId: '%SRCROOT%' });
      expect(loc.artifactLocation.uri).toMatch(/^cases\/[\w-]+\.json$/);
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
      expect(loc.region.startColumn).toBeGreaterThanOrEqual(1);
      expect(res.locations[0].logicalLocations[0].fullyQualifiedName).toMatch(/^\//);
    }
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);
    // The missing input is a tool notification, and the run says it did not fully succeed.
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications).toEqual([
      expect.objectContaining({ level: 'error', message: { text: '找不到文件或目录' } }),
    ]);
  });

  it('walks folders, expands globs, checks each file once and skips what is not a report', async () => {
    mkdirSync(join(dir, 'tree/sub/node_modules'), { recursive: true });
    mkdirSync(join(dir, 'tree/.git'), { recursive: true });
    const good = readFileSync(join(dir, 'reports/realistic-2024.json'));
    writeFileSync(join(dir, 'tree/a.json'), good);
    writeFileSync(join(dir, 'tree/sub/b.json'), good);
    writeFileSync(join(dir, 'tree/sub/node_modules/c.json'), good);
    writeFileSync(join(dir, 'tree/.git/d.json'), good);
    writeFileSync(join(dir, 'tree/package.json'), '{ "name": "x" }\n');
    writeFileSync(
      join(dir, 'tree/notes.txt'),
      'picked up by a folder walk, and skipped: not a report\n',
    );
    writeFileSync(join(dir, 'tree/notes.xlsx'), 'not picked up by a folder walk\n');
    const r = await nianbao(['check', 'tree', 'tree/**/*.json', 'tree/a.json', '-f', 'json'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((e: { file: string }) => e.file)).toEqual([
      join('tree', 'a.json'),
      join('tree', 'sub', 'b.json'),
    ]);
    expect(r.stderr).toContain('跳过了目录中 2 个不是年度报告的文件');
  });
});

describe('nianbao check on Markdown', () => {
  it('checks Markdown and JSON side by side, with positions in the Markdown', async () => {
    const r = await nianbao([
      'check',
      'reports/realistic-2024.md',
      'reports/totals-blank.md',
      'reports/realistic-2024.json',
      '-f',
      'json',
    ]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.map((e: { file: string; format: string }) => [e.file, e.format])).toEqual([
      ['reports/realistic-2024.md', 'md'],
      ['reports/totals-blank.md', 'md'],
      ['reports/realistic-2024.json', 'json'],
    ]);
    expect(out[0].diagnostics).toEqual([]);
    const rowTotal = out[1].diagnostics.find((d: { ruleId: string }) => d.ruleId === 'row-total');
    expect(rowTotal).toMatchObject({ path: '/applications/received/total', line: 59, column: 59 });
  });

  it('detects the format from the content, whatever the extension says', async () => {
    const { dir, cleanup } = scratch();
    try {
      writeFileSync(join(dir, 'report.txt'), readFileSync(join(dir, 'reports/realistic-2024.md')));
      writeFileSync(join(dir, 'report.md'), readFileSync(join(dir, 'reports/realistic-2024.json')));
      const r = await nianbao(['check', 'report.txt', 'report.md', '-f', 'json'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).map((e: { format: string }) => e.format)).toEqual(['md', 'json']);
    } finally {
      cleanup();
    }
  });
});

describe('nianbao check --jobs', () => {
  it('gives the same output, in the same order, from worker threads', async () => {
    const args = ['check', 'reports', 'bad', 'cases.json', '-f', 'json'];
    const one = await nianbao(args);
    const two = await nianbao([...args, '--jobs', '2']);
    expect(two.code).toBe(one.code);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(JSON.parse(two.stdout).length).toBeGreaterThan(4);
  });
});

describe('progress bar', () => {
  // util-linux `script` gives the command line a real terminal, as a person running it has.
  it.skipIf(!existsSync('/usr/bin/script'))(
    'shows on a terminal for many files, and never on a pipe',
    async () => {
      const { dir, cleanup } = scratch();
      try {
        mkdirSync(join(dir, 'many'));
        for (let i = 0; i < 25; i++)
          writeFileSync(
            join(dir, 'many', `r${i}.json`),
            readFileSync(join(dir, 'reports/realistic-2024.json')),
          );
        const tty = await new Promise<string>((resolve, reject) => {
          const child = spawn(
            '/usr/bin/script',
            ['-qec', `${process.execPath} ${BIN} check many --progress`, '/dev/null'],
            {
              cwd: dir,
              env: { ...process.env, NO_COLOR: '1' },
              stdio: ['ignore', 'pipe', 'inherit'],
            },
          );
          let out = '';
          child.stdout.setEncoding('utf8').on('data', (d) => (out += d));
          child.on('error', reject);
          child.on('close', () => resolve(out));
        });
        expect(tty).toContain(`] 25/25\r\x1b[K`);
        expect(tty).toContain('✔ 检查了 25 个文件，没有发现问题');
        const piped = await nianbao(['check', 'many', '--progress'], { cwd: dir });
        expect(piped.stderr).toBe('');
      } finally {
        cleanup();
      }
    },
  );
});
