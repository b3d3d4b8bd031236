/** JSON Pointer helpers that only ever follow own properties, so `__proto__` keys in input are inert. */

export const MISSING_PARENT: unique symbol = Symbol('missing parent');

/** A key as a JSON Pointer segment: `~` and `/` escaped (RFC 6901). */
export const escapeSegment = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** The pointer of a list of keys. */
export const pointerOf = (segments: readonly string[]): string =>
  segments.map((s) => `/${escapeSegment(s)}`).join('');

export function segmentsOf(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * The value at a pointer: `undefined` when the last key is absent, `MISSING_PARENT` when an object
 * above it is absent or not an object (a schema error already says so).
 */
export function readAt(root: unknown, segments: readonly string[]): unknown {
  let o: unknown = root;
  const last = segments.length - 1;
  for (let i = 0; i <= last; i++) {
    if (o === null || typeof o !== 'object' || Array.isArray(o)) return MISSING_PARENT;
    const rec = o as Record<string, unknown>;
    if (!Object.hasOwn(rec, segments[i])) return i === last ? undefined : MISSING_PARENT;
    o = rec[segments[i]];
  }
  return o;
}

export function getAt(root: unknown, pointer: string): unknown {
  const v = readAt(root, segmentsOf(pointer));
  return v === MISSING_PARENT ? undefined : v;
}

/** Sets a value, creating plain objects on the way; refuses keys that would touch prototypes. */
export function setAt(root: Record<string, unknown>, pointer: string, value: unknown): void {
  const segs = segmentsOf(pointer);
  let o: Record<string, unknown> = root;
  for (let i = 0; i < segs.length - 1; i++) {
    const k = segs[i];
    if (k === '__proto__' || k === 'constructor' || k === 'prototype')
      throw new Error(`Refusing to set ${pointer}`);
    const next = Object.hasOwn(o, k) ? o[k] : undefined;
    if (next === null || typeof next !== 'object' || Array.isArray(next)) o[k] = {};
    o = o[k] as Record<string, unknown>;
  }
  const k = segs[segs.length - 1];
  if (k === '__proto__') throw new Error(`Refusing to set ${pointer}`);
  o[k] = value;
}
