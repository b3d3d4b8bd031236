import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The broken example report, and lint comments put into it, shared by the library, CLI and editor tests. */

const here = path.dirname(fileURLToPath(import.meta.url));
export const broken = readFileSync(
  path.resolve(here, '../../../examples/markdown-lint/reports/broken.md'),
  'utf8',
);

/** The broken report with comments put before the lines that start with the given text. */
export function withComments(before: Record<string, string>): string {
  let text = broken;
  for (const [line, comment] of Object.entries(before)) {
    const at = text.indexOf(`\n${line}`);
    if (at < 0) throw new Error(`no line starts with ${line}`);
    text = `${text.slice(0, at + 1)}${comment}\n\n${text.slice(at + 1)}`;
  }
  return text;
}

/** Each case: comments to add, rules that must be gone, rules that must stay. */
export const CASES: [string, Record<string, string>, string[], string[]][] = [
  [
    'disable turns a rule off from the comment on',
    { '# 江州市': '<!-- lint disable row-total -->' },
    ['row-total'],
    ['applications-balance', 'cell-blank', 'review-litigation-total'],
  ],
  [
    'enable turns it back on',
    {
      '| 第二十条第（六）项': '<!-- lint disable cell-blank cell-not-a-number -->',
      '| 第二十条第（八）项': '<!-- lint enable cell-not-a-number -->',
    },
    ['cell-blank'],
    ['cell-not-a-number', 'row-total'],
  ],
  [
    'ignore turns a rule off in the next node only',
    { '| （本列数据的勾稽关系': '<!-- lint ignore row-total label-variant -->' },
    ['row-total', 'label-variant'],
    ['applications-balance', 'review-litigation-total', 'cell-blank'],
  ],
];
