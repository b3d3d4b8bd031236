import { describe, expect, it } from 'vitest';
import { checkMarkdown, fromMarkdown, toMarkdown } from '../src/index.js';
import { json } from './helpers.js';

const nestedList = (n: number) =>
  Array.from({ length: n }, (_, i) => `${' '.repeat(2 * i)}- item`).join('\n');

describe('a document past core input limits', () => {
  it.each([
    [
      '1,000 nested list levels in a 1 MB document',
      `# 一、总体情况\n\n${nestedList(1000)}\n`.padEnd(1_000_000, 'x'),
      'input-too-deep',
    ],
    ['100,000 `>`', `# 一、总体情况\n\n${'>'.repeat(100_000)} x\n`, 'input-too-deep'],
    [
      'a report with a 4-level list repeated 3,000 times',
      `${toMarkdown(json('realistic-2024.json'))}\n${'- a\n  - b\n    - c\n      - d\n'.repeat(3000)}`,
      'input-too-deep',
    ],
    ['2 MB of text', `# 一、总体情况\n\n${'文字'.repeat(1_000_000)}`, 'input-too-large'],
  ])('%s is refused before parsing, with one finding that names the limit', (_, text, ruleId) => {
    const reading = fromMarkdown(text, { lang: 'en' });
    expect(reading.limit).toBeDefined();
    expect(reading.recognized).toBe(false);
    const findings = checkMarkdown(text, { lang: 'en' });
    expect(findings.map((d) => [d.ruleId, d.severity])).toEqual([[ruleId, 'error']]);
    expect(findings[0].message).toMatch(/over the limit of [\d.]+( M characters| levels)/);
    expect(findings[0].source?.line).toBeGreaterThan(0);
  });
  it('a real report is read as before', () => {
    const reading = fromMarkdown(toMarkdown(json('realistic-2024.json')));
    expect(reading.limit).toBeUndefined();
    expect(reading.recognized).toBe(true);
  });
});
