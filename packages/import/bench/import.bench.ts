import { fromHtml as parseHtml } from 'hast-util-from-html';
import { checkHtml, checkText, fromHtml, fromText } from '../src/index.js';
import { fixture } from '../test/helpers.js';
import { measure } from '@nianbao/bench';

/**
 * Issue 5 §7 (first benchmark): importing an HTML report against parsing the same page with
 * hast-util-from-html alone, in one process, cases interleaved in alternating batches so that the
 * noise of a shared machine hits them alike; medians reported. Then one 5 MB page, timed.
 */

const page = fixture('real-shuyang-fgj-2023.html');
const seed = fixture('seed-yuguan-2023.txt');
const cases = {
  'hast-util-from-html alone (baseline)': () => parseHtml(page),
  'fromHtml (import)': () => fromHtml(page),
  'checkHtml (import + checkDocument)': () => checkHtml(page),
  'fromText, the seed': () => fromText(seed),
  'checkText, the seed': () => checkText(seed),
};
// Milliseconds per call, by case.
const ms = new Map(measure(cases, { minBatchMs: 60 }).map((r) => [r.name, r.medianNs / 1e6]));
console.log(
  `\nImporting ${(page.length / 1024).toFixed(0)} K characters of HTML (real-shuyang-fgj-2023.html), ${(seed.length / 1024).toFixed(1)} K of text (seed)`,
);
for (const [name, t] of ms)
  console.log(`  ${name.padEnd(42)} ${t.toFixed(3).padStart(9)} ms (median)`);
const base = ms.get('hast-util-from-html alone (baseline)')!;
console.log(
  `  ratio fromHtml / parse alone             ${(ms.get('fromHtml (import)')! / base).toFixed(2)}×`,
);
console.log(
  `  ratio checkHtml / parse alone            ${(ms.get('checkHtml (import + checkDocument)')! / base).toFixed(2)}×`,
);

// A 5 MB page: the report inside a site whose navigation and sidebars were saved along with it
// (thousands of links and paragraphs), the case a bulk audit meets on a badly saved page.
const filler =
  '<div class="nav"><ul>' +
  '<li><a href="/x">政务公开专栏链接</a></li>'.repeat(50) +
  '</ul><p>相关阅读：关于做好政府信息公开工作的通知</p></div>\n';
const MB = 1024 * 1024;
const unit = Buffer.byteLength(filler);
let big = page.replace('<body>', `<body>${filler.repeat(Math.floor((2.5 * MB) / unit))}`);
big = big.replace(
  '</body>',
  `${filler.repeat(Math.max(0, Math.floor((5 * MB - Buffer.byteLength(big)) / unit)))}</body>`,
);
const runs: { parse: number; imp: number; check: number }[] = [];
let peak = 0;
for (let i = 0; i < 5; i++) {
  let t = performance.now();
  parseHtml(big);
  const parse = performance.now() - t;
  t = performance.now();
  const r = fromHtml(big);
  const imp = performance.now() - t;
  peak = Math.max(peak, process.memoryUsage().rss);
  t = performance.now();
  checkHtml(big);
  const check = performance.now() - t;
  peak = Math.max(peak, process.memoryUsage().rss);
  if (!r.report.meta.agency) throw new Error('the 5 MB page did not import');
  runs.push({ parse, imp, check });
}
const med = (k: 'parse' | 'imp' | 'check') => runs.map((r) => r[k]).sort((a, b) => a - b)[2];
console.log(`\nA ${(Buffer.byteLength(big) / 1024 / 1024).toFixed(1)} MB page (5 runs, median)`);
console.log(`  hast-util-from-html alone                ${med('parse').toFixed(0).padStart(6)} ms`);
console.log(
  `  fromHtml                                 ${med('imp').toFixed(0).padStart(6)} ms  (${(med('imp') / med('parse')).toFixed(2)}× parse alone)`,
);
console.log(`  checkHtml                                ${med('check').toFixed(0).padStart(6)} ms`);
console.log(
  `  peak RSS of the process                  ${(peak / 1024 / 1024).toFixed(0).padStart(6)} MB`,
);
