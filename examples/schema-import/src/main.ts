// A project of another team checking reports with @nianbao/core: the four things it exports for
// reuse are the JSON Schema file, the types generated from it, the precompiled validator and the
// rules as data.
import { readFileSync } from 'node:fs';
import schema from '@nianbao/core/report-2021.schema.json' with { type: 'json' };
import rules from '@nianbao/core/rules-2021.json' with { type: 'json' };
import validate from '@nianbao/core/validate-2021';
import { checkReport, type Lang, type Report2021 } from '@nianbao/core';
import { disagreeingSums } from './rules-from-data.js';

const args = process.argv.slice(2);
const lang: Lang = args.includes('--en') ? 'en' : 'zh-CN';
const files = args.filter((a) => !a.startsWith('--'));

console.log(`${schema.title}: ${rules.rules.length} rules over ${rules.sets.cells.length} cells`);

let errors = 0;
for (const file of files) {
  const report = JSON.parse(readFileSync(file, 'utf8')) as Report2021 | null;
  // The validator alone says whether the document has the right shape…
  const shapeOk = validate(report);
  // …and the checker adds the reconciliation rules, worded for people.
  const findings = checkReport(report, { lang });
  const title = `${report?.meta?.agency ?? '?'} ${report?.meta?.year ?? '?'}`;
  console.log(
    `\n${file} (${title}): schema ${shapeOk ? 'ok' : 'violated'}, ${findings.length} finding(s)`,
  );
  for (const d of findings) {
    console.log(`  ${d.severity.padEnd(7)} ${d.ruleId.padEnd(24)} ${d.path}  ${d.message}`);
    if (d.severity === 'error') errors++;
  }
  // The same sums evaluated straight from the rules file, without nianbao's evaluator.
  for (const s of disagreeingSums(rules, report)) {
    console.log(`  from rules-2021.json: ${s.ruleId} at ${s.path}: ${s.right} ≠ ${s.left}`);
  }
}
process.exitCode = errors > 0 ? 1 : 0;
