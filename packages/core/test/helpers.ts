import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setAt } from '../src/pointer.js';
import type { Report2021 } from '../src/generated/report-2021.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export function fixture(name: string): Report2021 {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8'));
}

export interface Case {
  name: string;
  rule: string;
  base: string;
  set: Record<string, unknown>;
  expect: { ruleId: string; path: string; actual?: unknown; expected?: unknown }[];
}

export const cases: Case[] = JSON.parse(readFileSync(join(FIXTURES, 'cases.json'), 'utf8'));

export function applyCase(c: Case): Report2021 {
  const r = fixture(c.base);
  for (const [p, v] of Object.entries(c.set)) setAt(r as unknown as Record<string, unknown>, p, v);
  return r;
}
