// Accuracy of `nianbao check` over every input format (issue 5, section 6: "No finding on a correct
// report is as important as every finding on a broken one: measure both").
//
// Generates N random reconciled reports with consistent narratives, renders each as JSON, Markdown,
// a government web page and tab-separated text, and checks them all with the real command line
// (`nianbao check -f json`, a child process): every error or warning on them is a false alarm.
// Then injects one defect of each class of what-goes-wrong.md that nianbao claims to detect, in
// every format that can express it, and counts how many are found with the expected rule at the
// expected place (JSON Pointer, and the line of the defect). Findings that the defect does not
// explain count against precision.
//
//   npm run accuracy -w @nianbao/cli            # 200 reports (ACCURACY_N to change), seed 1 (ACCURACY_SEED)
//
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkCorpus,
  type Outcome,
  type Summary,
  score,
  summarize,
  writeCorpus,
} from './corpus.js';
import { DEFECTS, isKnownGap } from './defects.js';
import { generateReports } from './generate.js';
import { FORMATS, type Format } from './shapes/index.js';

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');

function printTable(s: Summary): void {
  console.log(
    `\nCorrect reports: ${s.reports} × ${FORMATS.length} formats = ${s.correct.files} files`,
  );
  console.log('format  files  false alarms  files with a false alarm');
  for (const [f, b] of Object.entries(s.correct.byFormat))
    console.log(
      `${f.padEnd(6)}  ${String(b.files).padStart(5)}  ${String(b.falseAlarms).padStart(12)}  ${String(b.filesWithFalseAlarms).padStart(5)}`,
    );
  if (Object.keys(s.correct.falseAlarmsByRule).length)
    console.log('false alarms by rule:', s.correct.falseAlarmsByRule);
  console.log(
    '\nBroken reports: recall = found with the expected rule at the expected path and line (found with the rule anywhere)',
  );
  console.log(`${'defect'.padEnd(20)}${FORMATS.map((f) => f.padStart(26)).join('')}`);
  for (const d of DEFECTS) {
    const row = s.broken.byDefect[d.id] ?? {};
    const cellText = (f: Format) => {
      const b = row[f];
      return (
        b
          ? `${b.placed}/${b.injected} ${pct(b.placed, b.injected)} (${pct(b.detected, b.injected)})${isKnownGap(d.id, f) ? '*' : ''}`
          : 'n/a'
      ).padStart(26);
    };
    console.log(`${d.id.padEnd(20)}${FORMATS.map(cellText).join('')}`);
  }
  console.log('* a known gap (KNOWN_GAPS)');
  if (Object.keys(s.broken.unexplainedByRule).length)
    console.log('unexplained findings on broken reports by rule:', s.broken.unexplainedByRule);
  console.log(
    `\nPrecision on broken reports: ${(100 * s.broken.precision).toFixed(2)}% (${s.broken.unexplained} of ${s.broken.findings} errors and warnings not explained by the injected defect)`,
  );
  console.log(
    `  without the ${s.broken.inherited} false alarms the correct file already had: ${(100 * s.broken.precisionOfInjection).toFixed(2)}% (${s.broken.unexplained - s.broken.inherited} of ${s.broken.findings - s.broken.inherited})`,
  );
}

/** A few examples of each kind of failure, to say precisely what went wrong. */
function examples(outcomes: Outcome[], perKind = 3) {
  const out: Record<string, unknown[]> = {};
  const add = (key: string, v: unknown) => {
    out[key] ??= [];
    if (out[key].length < perKind) out[key].push(v);
  };
  for (const o of outcomes) {
    const where = { file: o.case.file, format: o.case.format, report: o.case.report };
    if (o.error) add(`unusable ${o.case.format}`, { ...where, error: o.error });
    for (const f of o.unexplained)
      add(
        `${o.case.defect ? `unexplained on ${o.case.defect}` : 'false alarm'}: ${f.ruleId} ${o.case.format}`,
        { ...where, finding: f },
      );
    if (o.case.expect && !o.placed)
      add(`${o.detected ? 'misplaced' : 'missed'}: ${o.case.defect} ${o.case.format}`, {
        ...where,
        expect: o.case.expect,
        findings: o.findings,
      });
  }
  return out;
}

async function main() {
  const n = Number(process.env.ACCURACY_N ?? 200);
  const seed = Number(process.env.ACCURACY_SEED ?? 1);
  const jobs = Number(process.env.ACCURACY_JOBS ?? Math.min(4, availableParallelism()));
  const t0 = performance.now();
  const reports = generateReports(n, seed);
  const corpus = await writeCorpus(reports, DEFECTS, seed);
  const t1 = performance.now();
  try {
    const entries = await checkCorpus(corpus, jobs);
    const t2 = performance.now();
    const outcomes = score(corpus.cases, entries);
    const summary = summarize(n, outcomes);
    printTable(summary);
    console.log(
      `\n${corpus.cases.length} files generated in ${((t1 - t0) / 1000).toFixed(1)} s, checked in ${((t2 - t1) / 1000).toFixed(1)} s (-j ${jobs})`,
    );
    const results = fileURLToPath(new URL('../results/', import.meta.url));
    mkdirSync(results, { recursive: true });
    const keep = process.env.ACCURACY_KEEP ? corpus.dir : undefined;
    writeFileSync(
      join(results, 'accuracy.json'),
      `${JSON.stringify({ node: process.version, n, seed, files: corpus.cases.length, checkSeconds: (t2 - t1) / 1000, summary, examples: examples(outcomes), corpus: keep }, null, 2)}\n`,
    );
    console.log(`written bench/results/accuracy.json${keep ? `; corpus kept in ${keep}` : ''}`);
  } finally {
    if (!process.env.ACCURACY_KEEP) corpus.cleanup();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
