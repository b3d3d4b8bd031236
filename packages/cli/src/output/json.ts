import { publicRecord } from '../check-file.js';
import { summaryLines } from './summary.js';
import type { Formatter, FormatterOptions } from './types.js';

/**
 * An array with one entry per file, streamed: each entry is written when its file is done, so
 * the output of a thousand files never sits in memory. One entry per line keeps it greppable.
 */
export function json({ io, lang }: FormatterOptions): Formatter {
  let first = true;
  const entry = async (value: unknown) => {
    await io.out.write(`${first ? '[\n' : ',\n'}${JSON.stringify(value)}`);
    first = false;
  };
  return {
    async file(file, { format, diagnostics }) {
      await entry({ file, format, diagnostics: diagnostics.map(publicRecord) });
    },
    async late({ file, diagnostics }) {
      // A second entry for a file already written: only cross-report findings, marked as such.
      await entry({
        file,
        format: null,
        diagnostics: diagnostics.map(publicRecord),
        crossReport: true,
      });
    },
    async unusable(file, message) {
      await entry({ file, format: null, diagnostics: [], error: message });
    },
    async end(summary) {
      await io.out.write(first ? '[]\n' : '\n]\n');
      // stdout holds only the JSON; the summary is for the person watching.
      await io.err.write(`${summaryLines(summary, lang).join('\n')}\n`);
    },
  };
}
