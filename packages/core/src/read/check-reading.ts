import type { Diagnostic, SourceLocation } from '../check/diagnostic.js';
import type { Lang } from '../layout/types.js';
import { checkDocument } from '../formats.js';
import type { AssembledReport } from './assemble.js';
import { explainedByReader } from './explained.js';

/**
 * The one step every document reader ends with: core's findings on the report it assembled (the
 * table rules and the document rules, placed with the reader's sources and `locate`), less those
 * the reader already explained (`explainedByReader`), after the reader's own findings, each
 * without a source placed by `place`. Readers differ only in how far they look for a place.
 */

export interface CheckReadingOptions {
  lang?: Lang;
  /** Where a stretch of a narrative or the title came from in the document (see `checkDocument`). */
  locate?: (path: string, start: number, end: number) => SourceLocation | undefined;
  /** Where to put a finding that has no source; default: the source of its exact path, if read. */
  place?: (d: Diagnostic) => SourceLocation | undefined;
}

export function checkReading(
  reading: Pick<AssembledReport, 'report' | 'sources' | 'absent' | 'findings'>,
  options: CheckReadingOptions = {},
): Diagnostic[] {
  const { lang = 'zh-CN', locate } = options;
  const place = options.place ?? ((d: Diagnostic) => reading.sources.get(d.path));
  const core = checkDocument(reading.report, { lang, sources: reading.sources, locate });
  const kept = core.filter((d) => !explainedByReader(d, reading.absent));
  return [...reading.findings, ...kept].map((d) => {
    if (d.source) return d;
    const source = place(d);
    return source ? { ...d, source } : d;
  });
}
