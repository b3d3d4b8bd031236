/**
 * Linting a report (parse + every rule of the preset) against parsing it alone with remark-parse +
 * remark-gfm, in one process, interleaved so both see the same machine state. Target: ≤ 1.3×.
 * Prints medians per document and the ratio; asserts nothing (timings belong in reports, not tests).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { median, time } from '@nianbao/bench';
import nianbao from '../src/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = ['realistic-2024.md', 'seed-yuguan-2023.md'].map((name) => ({
  name,
  text: readFileSync(path.join(here, 'fixtures', name), 'utf8'),
}));

const parseOnly = unified().use(remarkParse).use(remarkGfm).freeze();
const lint = unified().use(remarkParse).use(nianbao).freeze();

function parse(text: string) {
  return parseOnly.parse(text);
}

function lintOnce(text: string) {
  const file = new VFile({ path: 'report.md', value: text });
  lint.runSync(lint.parse(file), file);
  return file.messages.length;
}

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const BATCH = 10;

console.log(`node ${process.version}, ${ROUNDS} rounds × ${BATCH} runs, interleaved\n`);
const rows: string[] = [];
for (const { name, text } of docs) {
  if (lintOnce(text) !== 0) throw new Error(`${name} should lint clean`);
  for (let i = 0; i < 100; i++) parse(text), lintOnce(text);
  const p: number[] = [];
  const l: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    if (r % 2) p.push(time(() => parse(text), BATCH)), l.push(time(() => lintOnce(text), BATCH));
    else l.push(time(() => lintOnce(text), BATCH)), p.push(time(() => parse(text), BATCH));
  }
  const mp = median(p);
  const ml = median(l);
  rows.push(
    `| ${name} | ${(text.length / 1024).toFixed(1)} KB | ${mp.toFixed(2)} ms | ${ml.toFixed(2)} ms | ${(ml / mp).toFixed(2)}× |`,
  );
}
console.log(
  '| report | size | parse (remark-parse + remark-gfm) | lint (parse + all rules) | ratio |',
);
console.log('| --- | --- | --- | --- | --- |');
for (const r of rows) console.log(r);
