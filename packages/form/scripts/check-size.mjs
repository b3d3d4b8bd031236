// Size budget of the standalone bundle: what a CMS page loads first (the entry file and any chunk
// it imports statically), minified and gzipped. The lazy chunks (Markdown, files, the 2019
// validator) are not counted.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// The 2019 format's validator (6 KB gzip) is a lazy chunk too, fetched only with a 2019 report
// (core's package.json `browser` field), which keeps the first load under 40 KB.
const BUDGET = 40 * 1024;
const dir = new URL('../dist/standalone/', import.meta.url);
/** @type {Set<string>} */
const seen = new Set();
/** @param {string} file a file of the bundle, relative to its folder */
const visit = (file) => {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(new URL(file, dir), 'utf8');
  for (const m of code.matchAll(
    /(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["'`]\.\/([^"'`]+)["'`]/g,
  ))
    visit(m[1]);
};
visit('nianbao-form.js');
let raw = 0;
let gz = 0;
for (const f of seen) {
  const buf = readFileSync(new URL(f, dir));
  raw += buf.length;
  gz += gzipSync(buf, { level: 9 }).length;
}
/** @param {number} n */
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const line = `standalone bundle (${[...seen].join(', ')}): ${kb(raw)} minified, ${kb(gz)} gzip; budget ${kb(BUDGET)} gzip`;
if (gz > BUDGET) {
  console.error(`Over budget: ${line}`);
  process.exit(1);
}
console.log(line);
