import {
  byPosition,
  checkReading as checkAssembled,
  nearestSource as nearestAt,
  type Diagnostic,
  type Lang,
  type SourceLocation,
} from '@nianbao/core';
import type { MarkdownReading } from './read/index.js';

/**
 * The reader's findings and core's (the table rules and the document rules) on a report read from
 * Markdown, through core's `checkReading`, every one placed: at the cell or words it names, else
 * at the nearest thing the document has (`nearestSource`). A finding about a cell whose row, table or section is
 * missing from the document (it is blank, or a sum cannot be checked because of it) is left out:
 * the reader's `row-missing` / `table-missing` / `section-missing` already says why, once, where
 * the row or table should be.
 */
export function checkReading(reading: MarkdownReading, lang: Lang = 'zh-CN'): Diagnostic[] {
  // A refused document was not read: its one finding says why, and nothing else can be said.
  if (reading.limit) return [...reading.findings];
  return checkAssembled(reading, {
    lang,
    locate: (path, start, end) => locate(reading, path, start, end),
    place: (d) => nearestSource(reading, d.path),
  });
}

/**
 * The source of a pointer, or of the nearest enclosing one that has one (a schema finding on
 * `/meta/year`, a section); else the title; else the document's first line (a document with no
 * title and no front matter field, even an empty one), so that every finding has a place.
 */
export function nearestSource(reading: MarkdownReading, path: string): SourceLocation {
  const near = nearestAt(reading.sources, path);
  if (near) return near;
  const { text } = reading.lines;
  const eol = text.indexOf('\n');
  return reading.sources.get('/meta/title') ?? reading.lines.span(0, eol < 0 ? text.length : eol);
}

/**
 * Where a stretch of a narrative or the title came from: they are kept verbatim from the
 * document, so an offset into the text is an offset from where the text starts.
 */
function locate(
  reading: MarkdownReading,
  path: string,
  start: number,
  end: number,
): SourceLocation | undefined {
  const s = reading.sources.get(path);
  if (!s || s.offset === undefined || !reading.lines) return undefined;
  const length = (s.endOffset ?? s.offset) - s.offset;
  return reading.lines.span(s.offset + Math.min(start, length), s.offset + Math.min(end, length));
}

/** Orders findings by position in the document, those without one last (core's, shared by every reader). */
export { byPosition };
