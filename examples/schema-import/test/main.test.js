import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

/** @param {...string} args */
const run = (...args) =>
  spawnSync(process.execPath, ['dist/main.js', ...args], { encoding: 'utf8' });

test('a correct report prints no finding and exits 0', () => {
  const r = run('reports/yuguan-2023.json');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /schema ok, 0 finding\(s\)/);
  assert.match(r.stdout, /政府信息公开工作年度报告（2021年格式）: 9 rules over 200 cells/);
});

test('a broken report prints each finding with its rule id and path, and exits 1', () => {
  const r = run('reports/broken.json');
  assert.equal(r.status, 1);
  assert.match(r.stdout, /schema violated/);
  assert.match(
    r.stdout,
    /row-total\s+\/applications\/received\/total\s+表三「一、本年新收政府信息公开申请数量」行「总计」列为`130`，应为`131`/,
  );
  assert.match(r.stdout, /cell-not-a-number\s+\/proactive\/fees\/amount/);
  assert.match(r.stdout, /cell-blank\s+\/proactive\/coercion\/decisions/);
  // Evaluated from the rules data alone, the sums find the same total.
  assert.match(
    r.stdout,
    /from rules-2021\.json: row-total at \/applications\/received\/total: 130 ≠ 131/,
  );
});

test('messages in English on request', () => {
  const r = run('reports/broken.json', '--en');
  assert.match(r.stdout, /Unexpected `130` in table 三/);
});
