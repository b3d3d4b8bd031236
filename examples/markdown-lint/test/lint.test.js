// Runs the example's own `lint` command (remark-cli with .remarkrc.js) as a person or CI would,
// and checks what it says about each report.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** remark-cli's bin, found the way npm links it (the package exports nothing to resolve). */
function findCli() {
  for (let dir = root; ; dir = path.dirname(dir)) {
    const bin = path.join(dir, 'node_modules', 'remark-cli', 'cli.js');
    if (existsSync(bin)) return bin;
    if (path.dirname(dir) === dir) throw new Error('remark-cli is not installed: run npm install');
  }
}
const cli = findCli();

/** @param {...string} args remark-cli's arguments after the example's own flags */
function remark(...args) {
  const r = spawnSync(process.execPath, [cli, '--no-stdout', '--no-color', '--frail', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stderr + r.stdout };
}

/**
 * Rule ids of the messages remark-cli printed (the column before the `nianbao` source).
 * @param {string} out
 */
function ruleIds(out) {
  return [...out.matchAll(/\s([a-z-]+)\s+nianbao\s*$/gm)].map((m) => m[1]).sort();
}

test('the clean report passes', () => {
  const r = remark('reports/clean.md');
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /no issues found/);
});

test('the broken report fails with the expected findings, each at its cell', () => {
  const r = remark('reports/broken.md');
  assert.equal(r.code, 1, r.out);
  // The rules each defect of broken.md breaks (one id each; the text says 131 applications
  // where the table's 总计 says 130, hence narrative-table-mismatch), shared with the editor test.
  const expected = JSON.parse(
    readFileSync(path.join(root, 'reports/broken.findings.json'), 'utf8'),
  );
  assert.deepEqual(ruleIds(r.out), expected);
  // 行政强制 left empty: a zero-width place inside the cell, where the number goes.
  assert.match(r.out, /^\s*49:10(-49:10)?\s+error\s.*cell-blank\s+nianbao$/m);
  // 一、本年新收 总计 written 130: the three characters of the value.
  assert.match(r.out, /^\s*59:48-59:51\s+error\s.*`130`.*`131`.*row-total\s+nianbao$/m);
});

test('the lint script over the folder exits 1 because of broken.md', () => {
  const r = remark('reports/');
  assert.equal(r.code, 1);
  assert.match(r.out, /clean\.md.*no issues found/);
});

/**
 * Each message line (not a cause) as `place severity rule-id`.
 * @param {string} out
 */
function messageLines(out) {
  return [
    ...out.matchAll(
      /^(\d+:\d+(?:-\d+:\d+)?)\s+(error|warning|info)\s.*?\s([a-z-]+)\s+nianbao\s*$/gm,
    ),
  ].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
}

test('the README shows what lint really prints for broken.md: every message, place and severity', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const shown = /What `npm run lint` prints[\s\S]*?```text\n([\s\S]*?)```/.exec(readme);
  assert.ok(shown, 'README has the printed output');
  const r = remark('reports/broken.md');
  assert.deepEqual(messageLines(shown[1]), messageLines(r.out));
  const summary = /^\d+ messages? \(.*\)$/m.exec(r.out);
  assert.ok(summary, `lint prints a summary line:\n${r.out}`);
  assert.ok(shown[1].includes(summary[0]), `README ends with "${summary[0]}"`);
});
