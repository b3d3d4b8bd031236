import { describe, expect, it } from 'vitest';
import { exceededJsonLimit, exceededValueDepth } from '../src/limits.js';
import { exceededMarkdownLimit } from '../src/markdown-limits.js';
import { realistic, seed } from './helpers.js';

const small = { maxMarkdownChars: 1000, maxMarkdownNesting: 3 };

describe('pre-parse limits', () => {
  it('lets real reports through', () => {
    for (const r of [seed(), realistic()]) {
      expect(exceededJsonLimit(JSON.stringify(r, null, 2))).toBeNull();
      expect(exceededValueDepth(r)).toBe(false);
      expect(exceededMarkdownLimit(`${r.overview}\n\n${r.otherMatters}`)).toBeNull();
    }
  });

  it('counts list and quote nesting as a reader would', () => {
    expect(exceededMarkdownLimit('- a\n  - b\n    - c', small)).toBeNull();
    expect(exceededMarkdownLimit('- a\n  - b\n    - c\n      - d', small)).toEqual({
      limit: 'depth',
      max: 3,
      line: 4,
    });
    // Siblings and a list that ends do not add up.
    expect(exceededMarkdownLimit('- a\n- b\n- c\n- d\n\ntext\n\n1. x\n2. y', small)).toBeNull();
    expect(exceededMarkdownLimit('- - - - x', small)).toMatchObject({ limit: 'depth', line: 1 });
    expect(exceededMarkdownLimit('> > > > x', small)).toMatchObject({ limit: 'depth', line: 1 });
    expect(exceededMarkdownLimit('> - > - x', small)).toBeNull();
    expect(exceededMarkdownLimit('x'.repeat(1001), small)).toEqual({ limit: 'size', max: 1000 });
  });

  it('ignores brackets inside JSON strings', () => {
    const limits = { maxDepth: 2, maxMembers: 10, maxJsonChars: 1000 };
    expect(exceededJsonLimit('{"a":"[[[[{{{{\\"[[["}', limits)).toBeNull();
    expect(exceededJsonLimit('{"a":[[1]]}', limits)).toEqual({ limit: 'depth', max: 2 });
    expect(exceededJsonLimit(`[${'1,'.repeat(10)}1]`, limits)).toEqual({
      limit: 'members',
      max: 10,
    });
  });
});
