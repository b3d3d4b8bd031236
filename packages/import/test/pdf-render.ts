import {
  axisDepth,
  axisLeaves,
  labelText,
  type AxisNode,
  type FormatLayout,
  type TableLayout,
} from '@nianbao/core';
import { cellText, headerRows } from './render.js';

/**
 * Writes a report as a PDF text extractor (pdftotext, a flipbook's text layer) gives it back from
 * a Word table: one text line per printed line, cells separated by a space, every cell's text
 * wrapped at its column's width onto the following lines, merged label cells top-aligned so a
 * group's label runs down beside its first rows, numbers on the first line of their row (or its
 * middle line, for cells centred vertically), headers split over lines. No label is spelled here:
 * every one comes from the layout.
 */

export interface PdfStyle {
  /** Characters per line of a row label cell; `node` is the label's row, `level` its first label column, `span` how many it spans. */
  labelWidth(node: AxisNode, level: number, span: number): number;
  /** Characters per line of a header cell spanning `span` data columns. */
  headerWidth(table: TableLayout['id'], span: number): number;
  /** Where the numbers of a row whose label takes several lines go. */
  numbers: 'top' | 'middle';
  /** Characters per line of a narrative paragraph. */
  proseWidth: number;
}

const COUNTY_COLUMNS = [5, 6, 14];

/** Column widths like a county report's Word table printed to PDF. */
export const countyStyle: PdfStyle = {
  labelWidth: (_node, level, span) =>
    COUNTY_COLUMNS.slice(level, level + span).reduce((a, b) => a + b, 0) || 14,
  headerWidth: (table, span) => span * (table === 'table4' ? 2 : table === 'table3' ? 4 : 10),
  numbers: 'top',
  proseWidth: 38,
};

/** Cuts a text into lines of at most `width` characters (code points), as a table cell wraps. */
export function wrap(text: string, width: number): string[] {
  const chars = [...text];
  if (!chars.length) return [];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += Math.max(1, width))
    out.push(chars.slice(i, i + Math.max(1, width)).join(''));
  return out;
}

/** Header lines of a block: the corner's pieces beside them, each header row top-aligned. */
function headerLines(table: TableLayout, b: number, style: PdfStyle, labelWidth: number): string[] {
  const block = table.blocks[b];
  const lines: string[][] = [];
  for (const row of headerRows(block.columns)) {
    const pieces = row.map((c) => wrap(c.text, style.headerWidth(table.id, c.colspan)));
    const height = Math.max(...pieces.map((p) => p.length));
    for (let k = 0; k < height; k++) lines.push(pieces.map((p) => p[k] ?? ''));
  }
  const corner = block.corner ? wrap(labelText(block.corner), labelWidth) : [];
  while (lines.length < corner.length) lines.push([]);
  return lines.map((l, k) => [corner[k] ?? '', ...l].filter((t) => t !== '').join(' '));
}

interface Slot {
  cols: string[];
  values?: string[];
}

/** The data lines of a block: every label wrapped in its column, group labels running down beside their rows. */
function bodyLines(table: TableLayout, b: number, report: unknown, style: PdfStyle): string[] {
  const block = table.blocks[b];
  const depth = Math.max(1, axisDepth(block.rows));
  const leaves = axisLeaves(block.rows);
  const cols = axisLeaves(block.columns);
  const own = leaves.map((leaf) => {
    const node = leaf.chain[leaf.chain.length - 1];
    const level = leaf.chain.length - 1;
    return labelText(node.label)
      ? wrap(labelText(node.label), style.labelWidth(node, level, depth - level))
      : [];
  });
  const height = own.map((p) => Math.max(1, p.length));
  // Groups, deepest first: a group whose label is taller than its rows makes its last row taller.
  const groups = new Map<AxisNode, { level: number; first: number; last: number }>();
  leaves.forEach((leaf, i) => {
    leaf.chain.slice(0, -1).forEach((g, level) => {
      const at = groups.get(g);
      if (at) at.last = i;
      else groups.set(g, { level, first: i, last: i });
    });
  });
  const ordered = [...groups].sort((x, y) => y[1].level - x[1].level);
  const groupPieces = new Map(
    ordered.map(([g, at]) => [g, wrap(labelText(g.label), style.labelWidth(g, at.level, 1))]),
  );
  for (const [g, at] of ordered) {
    let lines = 0;
    for (let i = at.first; i <= at.last; i++) lines += height[i];
    const need = groupPieces.get(g)!.length;
    if (need > lines) height[at.last] += need - lines;
  }
  const start: number[] = [];
  let total = 0;
  for (const h of height) start.push(total), (total += h);
  const slots: Slot[] = Array.from({ length: total }, () => ({ cols: Array(depth).fill('') }));
  leaves.forEach((leaf, i) => {
    own[i].forEach((p, k) => {
      slots[start[i] + k].cols[leaf.chain.length - 1] = p;
    });
    const at = style.numbers === 'top' ? start[i] : start[i] + Math.floor((own[i].length - 1) / 2);
    slots[Math.max(start[i], at)].values = cols.map((c) => cellText(report, block, leaf, c));
  });
  for (const [g, at] of groups)
    groupPieces.get(g)!.forEach((p, k) => {
      slots[start[at.first] + k].cols[at.level] = p;
    });
  return slots.map((s) => [...s.cols, ...(s.values ?? [])].filter((t) => t !== '').join(' '));
}

export function pdfTable(
  layout: FormatLayout,
  table: TableLayout,
  report: unknown,
  style: PdfStyle,
): string[] {
  const lines: string[] = [];
  table.blocks.forEach((block, b) => {
    if (block.header) lines.push(labelText(block.header));
    lines.push(
      ...headerLines(
        table,
        b,
        style,
        style.labelWidth(block.rows[0], 0, Math.max(1, axisDepth(block.rows))),
      ),
    );
    lines.push(...bodyLines(table, b, report, style));
  });
  return lines;
}

/** The whole report as a PDF's text: title, headings, paragraphs wrapped at the page width, tables. */
export function pdfText(
  layout: FormatLayout,
  report: Record<string, unknown> & { meta: Record<string, unknown> },
  style: PdfStyle = countyStyle,
): string {
  const lines: string[] = [String(report.meta.title)];
  for (const s of layout.sections) {
    lines.push(`${s.no}、${s.heading.zh}`);
    if (s.table)
      lines.push(...pdfTable(layout, layout.tables.find((t) => t.id === s.table)!, report, style));
    else
      for (const para of String(report[s.key] ?? '').split(/\n{2,}/))
        lines.push(...wrap(para.replace(/^### /, ''), style.proseWidth));
  }
  return lines.join('\n') + '\n';
}
