import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '@nianbao/core';

const HERE = dirname(fileURLToPath(import.meta.url));
export const fixture = (name: string) => readFileSync(join(HERE, 'fixtures', name), 'utf8');
export const json = (name: string) => JSON.parse(fixture(name)) as Record<string, unknown> & { meta: Record<string, unknown> };
export const ids = (ds: Diagnostic[]) => ds.map((d) => d.ruleId);
export const byRule = (ds: Diagnostic[], id: string) => ds.filter((d) => d.ruleId === id);
export const serious = (ds: Diagnostic[]) => ds.filter((d) => d.severity !== 'info');
/** The line of the fixture where `text` first appears (1-based). */
export const lineOf = (source: string, text: string) => source.slice(0, source.indexOf(text)).split('\n').length;
