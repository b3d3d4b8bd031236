import { publicRecord } from '../check-file.js';
import type { Formatter } from '../output/types.js';
import { AtomicFileSink } from '../files/atomic.js';
import { Overview } from './overview.js';

/**
 * `{ reports: [...], crossReport: [...], overview: {...} }`, streamed: each report's entry is
 * written when it is checked; the overview (counts per rule, reports worst first, inputs not
 * used) comes last, from counters.
 */
export async function jsonAudit(path: string, version: string): Promise<Formatter> {
  const out = await AtomicFileSink.create(path);
  const overview = new Overview();
  const late: unknown[] = [];
  let first = true;
  const entry = async (v: unknown) => {
    await out.write(`${first ? '' : ',\n'}${JSON.stringify(v)}`);
    first = false;
  };
  await out.write(`{"generator":${JSON.stringify(`nianbao ${version}`)},"reports":[\n`);
  return {
    async file(file, r) {
      const row = overview.add(file, r);
      await entry({
        file,
        format: r.format,
        layout: r.facts.layout,
        agency: r.facts.agency,
        year: r.facts.year,
        errors: row.errors,
        warnings: row.warnings,
        infos: row.infos,
        diagnostics: r.diagnostics.map(publicRecord),
      });
    },
    async unusable(file, message) {
      overview.unusable.push({ file, message });
      await entry({ file, format: null, error: message, diagnostics: [] });
    },
    async late(l) {
      const row = overview.row(l.file);
      if (row) overview.count(row, l.diagnostics);
      late.push({ file: l.file, diagnostics: l.diagnostics.map(publicRecord) });
    },
    async end() {
      const summary = {
        reports: overview.rows.length,
        unusable: overview.unusable,
        rules: overview.ruleCounts(),
        worstFirst: overview
          .worstFirst()
          .map(({ file, agency, year, errors, warnings, infos }) => ({
            file,
            agency,
            year,
            errors,
            warnings,
            infos,
          })),
      };
      await out.write(
        `\n],"crossReport":${JSON.stringify(late)},"overview":${JSON.stringify(summary)}}\n`,
      );
      await out.commit();
    },
  };
}
