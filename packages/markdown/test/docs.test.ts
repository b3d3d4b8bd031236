import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

/** What the package's README and docs/markdown-format.md say about the API is true of it. */
const here = path.dirname(fileURLToPath(import.meta.url));
const readme = readFileSync(path.resolve(here, '../README.md'), 'utf8');
const format = readFileSync(path.resolve(here, '../../../docs/markdown-format.md'), 'utf8');

describe('the documentation', () => {
  it('names only what the package exports', () => {
    // The list items' leading names: `- \`readTree(tree, …)\``, `- \`A\` / \`B\``.
    const named = [...readme.matchAll(/^- `(\w+)(?:\([^)]*\))?`(?: \/ `(\w+)`)?/gm)]
      .flatMap((m) => [m[1], m[2]])
      .filter(Boolean);
    expect(named).toContain('checkReading');
    for (const name of named) expect(Object.keys(api), name).toContain(name);
  });

  it("says checkMarkdown runs core's checkDocument (the table rules and the document rules)", () => {
    for (const doc of [readme, format]) {
      const line = doc.split('\n').find((l) => l.includes('checkMarkdown(md)'))!;
      expect(line).toContain('checkDocument');
      expect(doc).not.toContain('checkReport');
    }
  });
});
