import type { LineIndex } from '@nianbao/core';
import { MappedText } from './mapped-text.js';
import { firstLabelledDate } from './meta.js';
import type { DocLine, Part, ReaderDoc } from './model.js';

/**
 * A document that carries nothing beside its body (Word, text, PDF): its titles are found in the
 * body unless the reader gives some, and its publication date is the first `发布日期：…` written on
 * one of its lines. What is the reader's own is how it finds tables and joins a narrative.
 */
export function bodyOnlyDoc(
  index: LineIndex,
  parts: Part[],
  own: Pick<ReaderDoc, 'grids' | 'narrative'> & Partial<Pick<ReaderDoc, 'titles'>>,
): ReaderDoc {
  return { index, parts, titles: [], publishedAt: firstLabelledDate(parts, index), ...own };
}

/** A narrative whose lines are paragraphs (a page's, a Word file's): trimmed, blank ones dropped, a blank line between. */
export const paragraphs = (lines: DocLine[]): MappedText =>
  MappedText.join(
    lines.map((l) => l.text.trim()).filter((t) => t.text !== ''),
    '\n\n',
  );
