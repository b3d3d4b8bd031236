import {
  axisDepth,
  axisLeaves,
  axisSpan,
  labelText,
  type AxisNode,
  type FormatLayout,
  type TableLayout,
} from '@nianbao/core';
import { cellText, headerRows, narrativeHtml } from './render.js';

/**
 * Writes a report as the document an agency prints to PDF from Word or WPS: title, headings as
 * bold paragraphs, tables with merged cells (group labels merged down their rows, numbers centred
 * vertically beside labels that wrap), in narrow columns so that headers stack (`商业` over `企业`)
 * and a group label runs one character per line. No label is spelled here: every one comes from
 * the layout. Chromium prints it (scripts/make-fixtures.ts, the accuracy harness's pdf shapes).
 */

export interface PrintLayout {
  id: string;
  /** Page size and orientation for Chromium's printer. */
  page: { format: 'A4' | 'A5'; landscape: boolean };
  /** Extra CSS: column widths and font size decide where labels wrap and tables break. */
  css: string;
  /** Header rows in a `<thead>`, which Chromium repeats on every page the table reaches. */
  repeatHeader: boolean;
}

const BASE_CSS = `
body { font-family: 'Noto Serif CJK SC', serif; font-size: 12pt; margin: 0; }
h1 { font-size: 16pt; text-align: center; font-weight: bold; margin: 0 0 12pt; }
p { margin: 0 0 6pt; text-indent: 2em; line-height: 1.5; }
p.h { text-indent: 0; font-weight: bold; font-family: 'Noto Sans CJK SC', sans-serif; }
table { border-collapse: collapse; margin: 6pt 0 12pt; table-layout: fixed; }
td, th { border: 0.75pt solid #000; padding: 1pt 2pt; vertical-align: middle; text-align: center;
  font-weight: normal; line-height: 1.3; word-break: break-all; }
td.label { text-align: left; }
td.group { width: 1.2em; }
tr { break-inside: avoid; }
`;

/** A4 portrait, Word's default margins; table 三 runs over two pages, its header not repeated. */
export const PORTRAIT: PrintLayout = {
  id: 'portrait',
  page: { format: 'A4', landscape: false },
  repeatHeader: false,
  css: `
table { font-size: 10.5pt; }
table.t3 td.label { width: 7em; }
table.t3 td.sub { width: 4em; }
table.t3 th, table.t3 td.num { width: 3.2em; }
table.t4 { font-size: 9pt; }
table.t4 th, table.t4 td { width: 2.2em; }
`,
};

/** A5 landscape, smaller print: tables break across pages with the header repeated. */
export const LANDSCAPE: PrintLayout = {
  id: 'landscape',
  page: { format: 'A5', landscape: true },
  repeatHeader: true,
  css: `
body { font-size: 10.5pt; }
table { font-size: 9pt; }
table.t3 td.label { width: 10em; }
table.t3 td.sub { width: 6em; }
table.t3 th, table.t3 td.num { width: 4.5em; }
table.t4 th, table.t4 td { width: 2.4em; }
`,
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One table of the layout, merged cells as Word writes them. */
function tableHtml(table: TableLayout, report: unknown, repeatHeader: boolean): string {
  const out: string[] = [`<table class="${table.id.replace('table', 't')}">`];
  table.blocks.forEach((block) => {
    const depth = Math.max(1, axisDepth(block.rows));
    const leaves = axisLeaves(block.columns);
    const head: string[] = [];
    if (block.header)
      head.push(
        `<tr><td class="label" colspan="${leaves.length + depth}">${esc(labelText(block.header))}</td></tr>`,
      );
    headerRows(block.columns).forEach((row, i) => {
      const corner =
        i === 0
          ? `<th rowspan="${axisDepth(block.columns)}" colspan="${depth}">${esc(block.corner ? labelText(block.corner) : '')}</th>`
          : '';
      head.push(
        `<tr>${corner}${row.map((c) => `<th rowspan="${c.rowspan}" colspan="${c.colspan}">${esc(c.text)}</th>`).join('')}</tr>`,
      );
    });
    out.push(repeatHeader ? `<thead>${head.join('')}</thead><tbody>` : head.join('\n'));
    const seen = new Set<AxisNode>();
    for (const leaf of axisLeaves(block.rows)) {
      const cells: string[] = [];
      leaf.chain.forEach((n, level) => {
        if (seen.has(n)) return;
        seen.add(n);
        const last = level === leaf.chain.length - 1;
        const rowspan = axisSpan(n);
        const colspan = last ? depth - level : 1;
        const cls =
          !last && level === 0 && depth === 3 ? 'label group' : level ? 'label sub' : 'label';
        // A group label in a one-character-wide cell, as Word wraps it: a character per line.
        const text = cls.includes('group')
          ? `<div style="width:1em;margin:auto">${esc(labelText(n.label))}</div>`
          : esc(labelText(n.label));
        cells.push(`<td class="${cls}" rowspan="${rowspan}" colspan="${colspan}">${text}</td>`);
      });
      if (!leaf.chain.length) cells.push(`<td class="label" colspan="${depth}"></td>`);
      for (const c of leaves)
        cells.push(`<td class="num">${esc(cellText(report, block, leaf, c))}</td>`);
      out.push(`<tr>${cells.join('')}</tr>`);
    }
    if (repeatHeader) out.push('</tbody>');
  });
  out.push('</table>');
  return out.join('\n');
}

/** The document as HTML for Chromium to print. */
export function printHtml(
  layout: FormatLayout,
  report: Record<string, unknown> & { meta: Record<string, unknown> },
  print: PrintLayout,
): string {
  const body: string[] = [`<h1>${esc(String(report.meta.title ?? ''))}</h1>`];
  for (const s of layout.sections) {
    body.push(`<p class="h">${s.no}、${esc(s.heading.zh)}</p>`);
    if (s.table)
      body.push(
        tableHtml(layout.tables.find((t) => t.id === s.table)!, report, print.repeatHeader),
      );
    else body.push(narrativeHtml(String(report[s.key] ?? ''), 'p'));
  }
  return `<!doctype html><html><head><meta charset="utf-8"><style>${BASE_CSS}${print.css}</style></head><body>\n${body.join('\n')}\n</body></html>`;
}

/** Chromium's footer: the page number as Chinese documents print it, `- 3 -`. */
export const FOOTER =
  '<div style="font-size:9pt;width:100%;text-align:center;font-family:serif">- <span class="pageNumber"></span> -</div>';
