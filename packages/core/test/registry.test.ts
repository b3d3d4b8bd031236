import { describe, expect, it } from 'vitest';
import { DATA_RULES } from '../src/rules/registry/data-rules.js';
import { RULE_REGISTRY } from '../src/rules/registry/index.js';
import { ruleById, ruleMessage, rulesFor } from '../src/rules/registry/lookup.js';
import { RULE_CATEGORIES } from '../src/rules/registry/types.js';

/** The registry's own laws; its examples and surfaces are tested through the CLI (cli/test/registry.test.ts). */
describe('the rule registry', () => {
  it('declares every id once', () => {
    const ids = RULE_REGISTRY.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('lists the rules by category, in the categories’ order', () => {
    const order = RULE_REGISTRY.map((r) => RULE_CATEGORIES.indexOf(r.category));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order).not.toContain(-1);
  });
  it('gives the table checker exactly the rules that declare data', () => {
    expect(DATA_RULES.map((r) => r.id)).toEqual(
      RULE_REGISTRY.filter((r) => 'data' in r).map((r) => r.id),
    );
  });
  it('refuses an unknown id or message case rather than say something unworded', () => {
    expect(() => ruleById('no-such-rule')).toThrow(/unknown rule/);
    expect(() => ruleMessage('row-total', 'no-such-case')).toThrow(/no message/);
    expect(ruleMessage('section-order').en).toMatch(/^Unexpected section/);
  });
  it('knows which rules each input can raise', () => {
    const json = rulesFor('json').map((r) => r.id);
    expect(json).toContain('duplicate-key');
    expect(json).not.toContain('front-matter');
    expect(rulesFor('markdown').map((r) => r.id)).not.toContain('table-incomplete');
    expect(rulesFor('form').map((r) => r.id)).toEqual(DATA_RULES.map((r) => r.id));
  });
});
