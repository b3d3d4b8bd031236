import type { FileDiagnostic } from '../check-file.js';
import type { Formatter } from '../output/types.js';
import { csvField } from './escape.js';
import { AtomicFileSink } from '../files/atomic.js';

const HEADER = [
  'file',
  'agency',
  'year',
  'ruleId',
  'severity',
  'path',
  'line',
  'column',
  'message',
];

/**
 * One row per finding, streamed. UTF-8 with a byte-order mark, which Excel and WPS need to open a
 * CSV file as UTF-8 rather than in the system's legacy code page (GBK on Chinese Windows). An
 * input that could not be used is a row with rule `unusable` and the reason as message.
 */
export async function csvAudit(path: string): Promise<Formatter> {
  const out = await AtomicFileSink.create(path);
  const line = (fields: unknown[]) => out.write(`${fields.map(csvField).join(',')}\r\n`);
  await out.write('\ufeff');
  await line(HEADER);
  const rows = async (
    file: string,
    agency: string | null,
    year: number | null,
    ds: readonly FileDiagnostic[],
  ) => {
    for (const d of ds)
      await line([file, agency, year, d.ruleId, d.severity, d.path, d.line, d.column, d.message]);
  };
  return {
    file: (file, r) => rows(file, r.facts.agency, r.facts.year, r.diagnostics),
    unusable: (file, message) =>
      line([file, null, null, 'unusable', 'error', null, null, null, message]),
    late: (l) => rows(l.file, l.agency, l.year, l.diagnostics),
    end: () => out.commit(),
  };
}
