import { extname } from 'node:path';
import type { Lang } from '@nianbao/core';
import type { Formatter } from '../output/types.js';
import { csvAudit } from './csv.js';
import { htmlAudit } from './html.js';
import { jsonAudit } from './json.js';

/** The audit file types, chosen by the extension of `--report <file>`. */
export const AUDIT_TYPES = {
  '.html': (path: string, lang: Lang, version: string) => htmlAudit(path, lang, version),
  '.htm': (path: string, lang: Lang, version: string) => htmlAudit(path, lang, version),
  '.csv': (path: string) => csvAudit(path),
  '.json': (path: string, _lang: Lang, version: string) => jsonAudit(path, version),
} as const satisfies Record<
  string,
  (path: string, lang: Lang, version: string) => Promise<Formatter>
>;

export function auditTypeOf(path: string): keyof typeof AUDIT_TYPES | undefined {
  const ext = extname(path).toLowerCase();
  return Object.hasOwn(AUDIT_TYPES, ext) ? (ext as keyof typeof AUDIT_TYPES) : undefined;
}
