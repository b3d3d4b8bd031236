import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { checkSize, DocumentError } from '../paged/errors.js';
import { foldRadicals as fold } from './radicals.js';

/**
 * The text layer of a PDF: every piece of text pdf.js finds, with where it is printed. pdf.js is
 * loaded here, on first use, so that reading JSON, Markdown or a web page never pays for it.
 * Limits are checked before the work they guard: the file's size before pdf.js sees it, the
 * number of pages (read from the page tree, which costs nothing) before any page is parsed.
 */

/** A piece of text as printed: top-down coordinates in points, `y` the baseline. */
export interface Run {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  runs: Run[];
}

export interface PdfLimits {
  /** Largest file read, in bytes (default 50 MB). */
  maxBytes?: number;
  /** Most pages read (default 100; an annual report has 5 to 30). */
  maxPages?: number;
}

const MAX_BYTES = 50 * 1024 * 1024;
const MAX_PAGES = 100;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;
const load = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/** pdf.js's character maps, for PDFs whose CJK fonts are not embedded (`UniGB-UCS2-H` and friends). */
function cMapUrl(): string | undefined {
  try {
    const pkg = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
    return `${join(dirname(pkg), 'cmaps')}/`;
  } catch {
    return undefined;
  }
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
}

/** Pieces printed next to each other with no gap are one run (pdf.js splits at every font change). */
function mergeRuns(items: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of items) {
    const last = out.at(-1);
    if (
      last &&
      Math.abs(last.y - r.y) < 0.1 * r.size &&
      r.x0 >= last.x1 - 0.1 * r.size &&
      r.x0 - last.x1 < 0.15 * r.size
    ) {
      last.text += r.text;
      last.x1 = r.x1;
    } else out.push({ ...r });
  }
  return out;
}

/** Advance of a character relative to the others: CJK full width, the rest half. */
const advance = (c: string) => (c.charCodeAt(0) > 0x2e7f ? 1 : 0.5);

/**
 * pdf.js joins pieces printed apart in the same font into one item with a space between
 * (`本年废止件数 现行有效件数`, two header cells): cut at the spaces, each piece placed by the
 * share of the item's width its characters take.
 */
function splitAtSpaces(text: string, x: number, width: number, y: number, size: number): Run[] {
  const trimmed = text.trim();
  if (!/\s/.test(trimmed)) {
    const lead = text.length - text.trimStart().length;
    const total = [...text].reduce((a, c) => a + advance(c), 0) || 1;
    const unit = width / total;
    const at = x + [...text.slice(0, lead)].reduce((a, c) => a + advance(c), 0) * unit;
    return [
      {
        text: trimmed,
        x0: at,
        x1: at + [...trimmed].reduce((a, c) => a + advance(c), 0) * unit,
        y,
        size,
      },
    ];
  }
  const chars = [...text];
  const total = chars.reduce((a, c) => a + advance(c), 0) || 1;
  const unit = width / total;
  const out: Run[] = [];
  let pos = x;
  let cur: Run | undefined;
  for (const c of chars) {
    const w = advance(c) * unit;
    if (/\s/.test(c)) cur = undefined;
    else if (cur) {
      cur.text += c;
      cur.x1 = pos + w;
    } else {
      cur = { text: c, x0: pos, x1: pos + w, y, size };
      out.push(cur);
    }
    pos += w;
  }
  return out;
}

export async function readTextLayer(bytes: Uint8Array, limits: PdfLimits = {}): Promise<PdfPage[]> {
  checkSize(bytes.length, limits.maxBytes ?? MAX_BYTES);
  const { getDocument } = await load();
  const task = getDocument({
    // pdf.js takes the buffer over; a copy keeps the caller's bytes intact.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    cMapUrl: cMapUrl(),
    cMapPacked: true,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as { name?: string })?.name;
    if (name === 'PasswordException') throw new DocumentError('pdf-encrypted');
    throw new DocumentError('pdf-invalid', {
      reason: e instanceof Error ? e.message : String(e),
    });
  }
  try {
    const maxPages = limits.maxPages ?? MAX_PAGES;
    if (doc.numPages > maxPages)
      throw new DocumentError('too-many-pages', { pages: doc.numPages, limit: maxPages });
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const it of content.items as TextItemLike[]) {
        if (typeof it.str !== 'string' || it.str.trim() === '') continue;
        const [a, b, , d, e, f] = it.transform;
        const size = Math.hypot(a, b) || Math.abs(d) || 1;
        // Rotated text (a watermark, a stamp's caption) is not part of the report's lines.
        if (Math.abs(b) > 0.01 * size) continue;
        runs.push(...splitAtSpaces(fold(it.str), e - x0, it.width, y1 - f, size));
      }
      pages.push({ number: n, width: x1 - x0, height: y1 - y0, runs: mergeRuns(runs) });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
