// Benchmark: `nianbao check` over many report files (issue 3, section 5).
// Generates N reports in a temporary folder (a mix of JSON and Markdown, some with findings), runs
// the real command line on them as a child process, and measures wall time and peak RSS. Run with
// 100 and 1,000 files: peak memory must not grow with the number of files.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { measure } from './run-cli.mjs';

/** @param {string} p */
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
/** Core's shared fixtures: the reference reports and the published pages. */
export const CORE_FIXTURES = join(
  dirname(createRequire(import.meta.url).resolve('@nianbao/core/package.json')),
  'fixtures',
);
const base = JSON.parse(readFileSync(join(CORE_FIXTURES, 'realistic-2024.json'), 'utf8'));

/** @type {typeof import('@nianbao/markdown').toMarkdown | undefined} */
let toMarkdown;
try {
  // The full package (reader included) must load, or the command line could not read what we write.
  ({ toMarkdown } = await import('@nianbao/markdown'));
} catch (e) {
  const why = e instanceof Error ? e.message : String(e);
  console.warn(`@nianbao/markdown cannot be loaded (${why}): generating JSON reports only`);
}

/**
 * A deterministic pseudo-random sequence, so every run checks the same files.
 * @param {number} seed
 */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Report i: the realistic report under another name, every 3rd with one total off, every 7th with
 * text in a cell.
 * @param {number} i
 * @param {() => number} rand
 */
function reportAt(i, rand) {
  const r = structuredClone(base);
  r.meta.agency = `第${i}号镇人民政府`;
  r.meta.title = `${r.meta.agency}${r.meta.year}年政府信息公开工作年度报告`;
  if (i % 3 === 0) r.applications.received.total += 1 + Math.floor(rand() * 5);
  if (i % 7 === 0) r.proactive.fees.amount = '251000元';
  return r;
}

/** The PDF and Word reports of @nianbao/import's fixtures (Chromium prints, the filled template). */
const PUBLISHED = here('../../import/test/fixtures-published/');
const PUBLISHED_FILES = [
  'county-natural-resources-2023.portrait.pdf',
  'district-market-regulation-2022.landscape.pdf',
  'county-natural-resources-2023.docx',
  'district-market-regulation-2022.docx',
];

/**
 * Writes n reports; `kind` is 'mix' (alternating JSON and Markdown), 'json', 'md', or
 * 'published' (JSON, Markdown, PDF and Word in turn: the published files are copies).
 * @param {string} dir
 * @param {number} n
 * @param {string} kind
 */
function generate(dir, n, kind) {
  const rand = rng(n);
  mkdirSync(dir, { recursive: true });
  let md = 0;
  let other = 0;
  for (let i = 0; i < n; i++) {
    if (kind === 'published' && i % 2 === 1) {
      const name = PUBLISHED_FILES[Math.floor(i / 2) % PUBLISHED_FILES.length];
      copyFileSync(join(PUBLISHED, name), join(dir, `r${String(i).padStart(4, '0')}-${name}`));
      other++;
      continue;
    }
    const r = reportAt(i, rand);
    const asMd =
      kind === 'md' || (kind === 'mix' && i % 2 === 1) || (kind === 'published' && i % 4 === 2);
    if (toMarkdown && asMd) {
      writeFileSync(join(dir, `r${String(i).padStart(4, '0')}.md`), toMarkdown(r));
      md++;
    } else
      writeFileSync(
        join(dir, `r${String(i).padStart(4, '0')}.json`),
        `${JSON.stringify(r, null, 2)}\n`,
      );
  }
  return { json: n - md - other, md, other };
}

const root = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
try {
  const rssFile = join(root, 'rss.json');
  /** Each data set: a folder of generated reports. The 1-file run is the baseline (start-up cost). */
  const sets = [
    { name: 'mix', n: 1 },
    { name: 'mix', n: 100 },
    { name: 'mix', n: 1000 },
    // Past a few hundred files V8's heap reaches its steady size: 3,000 shows the plateau.
    { name: 'mix', n: 3000, only: 'json' },
    ...(toMarkdown
      ? [
          { name: 'json', n: 1000 },
          { name: 'md', n: 1000 },
        ]
      : []),
    // Issue 11: half of the files PDF and Word, read through pdf.js and the zip reader.
    { name: 'published', n: 1, only: 'json' },
    { name: 'published', n: 100, only: 'json' },
    { name: 'published', n: 1000, only: 'json' },
  ]
    .filter((s) => !process.env.BENCH_SETS || process.env.BENCH_SETS.split(',').includes(s.name))
    .map((s) => {
      const dir = join(root, `${s.name}${s.n}`);
      return { ...s, dir, ...generate(dir, s.n, s.name) };
    });

  const rows = [];
  for (const format of ['json', 'stylish', 'sarif']) {
    for (const set of sets) {
      // The single-format sets only tell the cost per format; one output format is enough for that.
      if ((set.name !== 'mix' || set.only) && format !== 'json') continue;
      const m = await measure(['check', set.dir, '--format', format], rssFile, REPEAT);
      rows.push({
        format,
        set: set.name,
        files: set.n,
        json: set.json,
        md: set.md,
        other: set.other,
        ...m,
      });
    }
  }

  /** @type {(x: number, d?: number) => string} */
  const fmt = (x, d = 1) => x.toFixed(d);
  console.log(`nianbao check, median of ${REPEAT} runs (node ${process.version})`);
  console.log(
    'format   set         files   json    md  other   wall ms   ms/file*   peak RSS MiB   live heap MiB**',
  );
  for (const r of rows) {
    const one =
      rows.find((x) => x.format === r.format && x.set === r.set && x.files === 1) ??
      rows.find((x) => x.format === r.format && x.files === 1);
    // A selection of sets (BENCH_SETS) may have no 1-file baseline: no marginal time then.
    const perFile = one && r.files > 1 ? (r.ms - one.ms) / (r.files - 1) : Number.NaN;
    console.log(
      `${r.format.padEnd(8)} ${r.set.padEnd(10)} ${String(r.files).padStart(5)} ${String(r.json).padStart(6)} ${String(r.md).padStart(5)} ${String(r.other ?? 0).padStart(6)} ${fmt(r.ms).padStart(9)} ${(Number.isNaN(perFile) ? '-' : fmt(perFile, 2)).padStart(10)} ${fmt(r.rssMiB).padStart(14)} ${fmt(r.liveMiB, 2).padStart(15)}`,
    );
  }
  console.log(
    '* marginal time per file: (wall − wall of a 1-file run) / (files − 1); the 1-file run is the baseline (start-up).',
  );
  console.log('** JS heap still live after a full collection at exit: what the run retained.');
  for (const format of ['json', 'stylish', 'sarif']) {
    const a = rows.find((x) => x.format === format && x.set === 'mix' && x.files === 100);
    const b = rows.find((x) => x.format === format && x.set === 'mix' && x.files === 1000);
    if (!a || !b) continue;
    console.log(
      `${format}: 1000 ÷ 100 files: peak RSS ${fmt(b.rssMiB / a.rssMiB, 2)}×, live heap ${fmt(b.liveMiB / a.liveMiB, 2)}×, wall time ${fmt(b.ms / a.ms, 2)}×`,
    );
  }
  const k1 = rows.find((x) => x.format === 'json' && x.set === 'mix' && x.files === 1000);
  const k3 = rows.find((x) => x.format === 'json' && x.set === 'mix' && x.files === 3000);
  const p1 = rows.find((x) => x.set === 'published' && x.files === 100);
  const p2 = rows.find((x) => x.set === 'published' && x.files === 1000);
  if (p1 && p2)
    console.log(
      `published: 1000 ÷ 100 files: peak RSS ${fmt(p2.rssMiB / p1.rssMiB, 2)}×, live heap ${fmt(p2.liveMiB / p1.liveMiB, 2)}×, wall time ${fmt(p2.ms / p1.ms, 2)}×`,
    );
  if (k1 && k3)
    console.log(
      `json: 3000 ÷ 1000 files: peak RSS ${fmt(k3.rssMiB / k1.rssMiB, 2)}×, live heap ${fmt(k3.liveMiB / k1.liveMiB, 2)}×, wall time ${fmt(k3.ms / k1.ms, 2)}×`,
    );
  const resultsDir = here('./results/');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(
    join(resultsDir, 'check-many.json'),
    `${JSON.stringify({ node: process.version, repeat: REPEAT, rows }, null, 2)}\n`,
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
