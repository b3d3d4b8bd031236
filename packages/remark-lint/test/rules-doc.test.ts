import { remark } from 'remark';
import { describe, expect, it } from 'vitest';
import { MARKDOWN_RULE_IDS } from '@nianbao/markdown';
import nianbao from '../src/index.js';
import { applyExample, cleanReport, docExamples, rulesDoc } from './doc-examples.js';

const examples = docExamples();

const lint = async (text: string) => {
  const file = await remark().use(nianbao).process(text);
  return file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);
};

describe('docs/markdown-rules.md', () => {
  it('documents every document rule, each with at least one example', () => {
    for (const id of MARKDOWN_RULE_IDS) {
      expect(rulesDoc, id).toMatch(new RegExp(`^## ${id}$`, 'm'));
      expect(
        examples.some((e) => e.rule === id),
        `example for ${id}`,
      ).toBe(true);
    }
  });

  it('the clean report the examples start from has no finding', async () => {
    expect(await lint(cleanReport)).toEqual([]);
  });

  it.each(examples.map((e, i) => [`${e.rule} #${i}`, e] as const))(
    '%s gives exactly the messages listed',
    async (_, ex) => {
      const found = await lint(applyExample(cleanReport, ex));
      expect(found.sort()).toEqual([...ex.expected].sort());
      expect(found.some((f) => f.endsWith(` ${ex.rule}`))).toBe(true);
    },
  );
});
