import { DocumentError } from '../paged/errors.js';
import type { PdfPage, Run } from './text-layer.js';

/**
 * Printed lines from the runs of a page: runs whose baselines are within a third of the font
 * size are one line, read left to right. Page furniture is left out: a page number alone on a
 * line in the top or bottom margin (`- 3 -`, `— 3 —`, `第3页`, `3`).
 */

export interface PrintedLine {
  page: number;
  /** 1-based line on the page, counting the lines kept. */
  line: number;
  y: number;
  size: number;
  runs: Run[];
  text: string;
}

const PAGE_NUMBER =
  /^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}(?:\s*\/\s*\d{1,4})?)$/;

export function pageLines(page: PdfPage): PrintedLine[] {
  const runs = [...page.runs].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const groups: Run[][] = [];
  for (const r of runs) {
    const g = groups.at(-1);
    if (g && Math.abs(r.y - g[0].y) < 0.34 * Math.max(r.size, g[0].size)) g.push(r);
    else groups.push([r]);
  }
  const out: PrintedLine[] = [];
  for (const g of groups) {
    g.sort((a, b) => a.x0 - b.x0);
    const text = g
      .map((r, i) => (i && r.x0 - g[i - 1].x1 > 0.3 * r.size ? ' ' : '') + r.text)
      .join('');
    const y = g[0].y;
    const margin = y < page.height * 0.1 || y > page.height * 0.88;
    if (margin && PAGE_NUMBER.test(text.trim())) continue;
    out.push({
      page: page.number,
      line: out.length + 1,
      y,
      size: Math.max(...g.map((r) => r.size)),
      runs: g,
      text,
    });
  }
  return out;
}

/** Characters a report's text is made of: common CJK, CJK and full-width punctuation, ASCII. */
const USUAL =
  /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u206f\u0020-\u007e\u00b7\u2460-\u24ff]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffd\ue000-\uf8ff]/;

/**
 * Refuses a PDF whose text cannot be trusted: no text at all (a scan), or text from fonts without
 * a Unicode map, which comes out as control characters and rare ideographs instead of words. A
 * value read from such text would be invented, so nothing is read.
 */
export function checkTextLayer(pages: PdfPage[]): void {
  let chars = 0;
  for (const p of pages) {
    let total = 0;
    let odd = 0;
    let sample = '';
    for (const r of p.runs)
      for (const c of r.text) {
        if (c.trim() === '') continue;
        total++;
        if (CONTROL.test(c) || !USUAL.test(c)) odd++;
        // The sample shown in the message: ideographs and plain ASCII only, never a control or
        // direction character that a terminal would act on.
        if (sample.length < 12 && /[\u4e00-\u9fff\u3400-\u4dbf!-~]/.test(c)) sample += c;
      }
    chars += total;
    // A page of real text has almost no character outside the usual ranges; garbled text has many.
    if (total >= 20 && odd > total * 0.08)
      throw new DocumentError('pdf-garbled', { page: p.number, sample });
  }
  if (chars < 10) throw new DocumentError('pdf-scanned');
}
