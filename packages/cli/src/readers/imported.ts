import { scanHtml, type Diagnostic, type Lang, type SourceLocation } from '@nianbao/core';
import { InputError } from '../i18n.js';
import { lazyPackage } from './lazy.js';
import { limitError } from './limit.js';
import type { Reader } from './types.js';

/**
 * Published reports — web pages saved from a government site, and text extracted from Word, PDF
 * or a page — go through @nianbao/import, the same readers and checker its API offers. It is
 * loaded on first use, so a run over JSON never loads the HTML parser.
 */

interface ImportReading {
  report: unknown;
  sources: ReadonlyMap<string, SourceLocation>;
  findings: Diagnostic[];
  /** At least one section heading or report table was found. */
  recognized: boolean;
}

interface ImportApi {
  fromPdf(bytes: Uint8Array, options?: { lang?: Lang }): Promise<ImportReading>;
  fromDocx(bytes: Uint8Array, options?: { lang?: Lang }): ImportReading;
  fromHtml(html: string, options?: { lang?: Lang }): ImportReading;
  fromText(text: string, options?: { lang?: Lang }): ImportReading;
  checkReading(reading: ImportReading, lang?: Lang): Diagnostic[];
}

const pkg = lazyPackage<ImportApi>('@nianbao/import', 'HTML/text/PDF/Word');

/** The marks of a web page: a doctype or root element at the start, or markup throughout. */
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>])/i;
const HTML_TAGS = /<(?:html|body|div|p|table|tr|td|th|span|article|br|font)\b[^>]*>/gi;

function looksLikeHtml(text: string): boolean {
  const sample = text.slice(0, 65536);
  if (HTML_START.test(sample)) return true;
  let tags = 0;
  for (HTML_TAGS.lastIndex = 0; HTML_TAGS.exec(sample) && tags < 3; ) tags++;
  return tags >= 3;
}

function importReader(
  id: 'html' | 'txt',
  extensions: string[],
  sniff: Reader['sniff'],
  read: (api: ImportApi, text: string, lang: Lang) => ImportReading,
): Reader {
  const reading = async (text: string, lang: Lang) => {
    // parse5 and hast recurse per element: core's limit first.
    const limit = id === 'html' ? scanHtml(text) : null;
    if (limit) throw limitError(limit, text);
    const r = read(await pkg.load(), text, lang);
    // A document naming no section or table of the template is some other file in the folder.
    if (!r.recognized)
      throw new InputError(id === 'html' ? 'html.not-a-report' : 'txt.not-a-report', {}, true);
    return r;
  };
  return {
    id,
    extensions,
    sniff,
    legacyEncodings: true,
    async read(text, { lang }) {
      const { report, sources, findings } = await reading(text, lang);
      return { report, sources, findings };
    },
    async check(text, { lang }) {
      const r = await reading(text, lang);
      return {
        report: r.report,
        findings: (await pkg.load()).checkReading(r, lang),
        sources: r.sources,
      };
    },
  };
}

export const htmlReader = importReader(
  'html',
  ['.html', '.htm'],
  (text, ext) => (looksLikeHtml(text) ? 0.95 : ext === '.html' || ext === '.htm' ? 0.3 : 0),
  (api, text, lang) => api.fromHtml(text, { lang }),
);

/**
 * Plain text is what is left: any text can be read as one, so it wins only when nothing more
 * specific claims the file (a `.txt` holding Markdown or JSON goes to that reader).
 */
export const textReader = importReader(
  'txt',
  ['.txt'],
  (_text, ext) => (ext === '.txt' ? 0.4 : 0.1),
  (api, text, lang) => api.fromText(text, { lang }),
);

/** The magic numbers of @nianbao/import's `binaryKind`, restated so that telling a file needs no import. */
const kindOf = (b: Uint8Array): 'pdf' | 'zip' | 'ole2' | undefined => {
  for (let i = 0; i + 4 <= Math.min(b.length, 1024); i++)
    if (b[i] === 0x25 && b[i + 1] === 0x50 && b[i + 2] === 0x44 && b[i + 3] === 0x46) return 'pdf';
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return 'zip';
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return 'ole2';
  return undefined;
};

/**
 * PDF and Word files, read from their bytes. pdf.js is loaded by @nianbao/import only when a PDF
 * is read. A file that cannot be read (a scan, garbled fonts, an old .doc, too many pages) gets
 * the reader's own message.
 */
function bytesReader(
  id: 'pdf' | 'docx',
  extensions: string[],
  kinds: readonly string[],
  read: (api: ImportApi, bytes: Uint8Array, lang: Lang) => Promise<ImportReading> | ImportReading,
): Reader {
  const reading = async (bytes: Uint8Array | undefined, lang: Lang) => {
    const api = await pkg.load();
    let r: ImportReading;
    try {
      r = await read(api, bytes ?? new Uint8Array(), lang);
    } catch (e) {
      const err = e as { name?: string; text?: (lang: Lang) => string };
      if (err?.name === 'DocumentError' && typeof err.text === 'function')
        throw new InputError('document.unreadable', { reason: err.text(lang) });
      throw e;
    }
    if (!r.recognized) throw new InputError(`${id}.not-a-report`, {}, true);
    return { api, r };
  };
  return {
    id,
    extensions,
    magic: (head) => kinds.includes(kindOf(head) ?? ''),
    sniff: () => 0,
    async read(_text, { lang, bytes }) {
      const { r } = await reading(bytes, lang);
      return { report: r.report, sources: r.sources, findings: r.findings };
    },
    async check(_text, { lang, bytes }) {
      const { api, r } = await reading(bytes, lang);
      return { report: r.report, findings: api.checkReading(r, lang), sources: r.sources };
    },
  };
}

export const pdfReader = bytesReader('pdf', ['.pdf'], ['pdf'], (api, b, lang) =>
  api.fromPdf(b, { lang }),
);

/** `.docx` is a zip; an old `.doc` (OLE2) comes here too, for the message that says to save it as .docx. */
export const docxReader = bytesReader('docx', ['.docx', '.doc'], ['zip', 'ole2'], (api, b, lang) =>
  api.fromDocx(b, { lang }),
);
