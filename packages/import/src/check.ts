import { byPosition, checkDocument, explainedByReader, type Diagnostic, type Lang } from '@nianbao/core';
import type { ImportReading } from './model.js';

/**
 * Core's findings on an imported report (tables and document rules), placed where the document
 * says them, together with the reader's own. A blank the reader already explained is not
 * reported again (core's `explainedByReader`).
 */

export { byPosition } from '@nianbao/core';

export function checkReading(reading: ImportReading, lang: Lang = 'zh-CN'): Diagnostic[] {
  const core = checkDocument(reading.report, { lang, sources: reading.sources, locate: reading.locate });
  const placed = core
    .filter((d) => !explainedByReader(d, reading.absent))
    .map((d) => (d.source || !reading.sources.has(d.path) ? d : { ...d, source: reading.sources.get(d.path) }));
  return [...reading.findings, ...placed].sort(byPosition);
}
