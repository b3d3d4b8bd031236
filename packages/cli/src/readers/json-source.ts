import { escapeSegment, LineIndex, type SourceLocation } from '@nianbao/core';
import { InputError, type Msg } from '../i18n.js';

/**
 * A JSON parser that also says where every value was written, so that findings on a JSON report
 * carry a line and column like those on a Markdown one, and `fix` can replace a value in place.
 * JSON.parse alone gives neither, and its error messages vary between engines.
 */

export interface DuplicateKey {
  key: string;
  /** Pointer of the member written twice; the later value wins, as with JSON.parse. */
  path: string;
  /** The earlier value's text, which JSON.parse would silently drop. */
  earlier: string;
  location: SourceLocation;
}

export interface ParsedJson {
  value: unknown;
  /** Every value's location, keyed by JSON Pointer ('' for the root). */
  sources: Map<string, SourceLocation>;
  duplicates: DuplicateKey[];
}

const MAX_DEPTH = 256;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON forbids raw U+0000–U+001F in strings, so the scanner must reject them.
const STRING = /"(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"/y;

export function parseJsonWithSources(text: string): ParsedJson {
  const lines = new LineIndex(text);
  const sources = new Map<string, SourceLocation>();
  const duplicates: DuplicateKey[] = [];
  let pos = 0;

  const fail = (at: number, detail: InputError['values'][string]): never => {
    const { line, column } = lines.point(at);
    throw new InputError('json.syntax', { line, column, detail });
  };
  const describe = (at: number) => (at >= text.length ? '' : text.slice(at, at + 1));
  const unexpected = (expected: string | Msg): never =>
    pos >= text.length
      ? fail(pos, { id: 'json.unexpected-end' })
      : fail(pos, { id: 'json.unexpected', values: { found: describe(pos), expected } });

  const skip = () => {
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) pos++;
      else return;
    }
  };

  const locate = (start: number, end: number, shown: string): SourceLocation => {
    const a = lines.point(start);
    const b = lines.point(end);
    return {
      line: a.line,
      column: a.column,
      endLine: b.line,
      endColumn: b.column,
      offset: start,
      endOffset: end,
      text: shown,
    };
  };

  const readString = (): string => {
    STRING.lastIndex = pos;
    if (!STRING.test(text))
      return text.charCodeAt(pos) === 0x22
        ? fail(pos, { id: 'json.bad-string' })
        : unexpected('`"`');
    const raw = text.slice(pos, STRING.lastIndex);
    pos = STRING.lastIndex;
    // The regex has validated the escapes, so JSON.parse decodes exactly this token.
    return JSON.parse(raw) as string;
  };

  function value(path: string, depth: number): unknown {
    skip();
    const start = pos;
    const c = text[pos];
    let v: unknown;
    let shown: string;
    if (c === '{' || c === '[') {
      if (depth >= MAX_DEPTH) fail(pos, { id: 'json.too-deep', values: { limit: MAX_DEPTH } });
      v = c === '{' ? object(path, depth + 1) : array(path, depth + 1);
      shown = '';
    } else if (c === '"') {
      v = shown = readString();
    } else if (text.startsWith('true', pos) || text.startsWith('null', pos)) {
      v = text[pos] === 't' ? true : null;
      shown = text[pos] === 't' ? 'true' : '';
      pos += 4;
    } else if (text.startsWith('false', pos)) {
      v = false;
      shown = 'false';
      pos += 5;
    } else {
      NUMBER.lastIndex = pos;
      if (!NUMBER.test(text)) return unexpected({ id: 'json.expected-value' });
      shown = text.slice(pos, NUMBER.lastIndex);
      v = Number(shown);
      pos = NUMBER.lastIndex;
    }
    sources.set(path, locate(start, pos, shown));
    return v;
  }

  function object(path: string, depth: number): Record<string, unknown> {
    pos++;
    const out: Record<string, unknown> = {};
    skip();
    if (text[pos] === '}') {
      pos++;
      return out;
    }
    for (;;) {
      skip();
      const keyAt = pos;
      const key = readString();
      // An own `__proto__` is inert in our code, but any consumer that copies with Object.assign
      // or for…in would set a prototype from it: refuse the document instead.
      if (key === '__proto__') {
        const { line, column } = lines.point(keyAt);
        throw new InputError('json.proto-key', { line, column });
      }
      skip();
      if (text[pos] !== ':') unexpected('`:`');
      pos++;
      const child = `${path}/${escapeSegment(key)}`;
      if (Object.hasOwn(out, key)) {
        const before = sources.get(child)!;
        duplicates.push({
          key,
          path: child,
          earlier: text.slice(before.offset, before.endOffset),
          location: locate(keyAt, pos - 1, key),
        });
      }
      out[key] = value(child, depth);
      skip();
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      if (text[pos] === '}') {
        pos++;
        return out;
      }
      unexpected({ id: 'json.one-of', values: { a: '`,`', b: '`}`' } });
    }
  }

  function array(path: string, depth: number): unknown[] {
    pos++;
    const out: unknown[] = [];
    skip();
    if (text[pos] === ']') {
      pos++;
      return out;
    }
    for (;;) {
      out.push(value(`${path}/${out.length}`, depth));
      skip();
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      if (text[pos] === ']') {
        pos++;
        return out;
      }
      unexpected({ id: 'json.one-of', values: { a: '`,`', b: '`]`' } });
    }
  }

  const root = value('', 0);
  skip();
  if (pos < text.length) unexpected({ id: 'json.expected-end' });
  return { value: root, sources, duplicates };
}
