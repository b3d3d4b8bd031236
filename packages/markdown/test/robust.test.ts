import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMarkdown, fromMarkdown, toMarkdown } from '../src/index.js';
import { fixture, json } from './helpers.js';

/**
 * A reader and a lint rule run on whatever a person has half-written: they must never throw, and
 * every finding must say where it is. Canonical and pasted reports are mutated the way editing
 * breaks them: a row dropped, blanked or moved, a header row dropped or blanked, the file cut off.
 */

const bases = [
  toMarkdown(json('realistic-2024.json')),
  fixture('seed-yuguan-2023.md'),
  fixture('seed-pasted.md'),
];

const isRow = (line: string) => line.trimStart().startsWith('|');
const isDelimiter = (line: string) => /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(line);
/** A table row with every cell emptied, its pipes kept. */
const blank = (line: string) => line.replace(/[^|]+/g, '  ');

type Mutation = (lines: string[], pick: number) => string[];

const without = (lines: string[], i: number, n = 1) => [
  ...lines.slice(0, i),
  ...lines.slice(i + n),
];
const replaced = (lines: string[], i: number, line: string) =>
  lines.map((l, j) => (j === i ? line : l));

/** Index of the `pick`-th line matching `test`, wrapping around; -1 when none does. */
function nth(lines: string[], pick: number, test: (line: string, i: number) => boolean): number {
  const at = lines.flatMap((l, i) => (test(l, i) ? [i] : []));
  return at.length ? at[pick % at.length] : -1;
}
const headerAt = (lines: string[], pick: number) =>
  nth(lines, pick, (l, i) => isRow(l) && isDelimiter(lines[i + 1] ?? ''));
const bodyAt = (lines: string[], pick: number) =>
  nth(lines, pick, (l) => isRow(l) && !isDelimiter(l));

const mutations: Record<string, Mutation> = {
  dropRow(lines, pick) {
    const i = bodyAt(lines, pick);
    return i < 0 ? lines : without(lines, i);
  },
  blankRow(lines, pick) {
    const i = bodyAt(lines, pick);
    return i < 0 ? lines : replaced(lines, i, blank(lines[i]));
  },
  dropHeader(lines, pick) {
    const i = headerAt(lines, pick);
    return i < 0 ? lines : without(lines, i, 2);
  },
  blankHeader(lines, pick) {
    const i = headerAt(lines, pick);
    return i < 0 ? lines : replaced(lines, i, blank(lines[i]));
  },
  swapRows(lines, pick) {
    const i = bodyAt(lines, pick);
    const j = bodyAt(lines, pick * 7 + 3);
    if (i < 0 || j < 0) return lines;
    return replaced(replaced(lines, i, lines[j]), j, lines[i]);
  },
  truncate(lines, pick) {
    return lines.slice(0, pick % (lines.length + 1));
  },
};

const mutation = fc.tuple(fc.constantFrom(...Object.keys(mutations)), fc.nat());
const mutated = fc
  .tuple(fc.constantFrom(...bases), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([text, steps]) =>
    steps
      .reduce((lines, [name, pick]) => mutations[name](lines, pick), text.split('\n'))
      .join('\n'),
  );

function expectPlaced(text: string) {
  const reading = fromMarkdown(text);
  for (const d of reading.findings) expect(d.source, `${d.ruleId} ${d.path}`).toBeDefined();
  for (const lang of ['zh-CN', 'en'] as const) {
    for (const d of checkMarkdown(text, { lang }))
      expect(d.source, `${d.ruleId} ${d.path}: ${d.message}`).toBeDefined();
  }
}

describe('on mutated reports', () => {
  it('reads table 四 with a blank header row and no 行政复议 row (it used to throw)', () => {
    const text = fixture('seed-yuguan-2023.md')
      .replace(/\| 行政复议 \|[^\n]*\n/, '')
      .replace(/^\| {2}\| 结果维持[^\n]*$/m, (l) => blank(l));
    expect(text).not.toContain('结果维持');
    const reading = fromMarkdown(text);
    const missing = reading.findings.find((d) => d.ruleId === 'row-missing');
    expect(missing?.path).toBe('/reviewLitigation/review/upheld');
    // At the table's first row written: the blank header row.
    expect(missing?.source?.text).toMatch(/^\|?\s*\|/);
    expectPlaced(text);
  });

  it('fromMarkdown and checkMarkdown never throw, and every finding has a position', () => {
    fc.assert(fc.property(mutated, expectPlaced), { numRuns: 150 });
  });
});
