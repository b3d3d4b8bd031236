import { text } from './text.js';
import type { Shape } from './types.js';

/**
 * Text from a PDF's text layer, the way published reports come back from it: cells separated by
 * spaces, and in table 三 the shapes of issue 10 — a label wrapped over two lines with the row's
 * numbers printed between the halves (（二）部分公开…), numbers one line above their label
 * (2.重复申请), the end of a label after a wide gap (4.无正当理由大量反复      申请), a page
 * number and a one-character piece of a vertical group label inside the table, and a piece of
 * （六）其他处理 printed between the two lines of a wrapped label.
 */

type Edit = (label: string, values: string) => string[];

/** Row edits by the start of the row's own label; the values stay on one line of their own. */
const EDITS: [string, Edit][] = [
  [
    '（二）部分公开',
    (l, v) => {
      const half = l.indexOf('只计这一情') + 5;
      return [l.slice(0, half), v, l.slice(half)];
    },
  ],
  ['2.重复申请', (l, v) => [v, l]],
  ['4.无正当理由大量反复申请', (l, v) => [`${l.slice(0, -2)}      ${l.slice(-2)} ${v}`]],
  ['1.本机关不掌握', (l, v) => ['- 3 -', '度', `${l} ${v}`]],
  [
    '2.申请人逾期未按收费通知要求',
    (l, v) => {
      const cut = l.indexOf('缴纳');
      return [l.slice(0, cut - 1), '他处理', `${l.slice(cut - 1)} ${v}`];
    },
  ],
];

function pdfLines(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const cells = line.split('\t').filter((c) => c.trim() !== '');
    const edit = EDITS.find(([start]) => cells.some((c) => c.startsWith(start)));
    if (!edit) {
      out.push(cells.join(' '));
      continue;
    }
    const at = cells.findIndex((c) => c.startsWith(edit[0]));
    const lead = cells.slice(0, at);
    const lines = edit[1](cells[at], cells.slice(at + 1).join(' '));
    // Group labels before the row's own stay in front of the line its label starts on.
    const own = Math.max(
      0,
      lines.findIndex((l) => l.startsWith(cells[at].slice(0, 2))),
    );
    if (lead.length) lines[own] = `${lead.join(' ')} ${lines[own]}`;
    out.push(...lines);
  }
  return out.join('\n');
}

export const pdfText: Shape = {
  id: 'pdf-txt',
  ext: 'txt',
  render: (report, options) => pdfLines(text.render(report, options)),
};
