import { layout } from '../generate.js';
import {
  closePrinter,
  LANDSCAPE,
  PORTRAIT,
  type PrintLayout,
  print,
  printHtml,
} from './printed.js';
import { DATE_LABEL } from './text.js';
import type { Shape } from './types.js';

/**
 * The report as an agency attaches it: laid out like a Word document and printed to PDF by
 * Chromium, in two page layouts (A4 portrait, 表三 running over pages without its header; A5
 * landscape, the header repeated on each page). The rendered text is the HTML printed.
 */
function pdfShape(id: string, page: PrintLayout): Shape {
  return {
    id,
    // Each shape its own file name; the reader goes by the content, not the extension.
    ext: `${id.slice(4)}.pdf`,
    render(report, { dateLine }) {
      const html = printHtml(layout, report, page);
      if (!dateLine) return html;
      const at = html.indexOf('</h1>') + '</h1>'.length;
      return `${html.slice(0, at)}\n<p>${DATE_LABEL}${String(report.meta.publishedAt)}</p>${html.slice(at)}`;
    },
    labelCells: [['>', '<']],
    bodyEnd: '</body>',
    finish: (html) => print(html, page),
    dispose: closePrinter,
  };
}

export const pdfPortrait = pdfShape('pdf-a4', PORTRAIT);
export const pdfLandscape = pdfShape('pdf-a5', LANDSCAPE);
