/**
 * Tells what a file holds from its content, not its name: the command line reads whatever it is
 * given (`.htm` saved as `.txt`, JSON without an extension).
 */

export type InputKind = 'html' | 'text' | 'markdown' | 'json' | 'unknown';

/** Decodes bytes as UTF-8 (BOM or not), else as GB18030, which covers GBK and GB2312 pages. */
export function decodeBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030').decode(bytes);
    } catch {
      return new TextDecoder('utf-8').decode(bytes);
    }
  }
}

const HTML_START = /^(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<!--)/i;
const HTML_TAGS = /<(?:html|body|div|p|table|tr|td|span|article|br)\b[^>]*>/gi;
const MARKDOWN = [
  /^#{1,6}\s+\S/m,
  /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/m,
  /^---\r?\n[\s\S]*?\r?\n---\r?\n/,
];

export function detectInput(input: string | Uint8Array): InputKind {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const head = input.subarray(0, 8);
    // PDF, ZIP (docx, xlsx) and other binary formats are not read here.
    if (head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46)
      return 'unknown';
    if (head[0] === 0x50 && head[1] === 0x4b) return 'unknown';
    text = decodeBytes(input);
  }
  const s = text.replace(/^\ufeff/, '').trimStart();
  if (!s.trim()) return 'unknown';
  const sample = s.slice(0, 65536);
  // Control characters other than whitespace: binary.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: counting these characters is the point.
  const control = sample.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (control > sample.length * 0.01) return 'unknown';
  if (s.startsWith('{') || s.startsWith('[')) {
    try {
      JSON.parse(s);
      return 'json';
    } catch {
      // not JSON after all: text that starts with a bracket
    }
  }
  if (HTML_START.test(sample)) return 'html';
  const tags = sample.match(HTML_TAGS)?.length ?? 0;
  if (tags >= 3) return 'html';
  if (MARKDOWN.some((re) => re.test(sample))) return 'markdown';
  return 'text';
}
