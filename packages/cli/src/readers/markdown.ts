import {
  format2021,
  toHalfWidth,
  type Diagnostic,
  type Lang,
  type LimitProblem,
  type SourceLocation,
} from '@nianbao/core';
import { InputError } from '../i18n.js';
import { lazyPackage } from './lazy.js';
import { limitError } from './limit.js';
import type { Reader } from './types.js';

/**
 * Markdown goes through @nianbao/markdown, the same reader and checker the editor plugin uses, so a
 * report gets the same findings in the terminal as in the editor. It is loaded on first use: a
 * run over JSON files never pays for remark.
 */

interface MarkdownApi {
  fromMarkdown(
    text: string,
    options?: { lang?: Lang },
  ): {
    report: unknown;
    sources: ReadonlyMap<string, SourceLocation>;
    findings: Diagnostic[];
    /** At least one section heading of the template was found. */
    recognized: boolean;
    /** The document was refused before parsing: too large or too deeply nested. */
    limit?: LimitProblem;
  };
  /** Core's rules and the reader's findings on a reading: what checkMarkdown runs, without parsing again. */
  checkReading(reading: ReturnType<MarkdownApi['fromMarkdown']>, lang?: Lang): Diagnostic[];
  toMarkdown(report: unknown, options?: { lang?: Lang }): string;
  /** A cell value as the canonical writer writes it. */
  valueMarkdown(value: unknown): string;
}

const pkg = lazyPackage<MarkdownApi>('@nianbao/markdown', 'Markdown');

/** How a label is compared here: full-width forms folded, spaces dropped. */
const fold = (s: string) => toHalfWidth(s).replace(/\s+/g, '');

/** Section headings and table titles as the layout spells them, with their known variants. */
const MARKERS = [
  ...format2021.sections.flatMap((s) => [
    s.heading.zh,
    ...(s.heading.aliases ?? []),
    ...(s.heading.variants ?? []),
  ]),
  ...format2021.tables.map((t) => t.title.zh),
].map(fold);

/**
 * A document that names none of the report's sections or tables is some other Markdown file (a
 * README in the same folder): say so plainly instead of listing every missing section.
 */
export function looksLikeReport(text: string): boolean {
  const folded = fold(text);
  return MARKERS.some((m) => folded.includes(m));
}

/**
 * Marks only Markdown makes: an ATX heading, front matter, or a GFM table's delimiter row. A bare
 * `|` is not one: text extracted from PDF and HTML pages separates cells with it too.
 */
const MARKDOWN_SHAPE = /^(?:---\r?\n|#{1,6}[ \t]|[ \t]*\|?[ \t]*:?-+:?[ \t]*\|[ \t]*:?-+:?)/m;

export const markdownReader: Reader = {
  id: 'md',
  fixable: true,
  extensions: ['.md', '.markdown'],
  sniff(text, ext) {
    const named = ext === '.md' || ext === '.markdown';
    if (MARKDOWN_SHAPE.test(text)) return named ? 0.9 : 0.5;
    return named ? 0.3 : 0;
  },
  async read(text, { lang }) {
    if (!looksLikeReport(text)) throw new InputError('md.not-a-report', {}, true);
    const { fromMarkdown } = await pkg.load();
    const { report, sources, findings, recognized, limit } = fromMarkdown(text, {
      lang,
    });
    if (limit) throw limitError(limit, text);
    if (!recognized) throw new InputError('md.not-a-report', {}, true);
    return { report, sources, findings };
  },
  async check(text, { lang }) {
    if (!looksLikeReport(text)) throw new InputError('md.not-a-report', {}, true);
    const { fromMarkdown, checkReading } = await pkg.load();
    const reading = fromMarkdown(text, { lang });
    if (reading.limit) throw limitError(reading.limit, text);
    if (!reading.recognized) throw new InputError('md.not-a-report', {}, true);
    return {
      report: reading.report,
      findings: checkReading(reading, lang),
      sources: reading.sources,
    };
  },
  async write(report, { lang }) {
    const { toMarkdown } = await pkg.load();
    return toMarkdown(report, { lang });
  },
  formatValue(value) {
    if (!pkg.loaded) throw new Error('formatValue before read');
    return pkg.loaded.valueMarkdown(value);
  },
};
