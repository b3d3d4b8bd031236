import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../src/read/index.js';

describe('LineIndex', () => {
  const text = 'ab\n\ncd\r\nef';
  const index = new LineIndex(text);

  it('gives 1-based lines and columns, as unist counts them', () => {
    expect(index.point(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(index.point(2)).toEqual({ line: 1, column: 3, offset: 2 });
    expect(index.point(3)).toEqual({ line: 2, column: 1, offset: 3 });
    expect(index.point(4)).toEqual({ line: 3, column: 1, offset: 4 });
    // \r is a character of its line; only \n ends one.
    expect(index.point(6)).toEqual({ line: 3, column: 3, offset: 6 });
    expect(index.point(8)).toEqual({ line: 4, column: 1, offset: 8 });
  });

  it('holds offsets outside the text to its ends', () => {
    expect(index.point(-5)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(index.point(99)).toEqual({ line: 4, column: 3, offset: 10 });
  });

  it('spans a range with its text; an end before the start is an empty span', () => {
    expect(index.span(4, 6)).toEqual({
      line: 3,
      column: 1,
      endLine: 3,
      endColumn: 3,
      offset: 4,
      endOffset: 6,
      text: 'cd',
    });
    expect(index.span(1, 9)).toMatchObject({ line: 1, endLine: 4, text: 'b\n\ncd\r\ne' });
    expect(index.span(6, 2)).toMatchObject({ offset: 6, endOffset: 6, text: '' });
  });

  it('agrees with splitting the text into lines', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '字', '\n', '\r', ' ') }),
        fc.nat(),
        (s, k) => {
          const at = s.length ? k % (s.length + 1) : 0;
          const before = s.slice(0, at).split('\n');
          expect(new LineIndex(s).point(at)).toEqual({
            line: before.length,
            column: before[before.length - 1].length + 1,
            offset: at,
          });
        },
      ),
    );
  });
});
