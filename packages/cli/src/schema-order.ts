import { readFileSync } from 'node:fs';

type Schema = {
  properties?: Record<string, Schema>;
  $ref?: string;
  $defs?: Record<string, Schema>;
  enum?: unknown[];
};

const cache = new Map<string, Schema>();

/** The report schema of a format, as core exports it (the very file, not a copy). */
export function reportSchema(format = '2021'): Schema {
  let s = cache.get(format);
  if (!s) {
    const url = import.meta.resolve(`@nianbao/core/report-${format}.schema.json`);
    s = JSON.parse(readFileSync(new URL(url), 'utf8')) as Schema;
    cache.set(format, s);
  }
  return s;
}

/**
 * The same value with object keys in the order the schema lists them (unknown keys after, as
 * they were), so that JSON written by nianbao reads like the template whatever it was read from.
 */
export function inSchemaOrder(
  value: unknown,
  root: Schema = reportSchema(),
  schema: Schema = root,
): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value;
  const node = schema.$ref?.startsWith('#/$defs/')
    ? (root.$defs?.[schema.$ref.slice(8)] ?? {})
    : schema;
  const props = node.properties ?? {};
  const src = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(props))
    if (Object.hasOwn(src, k)) out[k] = inSchemaOrder(src[k], root, props[k]);
  for (const k of Object.keys(src)) if (!Object.hasOwn(out, k)) out[k] = src[k];
  return out;
}
