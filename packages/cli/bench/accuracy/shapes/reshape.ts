import { type AxisNode, getAt } from '@nianbao/core';
import { layout, type Report } from '../generate.js';

/**
 * Turns a rendering of our writers into the shape published files take (issue 10): table 四 as
 * one small table per column group, and the lines a PDF's text layer gives. Each function works on
 * labels and lines, never on values, so that a defect injected into a value reaches the file.
 */

/** A cell's value as a person types it: blank for null. */
const shown = (v: unknown) => (v === null || v === undefined ? '' : String(v));

export interface SubTable {
  /** The heading a published page puts above it: `行政诉讼（复议后起诉）`. */
  heading: string;
  header: string[];
  values: string[];
}

/** Table 四 as its column groups (行政复议, 行政诉讼（未经复议直接起诉）, 行政诉讼（复议后起诉）), from the layout. */
export function subTables(report: Report): SubTable[] {
  const table = layout.tables.find((t) => t.id === 'table4');
  const block = table?.blocks[0];
  if (!block) return [];
  const out: SubTable[] = [];
  const walk = (nodes: readonly AxisNode[], names: string[], segs: string[]) => {
    for (const n of nodes) {
      if (!n.children?.length) continue;
      const here = [...names, n.label.zh];
      const path = n.key ? [...segs, n.key] : segs;
      if (n.children.every((c) => !c.children?.length)) {
        out.push({
          heading: here.length > 1 ? `${here[0]}（${here.slice(1).join('')}）` : here[0],
          header: n.children.map((c) => c.label.zh),
          values: n.children.map((c) =>
            shown(getAt(report, [block.base, ...path, c.key ?? ''].join('/'))),
          ),
        });
      } else walk(n.children, here, path);
    }
  };
  walk(block.columns, [], []);
  return out;
}

/** Replaces the lines from the one containing `from` up to (not including) the one containing `to`. */
export function replaceBetween(text: string, from: string, to: string, body: string): string {
  const lines = text.split('\n');
  const a = lines.findIndex((l) => l.includes(from));
  const b = lines.findIndex((l, i) => i > a && l.includes(to));
  if (a < 0 || b < 0) throw new Error(`no lines between \`${from}\` and \`${to}\``);
  return [...lines.slice(0, a + 1), body, ...lines.slice(b)].join('\n');
}

export const TABLE4 = '四、政府信息公开行政复议';
export const SECTION5 = '五、存在的主要问题';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function subTablesMarkdown(report: Report): string {
  return subTables(report)
    .map(
      (t) =>
        `\n### ${t.heading}\n\n| ${t.header.join(' | ')} |\n|${' --: |'.repeat(t.header.length)}\n| ${t.values.map((v) => v.replace(/\|/g, '\\|')).join(' | ')} |\n`,
    )
    .join('');
}

export function subTablesHtml(report: Report): string {
  return subTables(report)
    .map(
      (t) =>
        `<p>${t.heading}</p>\n<table border="1">\n<tr>${t.header.map((h) => `<th>${h}</th>`).join('')}</tr>\n<tr>${t.values.map((v) => `<td>${escapeHtml(v)}</td>`).join('')}</tr>\n</table>`,
    )
    .join('\n');
}

export function subTablesText(report: Report): string {
  return subTables(report)
    .map((t) => `${t.heading}\n${t.header.join('\t')}\n${t.values.join('\t')}`)
    .join('\n');
}
