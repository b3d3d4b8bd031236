import {
  defaultTitle as templateTitle,
  formatOf,
  getFormat,
  labelText,
  getAt,
  type FormatLayout,
  type Lang,
  type SectionLayout,
} from '@nianbao/core';
import { flatTables, rowLabelText, type FlatTable } from './shape.js';

export { flatTables, rowLabelText, type FlatRow, type FlatTable } from './shape.js';

/**
 * The canonical Markdown form of a report (docs/markdown-format.md). This entry imports nothing but
 * @nianbao/core, so the browser bundle of the form can offer "download as Markdown" without remark.
 */

export interface WriteOptions {
  /** Language of the error thrown for input that is not a report. Default zh-CN. */
  lang?: Lang;
}

/** Front matter keys, in the order they are written. */
export const FRONT_MATTER_KEYS = [
  'format',
  'agency',
  'year',
  'publishedAt',
  'agencyLevel',
] as const;

/** The title a report gets when it has none: the template's own pattern. */
export function defaultTitle(agency: string, year: number | string, layout?: FormatLayout): string {
  return templateTitle(agency, year, layout);
}

/** The canonical H2 text of a section, e.g. `一、总体情况`. */
export function sectionHeading(section: SectionLayout): string {
  return `${section.no}、${labelText(section.heading)}`;
}

type Meta = Record<string, unknown>;

/**
 * YAML scalars written as JSON strings: every JSON string is a valid YAML double-quoted scalar, so
 * no YAML library is needed here and no value can turn into another type (`no`, `2024-01-01`).
 */
function frontMatter(format: string, meta: Meta): string {
  const lines = ['---'];
  for (const key of FRONT_MATTER_KEYS) {
    const v = key === 'format' ? format : meta[key];
    if (v === undefined || v === null) continue;
    lines.push(`${key}: ${typeof v === 'number' ? String(v) : JSON.stringify(String(v))}`);
  }
  lines.push('---');
  return lines.join('\n');
}

/**
 * ASCII punctuation that CommonMark or GFM would read as markup inside a line: emphasis (`*12*`
 * would read back as 12 and pass as a number), code, links and images, HTML and autolinks,
 * entities (`&amp;` would read back as `&`), strikethrough, a heading's closing `#`s. `|` only
 * matters inside a table cell. Every ASCII punctuation character may be backslash-escaped, and the
 * reader takes the text without its escapes, so what was typed comes back as typed.
 */
const INLINE = /[\\`*_[\]<&~#]/g;
const IN_CELL = /[\\`*_[\]<&~#|]/g;

/** One line of text, escaped so that Markdown reads it back as written: line breaks folded. */
function inlineMarkdown(text: string, special: RegExp = INLINE): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim()
    .replace(special, '\\$&');
}

/** Text safe inside a GFM table cell: markup and pipes escaped, line breaks folded. */
export function cellMarkdown(text: string): string {
  return inlineMarkdown(text, IN_CELL);
}

/** A cell value as written: numbers plainly, blank as an empty cell, text as typed (never dropped). */
export function valueMarkdown(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? numberText(v) : String(v);
  if (typeof v === 'string') return cellMarkdown(v);
  return cellMarkdown(JSON.stringify(v));
}

/** Plain decimal notation: `String(1e21)` would write an exponent that no person types. */
function numberText(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function tableMarkdown(flat: FlatTable, report: unknown): string {
  const head = [flat.corner ? labelText(flat.corner) : '', ...flat.columns.map(labelText)];
  const lines = [row(head), `| :-- |${' --: |'.repeat(flat.columns.length)}`];
  for (const r of flat.rows) {
    const label = rowLabelText(r, flat.transposed);
    const values = r.paths.length
      ? r.paths.map((p) => valueMarkdown(getAt(report, p)))
      : flat.columns.map(() => '');
    lines.push(row([label, ...values]));
  }
  return lines.join('\n');
}

function narrative(v: unknown): string {
  return typeof v === 'string' ? v.trim() : '';
}

/** Writes a report in the canonical Markdown form. Throws on input that is not a report object. */
export function toMarkdown(report: unknown, options: WriteOptions = {}): string {
  if (report === null || typeof report !== 'object' || Array.isArray(report)) {
    throw new TypeError(
      options.lang === 'en'
        ? 'toMarkdown: expected a report object'
        : 'toMarkdown：需要一个年度报告对象',
    );
  }
  const layout: FormatLayout = getFormat(formatOf(report));
  const rec = report as Record<string, unknown>;
  const meta = (rec.meta && typeof rec.meta === 'object' ? rec.meta : {}) as Meta;
  const agency = typeof meta.agency === 'string' ? meta.agency : '';
  const year = typeof meta.year === 'number' || typeof meta.year === 'string' ? meta.year : '';
  const title =
    typeof meta.title === 'string' && meta.title.trim()
      ? meta.title.trim()
      : defaultTitle(agency, year, layout);

  const parts = [frontMatter(layout.format, meta), `# ${inlineMarkdown(title)}`];
  for (const section of layout.sections) {
    parts.push(`## ${sectionHeading(section)}`);
    if (section.table) {
      for (const flat of flatTables(layout, section.table)) parts.push(tableMarkdown(flat, report));
    } else {
      const text = narrative(rec[section.key]);
      if (text) parts.push(text);
    }
  }
  return parts.join('\n\n') + '\n';
}
