import type { Heading, Paragraph, Table, TableCell } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import {
  matchLabel,
  normalizeLabel,
  readCellText,
  isTemplateLabel,
  readFinding,
  readPublishedTable,
  type FoundTable,
  type GridCell,
  type Diagnostic,
  type FormatLayout,
  type Label,
  type Lang,
  type SourceLocation,
  type TableLayout,
} from '@nianbao/core';
import { flatTables, rowLabelText, type FlatTable } from '../write/shape.js';
import type { Nodes as Node } from 'mdast';
import { cellValueSpan, type LineIndex } from './locate.js';
import type { Offsets } from './place.js';

/**
 * Reads the GFM tables under one table section with core's grid reader, which recognises header
 * rows, merged label cells spread over several columns, renumbered or altered labels and the
 * official 1 × 15 table 四. This module only turns mdast rows into grid rows with the exact value
 * span of every cell, and turns the canonical 3 × 5 table 四 back into the template's one row;
 * core's `assembleReport` puts the reading into the report.
 */

export interface TableContext {
  layout: FormatLayout;
  table: TableLayout;
  lines: LineIndex;
  lang: Lang;
  /** Where a finding about the table points when no table row can carry it (the section heading). */
  fallback: SourceLocation;
  /** Where a node is, or its nearest positioned ancestor when it has no position of its own. */
  at: (node: Node) => Offsets;
}

/** What the canonical table 四 finds before the grid reader: its own group labels' findings. */
interface Untransposed {
  findings: Diagnostic[];
  /** Cells of the groups not written: their blanks are explained by a `row-missing`. */
  absent: Set<string>;
}

/** A cell of a table row; only the cells of a group not written (table 四) have no source. */
type Row = { text: string; source?: SourceLocation }[];

function rowsOf(
  table: Table | Heading | Paragraph,
  lines: LineIndex,
  at: TableContext['at'],
): Row[] {
  // A sub-table's heading: one row of one cell.
  if (table.type !== 'table') {
    const { start, end } = at(table);
    return [[{ text: textOf(table).trim(), source: lines.span(start, end) }]];
  }
  return table.children.map((row) =>
    row.children.map((cell: TableCell) => {
      const [a, b] = cellValueSpan(lines.text, at(cell).start, at(cell).end);
      return { text: textOf(cell).trim(), source: lines.span(a, b) };
    }),
  );
}

/** Data rather than a label: a number, a placeholder for blank, or words with a digit (`减4`). */
const valueLike = (text: string) => readCellText(text).status !== 'text' || /\d/.test(text);

const SEPARATORS = /^[：:·・、,，/\-—\s]+/;

/** The group a row of the canonical table 四 stands for (`行政诉讼：复议后起诉`), written with or without its parent. */
function groupOf(text: string, flat: FlatTable, candidates: Label[]) {
  let key = normalizeLabel(text).full;
  for (const row of flat.rows) {
    for (const parent of row.labels.slice(0, -1)) {
      const p = normalizeLabel(parent.zh).full;
      if (p && key.startsWith(p) && key.length > p.length)
        key = key
          .slice(p.length)
          .replace(SEPARATORS, '')
          .replace(/^\((.*)\)$/, '$1');
    }
  }
  const m = matchLabel(key, candidates);
  return m ? { index: m.index, variant: m.variant } : null;
}

const groupLabels = new WeakMap<FlatTable, Label[]>();

/**
 * The canonical table 四 has one row per group (行政复议, 未经复议直接起诉, 复议后起诉); the grid
 * reader knows the template's single row of 15. Rows whose label names a group are laid end to end
 * in layout order; a group not written leaves empty cells and a `row-missing`.
 */
function untranspose(
  rows: Row[],
  flat: FlatTable,
  ctx: TableContext,
  out: Untransposed,
): Row[] | null {
  let labels = groupLabels.get(flat);
  if (!labels) {
    labels = flat.rows.map((r) => r.labels[r.labels.length - 1]);
    groupLabels.set(flat, labels);
  }
  const byGroup = new Map<number, Row>();
  const rest: Row[] = [];
  for (const row of rows) {
    const first = row.findIndex((c) => c.text);
    // A group row holds its label and at most the five values (a header row of the official
    // layout names the same groups but spans all fifteen columns).
    const values = row.slice(first + 1);
    // Words typed into a value cell (见附件) still leave it a group row; a template label does not.
    const fits =
      values
        .slice(0, flat.columns.length)
        .every((c) => !c.text || valueLike(c.text) || !isTemplateLabel(c.text)) &&
      values.slice(flat.columns.length).every((c) => !c.text);
    // A row of its label alone is a sub-table's heading (行政复议 above its own small table), not a group row.
    const g =
      first >= 0 && fits && row.length > first + 1 ? groupOf(row[first].text, flat, labels) : null;
    if (!g || byGroup.has(g.index)) {
      rest.push(row);
      continue;
    }
    const expected = rowLabelText(flat.rows[g.index], true);
    if (g.variant) {
      out.findings.push(
        readFinding(
          {
            rule: 'label-variant',
            message: 'label',
            values: { actual: row[first].text, expected },
            path: flat.rows[g.index].paths[0],
            source: row[first].source,
            actual: row[first].text,
            expected,
          },
          ctx.lang,
        ),
      );
    }
    byGroup.set(g.index, row.slice(first + 1, first + 1 + flat.columns.length));
  }
  if (!byGroup.size) return null;
  const wide: Row[number][] = [];
  flat.rows.forEach((r, i) => {
    const cells = byGroup.get(i);
    if (!cells) {
      out.findings.push(
        readFinding(
          {
            rule: 'row-missing',
            values: { no: ctx.table.section, row: rowLabelText(r, true) },
            path: r.paths[0],
            paths: r.paths,
            source: headerOf(rows, ctx),
          },
          ctx.lang,
        ),
      );
      for (const p of r.paths) out.absent.add(p);
    }
    for (let c = 0; c < flat.columns.length; c++) wide.push(cells?.[c] ?? { text: '' });
  });
  // Rows that name no group (a header the person added, a note) still go to the grid reader,
  // which says what it makes of them.
  return [...rest.filter((r) => r.some((c) => c.text)), wide];
}

/**
 * Where a finding about the whole table points: the first row written in the document. A blank
 * header row is dropped and the cells of a group not written have no source, so the first row
 * may carry none; then the table's section heading.
 */
function headerOf(rows: Row[], ctx: TableContext): SourceLocation {
  for (const row of rows) {
    const placed = row.filter((c) => c.source?.offset !== undefined);
    if (!placed.length) continue;
    const a = placed[0].source!;
    const b = placed[placed.length - 1].source!;
    return ctx.lines.span(a.offset!, b.endOffset ?? a.offset!);
  }
  return ctx.fallback;
}

/** The section's GFM tables as core's grid reader reads them; undefined when the section has none. */
export function readSectionTables(
  tables: (Table | Heading | Paragraph)[],
  ctx: TableContext,
): FoundTable | undefined {
  if (!tables.some((t) => t.type === 'table')) return undefined;
  const own: Untransposed = { findings: [], absent: new Set() };
  const flats = flatTables(ctx.layout, ctx.table.id);
  let rows = tables.flatMap((t) => rowsOf(t, ctx.lines, ctx.at));
  if (flats.length === 1 && flats[0].transposed)
    rows = untranspose(rows, flats[0], ctx, own) ?? rows;
  const grid: GridCell[][] = rows.map((r) => r.map((c) => (c.source ? c : c.text)));
  const reading = readPublishedTable(ctx.layout, ctx.table.id, grid, { lang: ctx.lang });
  return { reading, fallback: headerOf(rows, ctx), findings: own.findings, absent: own.absent };
}
