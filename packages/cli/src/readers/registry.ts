import { extname } from 'node:path';
import { InputError } from '../i18n.js';
import { docxReader, htmlReader, pdfReader, textReader } from './imported.js';
import { jsonReader } from './json.js';
import { markdownReader } from './markdown.js';
import type { Reader } from './types.js';

/** The input formats, in the order they are tried when two are equally sure. */
const readers: Reader[] = [
  jsonReader,
  markdownReader,
  htmlReader,
  textReader,
  pdfReader,
  docxReader,
];

/** The reader of a format read from bytes whose first bytes these are (PDF, Word), if any. */
export function binaryReader(head: Uint8Array): Reader | undefined {
  return readers.find((r) => r.magic?.(head));
}

export function registerReader(reader: Reader): void {
  const i = readers.findIndex((r) => r.id === reader.id);
  if (i >= 0) readers[i] = reader;
  else readers.push(reader);
}

export function allReaders(): readonly Reader[] {
  return readers;
}

export function readerById(id: string): Reader | undefined {
  return readers.find((r) => r.id === id);
}

/** Extensions a folder walk picks up. */
export function knownExtensions(): Set<string> {
  return new Set(readers.flatMap((r) => r.extensions));
}

/**
 * Sniffed at or above this, the content itself names the format (JSON braces, markup, a Markdown
 * heading or table): a document that reader refuses is not a report, and no other reader tries.
 */
const CONTENT_SAYS = 0.5;

/**
 * The readers to try on this text, surest first: down to the first whose sniff is sure from the
 * content. Readers chosen only by the extension (a `.md` without a Markdown mark) are followed by
 * the next one by content. The extension only breaks ties and helps with ambiguous text.
 */
export function rankReaders(text: string, path: string): Reader[] {
  const ext = extname(path).toLowerCase();
  const ranked = readers
    .filter((r) => !r.magic)
    .map((r, i) => ({ r, i, s: r.sniff(text, ext) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || a.i - b.i);
  if (!ranked.length)
    throw new InputError('input.unknown-format', {
      formats: readers.map((r) => r.id).join(', '),
    });
  const sure = ranked.findIndex((x) => x.s >= CONTENT_SAYS);
  return ranked.slice(0, sure < 0 ? ranked.length : sure + 1).map((x) => x.r);
}

/** Picks the reader by content: the surest of `rankReaders`. */
export function detectReader(text: string, path: string): Reader {
  return rankReaders(text, path)[0];
}
