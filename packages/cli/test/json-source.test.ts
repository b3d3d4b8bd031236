import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentsOf } from '@nianbao/core';
import { InputError } from '../src/i18n.js';
import { parseJsonWithSources } from '../src/readers/json-source.js';

/** Follows a pointer through objects and arrays alike (core's getAt deliberately stops at arrays). */
const at = (v: unknown, pointer: string) =>
  segmentsOf(pointer).reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], v);

const json = fc.jsonValue().filter((v) => !JSON.stringify(v).includes('"__proto__"'));

describe('parseJsonWithSources', () => {
  it('reads what JSON.parse reads, and every recorded span holds exactly its value', () => {
    fc.assert(
      fc.property(json, fc.constantFrom(0, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const parsed = parseJsonWithSources(text);
        expect(parsed.value).toEqual(JSON.parse(text));
        for (const [pointer, loc] of parsed.sources) {
          expect(JSON.parse(text.slice(loc.offset, loc.endOffset))).toEqual(
            at(parsed.value, pointer),
          );
        }
      }),
    );
  });

  it('rejects what JSON.parse rejects, saying where', () => {
    fc.assert(
      fc.property(
        json,
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', ':', '"', 'x', '{'),
        (value, at, junk) => {
          const good = JSON.stringify(value, null, 2);
          const i = at % (good.length + 1);
          const text = good.slice(0, i) + junk + good.slice(i);
          let native = true;
          try {
            JSON.parse(text);
          } catch {
            native = false;
          }
          let ours = true;
          try {
            parseJsonWithSources(text);
          } catch (e) {
            expect(e).toBeInstanceOf(InputError);
            expect((e as InputError).values).toMatchObject({
              line: expect.any(Number),
              column: expect.any(Number),
            });
            ours = false;
          }
          expect(ours).toBe(native);
        },
      ),
    );
  });

  it('gives line and column of the first wrong character', () => {
    try {
      parseJsonWithSources('{\n  "a": 1,\n  "b" 2\n}');
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).text('en')).toBe(
        'Line 3, column 7: invalid JSON, unexpected `2`, expected `:`',
      );
    }
    expect(() => parseJsonWithSources('{"a": [1, 2')).toThrow(InputError);
    expect(() => parseJsonWithSources('['.repeat(300) + ']'.repeat(300))).toThrow(InputError);
  });
});
