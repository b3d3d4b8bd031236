import { checkDocument } from '@nianbao/core';
import { InputError, type Msg } from '../i18n.js';
import type { Reader } from './types.js';

/**
 * Content decides the reader, and when the surest reader finds no report in a document, the next
 * one tries: a `.md` file that is really text extracted from a PDF (stray `|` of broken tables,
 * page headers, no Markdown heading) is refused by the Markdown reader and read as text. Only
 * when every reader that may read the document refuses it is it not a report, with each reader's
 * reason. A reader's other errors (a JSON syntax error) stop at once: they say what is wrong.
 */
export function fallbackReader(candidates: readonly Reader[]): Reader {
  let chosen = candidates[0];
  const attempt = async <T>(run: (r: Reader) => Promise<T>): Promise<T> => {
    const refused: InputError[] = [];
    for (const r of candidates) {
      try {
        const value = await run(r);
        chosen = r;
        return value;
      } catch (e) {
        if (!(e instanceof InputError) || !e.notAReport) throw e;
        refused.push(e);
      }
    }
    if (refused.length === 1) throw refused[0];
    const reasons = refused
      .map((e): Msg => ({ id: e.id, values: e.values }))
      .reduce((a, b) => ({ id: 'input.and', values: { a, b } }));
    throw new InputError('input.not-a-report', { reasons }, true);
  };
  const first = candidates[0];
  return {
    get id() {
      return chosen.id;
    },
    get extensions() {
      return chosen.extensions;
    },
    get fixable() {
      return chosen.fixable;
    },
    get legacyEncodings() {
      return chosen.legacyEncodings;
    },
    sniff: (text, ext) => first.sniff(text, ext),
    read: (text, options) => attempt((r) => r.read(text, options)),
    check: (text, options) =>
      attempt(async (r) => {
        if (r.check) return r.check(text, options);
        const read = await r.read(text, options);
        // Core's table rules and document rules, as the other readers' checkers run them.
        const core = checkDocument(read.report, { lang: options.lang, sources: read.sources });
        return {
          report: read.report,
          sources: read.sources,
          findings: [...read.findings, ...core],
        };
      }),
    write: first.write ? (report, options) => chosen.write!(report, options) : undefined,
    formatValue: (value) => (chosen.formatValue ? chosen.formatValue(value) : String(value)),
  };
}
