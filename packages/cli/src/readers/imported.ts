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
  fromHtml(html: string, options?: { lang?: Lang }): ImportReading;
  fromText(text: string, options?: { lang?: Lang }): ImportReading;
  checkReading(reading: ImportReading, lang?: Lang): Diagnostic[];
}

const pkg = lazyPackage<ImportApi>('@nianbao/import', 'HTML/text');

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
