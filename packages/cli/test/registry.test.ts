import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  carryOverFindings,
  checkerFor,
  EXAMPLE_FILE,
  exampleText,
  formatOf,
  RULE_REGISTRY,
  type RuleExample,
} from '@nianbao/core';
import { checkText } from '../src/check-file.js';
import { nianbao } from './helpers.js';

/**
 * The registry is the one place a rule is declared: every rule shows on every surface, and every
 * example it declares fails or passes as it says, run through the same path a user's file takes
 * (docs-as-tests, as remark-lint runs the examples of its rules).
 */

const REPO = join(import.meta.dirname, '..', '..', '..');
const base = (path: string) => readFileSync(join(REPO, path), 'utf8');
const textOf = (ex: RuleExample) => exampleText(ex, base(ex.base));
const ids = RULE_REGISTRY.map((r) => r.id);

/** The rule ids an example raises, through the command line's own reading and checking. */
async function raised(ex: RuleExample): Promise<string[]> {
  const text = textOf(ex);
  if (ex.previous) {
    const previous = JSON.parse(exampleText(ex.previous, base(ex.previous.base)));
    return carryOverFindings(previous, JSON.parse(text)).map((d) => d.ruleId);
  }
  const found = await checkText(text, EXAMPLE_FILE[ex.input], 'zh-CN');
  return found.diagnostics.map((d) => d.ruleId);
}

describe.each(RULE_REGISTRY.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  it('its failing example raises it', async () => {
    expect(await raised(rule.examples.fail)).toContain(id);
  });
  it('its passing example does not', async () => {
    expect(await raised(rule.examples.pass)).not.toContain(id);
  });
  it('is declared in the module named by its category and id, which docs/rules.md links', () => {
    const module = `packages/core/src/rules/registry/${rule.category}/${id}.ts`;
    expect(existsSync(join(REPO, module)), module).toBe(true);
    expect(readFileSync(join(REPO, module), 'utf8')).toContain(`id: '${id}'`);
    if ('raisedBy' in rule) {
      expect(existsSync(join(REPO, rule.raisedBy)), rule.raisedBy).toBe(true);
      expect(readFileSync(join(REPO, rule.raisedBy), 'utf8')).toMatch(/rule|'[a-z-]+'/);
    }
  });
  it('lists its example inputs among the inputs it applies to, and has a message in both languages', () => {
    expect(rule.inputs).toContain(rule.examples.fail.input);
    for (const m of Object.values(rule.messages) as { 'zh-CN': string; en: string }[]) {
      expect(m['zh-CN']).toMatch(/[\u4e00-\u9fff]|^`/);
      expect(m.en).toMatch(/^(Unexpected|Cannot|Missing|Unknown|`)/);
    }
  });
  if (rule.inputs.includes('form')) {
    it("reaches the form: the form's checker raises it on the failing example, in the registry's words", () => {
      const report = JSON.parse(textOf(rule.examples.fail));
      const session = checkerFor(formatOf(report)).session(report);
      const d = session.findings().find((x) => x.ruleId === id);
      expect(d).toBeDefined();
      const templates = Object.values(rule.messages) as { 'zh-CN': string }[];
      const literal = (t: string) => t.split(/\{\w+\}/)[0];
      expect(templates.some((t) => d!.messages['zh-CN'].startsWith(literal(t['zh-CN'])))).toBe(
        true,
      );
    });
  }
});

describe('every surface shows every rule', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-registry-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('docs/rules.md has a section for each', () => {
    const doc = base('docs/rules.md');
    for (const id of ids) expect(doc, id).toMatch(new RegExp(`^## ${id}$`, 'm'));
  });

  it('`nianbao rules` lists each, and `--json` declares each with its examples', async () => {
    const list = await nianbao(['rules', '--lang', 'en']);
    expect(list.code).toBe(0);
    const lines = list.stdout.trim().split('\n');
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(ids);
    expect(lines.find((l) => l.startsWith('row-total '))).toMatch(
      /table\s+error\s+Row total \(fixable\)/,
    );
    const json = await nianbao(['rules', '--json']);
    const declared = JSON.parse(json.stdout) as { id: string; examples: unknown; why: unknown }[];
    expect(declared.map((r) => r.id)).toEqual(ids);
    for (const r of declared) expect(r.examples).toHaveProperty('fail');
  });

  it('SARIF describes each in tool.driver.rules, results pointing at them by index', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, textOf(RULE_REGISTRY.find((r) => r.id === 'row-total')!.examples.fail));
    const r = await nianbao(['check', file, '-f', 'sarif'], { cwd: dir });
    const log = JSON.parse(r.stdout);
    const described = log.runs[0].tool.driver.rules as { id: string; helpUri: string }[];
    expect(described.map((d) => d.id)).toEqual(ids);
    for (const d of described) expect(d.helpUri).toMatch(new RegExp(`docs/rules\\.md#${d.id}$`));
    for (const res of log.runs[0].results) expect(described[res.ruleIndex].id).toBe(res.ruleId);
  });
});
