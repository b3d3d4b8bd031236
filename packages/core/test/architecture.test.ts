import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_DIR } from '../scripts/generate.js';

/** ARCHITECTURE.md names files and folders a newcomer goes to: each must be there. */
const doc = readFileSync(join(REPO_DIR, 'ARCHITECTURE.md'), 'utf8');
const named = [
  ...new Set(
    [...doc.matchAll(/\b(?:packages|examples|tools|docs)\/[\w.<>/-]*[\w/]/g)]
      .map((m) => m[0])
      // A placeholder (`<category>/<id>.ts`) stands for any module of the folder before it.
      .map((p) => p.replace(/<[^>]*>.*$/, '')),
  ),
];

describe('ARCHITECTURE.md', () => {
  it('names the rooms of every package', () => {
    expect(named.length).toBeGreaterThan(25);
    for (const p of ['packages/core/src/rules/registry/', 'packages/cli/src/readers/registry.ts'])
      expect(named).toContain(p);
  });
  it.each(named)('%s exists', (path) => {
    expect(existsSync(join(REPO_DIR, path))).toBe(true);
  });
  it('draws every input', () => {
    for (const input of ['JSON', 'Markdown', 'HTML', 'text', 'PDF', 'Word', 'form'])
      expect(doc).toContain(input);
  });
});
