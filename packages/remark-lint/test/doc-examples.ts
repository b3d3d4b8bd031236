import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The examples of docs/markdown-rules.md: under each rule's `##` heading, a ```diff block (lines
 * to take out of the clean example report, `-`, and lines to put in their place, `+`) followed by
 * a ```text block listing every message the preset then gives, one `line:column rule-id` a line.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const rulesDoc = readFileSync(path.join(root, 'docs/markdown-rules.md'), 'utf8');
export const cleanReport = readFileSync(
  path.join(root, 'examples/markdown-lint/reports/clean.md'),
  'utf8',
);

export interface Hunk {
  removed: string[];
  added: string[];
}

export interface DocExample {
  rule: string;
  /** Changes applied in order; a `@@` line in the diff separates them. */
  hunks: Hunk[];
  expected: string[];
}

export function docExamples(doc: string = rulesDoc): DocExample[] {
  const out: DocExample[] = [];
  let rule = '';
  const re = /^## `?([a-z-]+)`?\s*$|^```diff\n([\s\S]*?)^```\n+```text\n([\s\S]*?)^```/gm;
  for (const m of doc.matchAll(re)) {
    if (m[1]) {
      rule = m[1];
      continue;
    }
    const hunks = m[2].split(/^@@.*\n/m).map((h) => {
      const lines = h.split('\n');
      return {
        removed: lines.filter((l) => l.startsWith('-')).map((l) => l.slice(1)),
        added: lines.filter((l) => l.startsWith('+')).map((l) => l.slice(1)),
      };
    });
    out.push({
      rule,
      hunks,
      expected: m[3]
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    });
  }
  return out;
}

/** Applies an example's changes: each hunk's removed lines must appear together in the report. */
export function applyExample(text: string, ex: DocExample): string {
  const lines = text.split('\n');
  for (const h of ex.hunks) {
    if (!h.removed.length) throw new Error(`example for ${ex.rule} removes nothing`);
    const at = lines.findIndex((_, i) => h.removed.every((r, k) => lines[i + k] === r));
    if (at < 0)
      throw new Error(
        `example for ${ex.rule}: lines not found in the clean report:\n${h.removed.join('\n')}`,
      );
    lines.splice(at, h.removed.length, ...h.added);
  }
  return lines.join('\n');
}
