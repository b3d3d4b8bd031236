import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Diagnostic } from '@nianbao/core';

/** The fixtures every package shares: core's reports (JSON) and the real published documents. */
const CORE_FIXTURES = join(
  dirname(createRequire(import.meta.url).resolve('@nianbao/core/package.json')),
  'fixtures',
);
export const fixture = (name: string) =>
  readFileSync(join(CORE_FIXTURES, name.endsWith('.json') ? '' : 'reports', name), 'utf8');
export const json = (name: string) =>
  JSON.parse(fixture(name)) as Record<string, unknown> & { meta: Record<string, unknown> };
export const ids = (ds: Diagnostic[]) => ds.map((d) => d.ruleId);
export const byRule = (ds: Diagnostic[], id: string) => ds.filter((d) => d.ruleId === id);
export const serious = (ds: Diagnostic[]) => ds.filter((d) => d.severity !== 'info');
/** The line of the fixture where `text` first appears (1-based). */
export const lineOf = (source: string, text: string) =>
  source.slice(0, source.indexOf(text)).split('\n').length;
