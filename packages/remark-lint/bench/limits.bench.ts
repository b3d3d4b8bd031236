/**
 * What core's pre-parse limits cost on a real report, and what they save on a hostile one. The
 * scan runs before every parse, so against parsing the same report it should be a few percent at
 * most; refusing 1,000 nested lists in 1 MB (41 s and 506 MB to parse before the limit) should
 * take about as long as parsing one real report. Medians, interleaved in one process; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, print } from '@nianbao/bench';
import { scanJson, scanMarkdown } from '@nianbao/core';
import { fromMarkdown, parseMarkdown } from '@nianbao/markdown';

const here = path.dirname(fileURLToPath(import.meta.url));
const markdown = readFileSync(path.join(here, 'fixtures', 'realistic-2024.md'), 'utf8');
const json = readFileSync(
  new URL(import.meta.resolve('@nianbao/core/fixtures/realistic-2024.json')),
  'utf8',
);
const nested =
  `# 一、总体情况\n\n${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(2 * i)}- 条目`).join('\n')}\n`.padEnd(
    1_000_000,
    '文',
  );

const results = measure({
  'scanMarkdown, real report': () => scanMarkdown(markdown),
  'remark parse, real report': () => parseMarkdown(markdown),
  'scanJson, real report': () => scanJson(json),
  'JSON.parse, real report': () => JSON.parse(json),
  'fromMarkdown, 1,000 nested lists in 1 MB': () => fromMarkdown(nested),
});
print('input limits (realistic-2024.md / .json; a hostile 1 MB document)', results, [
  ['scan / parse, Markdown', 'scanMarkdown, real report', 'remark parse, real report', 0.05],
  [
    'scan / JSON.parse (the fastest parser), JSON',
    'scanJson, real report',
    'JSON.parse, real report',
    2,
  ],
  [
    'refusing 1 MB hostile / parsing the real report',
    'fromMarkdown, 1,000 nested lists in 1 MB',
    'remark parse, real report',
    2,
  ],
]);
