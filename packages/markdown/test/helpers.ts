import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
/** Reports as JSON and the broken cases are core's, shared by every package's tests. */
const coreFixtures = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@nianbao/core/package.json')),
  'fixtures',
);

export const fixture = (name: string) =>
  readFileSync(path.join(name.endsWith('.json') ? coreFixtures : dir, name), 'utf8');
export const json = <T = Record<string, unknown>>(name: string): T =>
  JSON.parse(fixture(name)) as T;
