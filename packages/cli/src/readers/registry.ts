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

/** Picks the reader by content; the extension only breaks ties and helps with ambiguous text. */
export function detectReader(text: string, path: string): Reader {
  const ext = extname(path).toLowerCase();
  let best: Reader | undefined;
  let score = 0;
  for (const r of readers) {
    if (r.magic) continue;
    const s = r.sniff(text, ext);
    if (s > score) (best = r), (score = s);
  }
  if (!best)
    throw new InputError('input.unknown-format', {
      formats: readers.map((r) => r.id).join(', '),
    });
  return best;
}
