// Benchmark: a bulk audit (issue 5, section 7): `nianbao check <folder> --report audit.html` over
// 100 and 1,000 reports mixing HTML pages, extracted text, Markdown and JSON. Wall time and peak
// memory of the real command line as a child process; memory must not grow with the count.
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './run-cli.mjs';

/** @param {string} p */
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const REPEAT = Number(process.env.BENCH_REPEAT_AUDIT ?? 1);
const COUNTS = (process.env.BENCH_AUDIT_COUNTS ?? '100,1000').split(',').map(Number);
const CORE = join(
  dirname(createRequire(import.meta.url).resolve('@nianbao/core/package.json')),
  'fixtures',
);
const base = JSON.parse(readFileSync(join(CORE, 'realistic-2024.json'), 'utf8'));
const page = readFileSync(join(CORE, 'reports/real-shuyang-fgj-2023.html'), 'utf8');
const seed = readFileSync(join(CORE, 'reports/seed-yuguan-2023.txt'), 'utf8');
const { toMarkdown } = await import('@nianbao/markdown/write');

/**
 * Report i in one of four formats, in turn: HTML page, extracted text, Markdown, JSON; every 3rd
 * JSON/Markdown with a wrong total.
 * @param {string} dir
 * @param {number} i
 */
function write(dir, i) {
  const name = join(dir, `r${String(i).padStart(4, '0')}`);
  const agency = `第${i}号镇人民政府`;
  switch (i % 4) {
    case 0:
      return writeFileSync(`${name}.html`, page);
    case 1:
      return writeFileSync(`${name}.txt`, seed.replaceAll('余关镇', `第${i}号镇`));
    default: {
      const r = structuredClone(base);
      r.meta.agency = agency;
      r.meta.title = `${agency}${r.meta.year}年政府信息公开工作年度报告`;
      if (i % 3 === 0) r.applications.received.total += 1;
      if (i % 4 === 2) writeFileSync(`${name}.md`, toMarkdown(r));
      else writeFileSync(`${name}.json`, `${JSON.stringify(r, null, 2)}\n`);
    }
  }
}

const root = mkdtempSync(join(tmpdir(), 'nianbao-audit-bench-'));
try {
  const rssFile = join(root, 'rss.json');
  const rows = [];
  for (const n of COUNTS) {
    const dir = join(root, `set${n}`);
    mkdirSync(dir);
    for (let i = 0; i < n; i++) write(dir, i);
    for (const report of [null, 'audit.html']) {
      const out = join(root, `audit${n}.html`);
      const args = ['check', dir, '--format', 'json', ...(report ? ['--report', out] : [])];
      rows.push({
        files: n,
        audit: report ?? '-',
        ...(await measure(args, rssFile, REPEAT)),
        auditMiB: report ? statSync(out).size / 1024 / 1024 : 0,
      });
    }
  }
  /** @type {(x: number, d?: number) => string} */
  const f = (x, d = 1) => x.toFixed(d);
  console.log(
    `nianbao check --report audit.html, HTML/text/Markdown/JSON in turn, median of ${REPEAT} (node ${process.version})`,
  );
  console.log('files  audit        wall s  ms/file  peak RSS MiB  live heap MiB  audit file MiB');
  for (const r of rows)
    console.log(
      `${String(r.files).padStart(5)}  ${r.audit.padEnd(10)} ${f(r.ms / 1000, 2).padStart(8)} ${f(r.ms / r.files, 1).padStart(8)} ${f(r.rssMiB).padStart(13)} ${f(r.liveMiB, 2).padStart(14)} ${f(r.auditMiB, 2).padStart(15)}`,
    );
  const a = rows.find((r) => r.files === COUNTS[0] && r.audit !== '-');
  const b = rows.find((r) => r.files === COUNTS.at(-1) && r.audit !== '-');
  if (a && b && a !== b)
    console.log(
      `${b.files} ÷ ${a.files} reports with the audit: peak RSS ${f(b.rssMiB / a.rssMiB, 2)}×, live heap ${f(b.liveMiB / a.liveMiB, 2)}×, wall ${f(b.ms / a.ms, 2)}×`,
    );
  mkdirSync(here('./results/'), { recursive: true });
  writeFileSync(
    here('./results/audit-many.json'),
    `${JSON.stringify({ node: process.version, repeat: REPEAT, rows }, null, 2)}\n`,
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
