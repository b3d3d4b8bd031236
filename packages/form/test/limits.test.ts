import { scanMarkdown, scanValue } from '@nianbao/core';
import { describe, expect, it } from 'vitest';
import { exceededJsonLimit } from '../src/json-limits.js';
import { LIMITS } from '../src/limits.js';
import { realistic, seed } from './helpers.js';

const markdownLimits = { maxChars: LIMITS.maxMarkdownChars, maxDepth: LIMITS.maxMarkdownNesting };

describe('pre-parse limits', () => {
  it('lets real reports through, with the limits the form uses', () => {
    for (const r of [seed(), realistic()]) {
      expect(exceededJsonLimit(JSON.stringify(r, null, 2))).toBeNull();
      expect(scanValue(r, { maxDepth: LIMITS.maxDepth })).toBeNull();
      expect(scanMarkdown(`${r.overview}\n\n${r.otherMatters}`, markdownLimits)).toBeNull();
    }
  });

  it('ignores brackets inside JSON strings, and counts depth and values', () => {
    const limits = { maxDepth: 2, maxMembers: 10, maxJsonChars: 1000 };
    expect(exceededJsonLimit('{"a":"[[[[{{{{\\"[[["}', limits)).toBeNull();
    expect(exceededJsonLimit('{"a":[[1]]}', limits)).toEqual({ limit: 'depth', max: 2 });
    expect(exceededJsonLimit(`[${'1,'.repeat(10)}1]`, limits)).toEqual({
      limit: 'members',
      max: 10,
    });
    expect(exceededJsonLimit('x'.repeat(1001), limits)).toEqual({ limit: 'size', max: 1000 });
  });
});
