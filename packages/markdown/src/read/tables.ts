import type { Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import {
  cellAt,
  matchLabel,
  normalizeLabel,
  readCellText,
  readTable,
  type GridCell,
  type Diagnostic,
  type FormatLayout,
  type Label,
  type Lang,
  type SourceLocation,
  type TableLayout,
} from '@nianbao/core';
import { flatTables, rowLabelText, type FlatTable } from '../write/shape.js';
import { cellValueSpan, type LineIndex } from './locate.js';
import { finding, ruleUrl } from './rules.js';

/**
 * Reads the GFM tables under one table section with core's grid reader, which recognises header
 * rows, merged label cells spread over several columns, renumbered or altered labels and the
 * official 1 × 15 table 四. This module only turns mdast rows into grid rows with the exact value
 * span of every cell, and turns the canonical 3 × 5 table 四 back into the template's one row.
 */

export interface TableContext {
  layout: FormatLayout;
  table: TableLayout;
  lines: LineIndex;
  lang: Lang;
  /** Where a finding about the table points when no table row can carry it (the section heading). */
  fallback: SourceLocation;
}

export interface SectionTables {
  values: Map<string, unknown>;
  sources: Map<string, SourceLocation>;
  findings: Diagnostic[];
  /** Cells whose row or table is not in the document: their blanks are already explained. */
  absent: Set<string>;
}

type Row = { text: string; source: SourceLocation }[];

function rowsOf(table: Table, lines: LineIndex): Row[] {
  return table.children.map((row) =>
    row.children.map((cell: TableCell) => {
      const [a, b] = cellValueSpan(lines.text, cell.position!.start.offset!, cell.position!.end.offset!);
      return { text: toString(cell).trim(), source: lines.span(a, b) };
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
      if (p && key.startsWith(p) && key.length > p.length) key = key.slice(p.length).replace(SEPARATORS, '').replace(/^\((.*)\)$/, '$1');
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
function untranspose(rows: Row[], flat: FlatTable, ctx: TableContext, out: SectionTables): Row[] | null {
  let labels = groupLabels.get(flat);
  if (!labels) groupLabels.set(flat, (labels = flat.rows.map((r) => r.labels[r.labels.length - 1])));
  const byGroup = new Map<number, Row>();
  const rest: Row[] = [];
  for (const row of rows) {
    const first = row.findIndex((c) => c.text);
    // A group row holds its label and at most the five values (a header row of the official
    // layout names the same groups but spans all fifteen columns).
    const values = row.slice(first + 1);
    const fits =
      values.slice(0, flat.columns.length).every((c) => !c.text || valueLike(c.text)) &&
      values.slice(flat.columns.length).every((c) => !c.text);
    const g = first >= 0 && fits ? groupOf(row[first].text, flat, labels) : null;
    if (!g || byGroup.has(g.index)) {
      rest.push(row);
      continue;
    }
    const expected = rowLabelText(flat.rows[g.index], true);
    if (g.variant) {
      out.findings.push(
        finding(
          {
            rule: 'label-variant',
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
        finding(
          { rule: 'row-missing', values: { no: ctx.table.section, row: rowLabelText(r, true) }, path: r.paths[0], paths: r.paths, source: headerOf(rows, ctx) },
          ctx.lang,
        ),
      );
      r.paths.forEach((p) => out.absent.add(p));
    }
    for (let c = 0; c < flat.columns.length; c++) wide.push(cells?.[c] ?? { text: '', source: undefined as never });
  });
  // Rows that name no group (a header the person added, a note) still go to the grid reader,
  // which says what it makes of them.
  return [...rest.filter((r) => r.some((c) => c.text)), wide];
}

function headerOf(rows: Row[], ctx: TableContext): SourceLocation {
  const first = rows[0];
  if (!first?.length) return ctx.fallback;
  const a = first[0].source;
  const b = first[first.length - 1].source;
  return ctx.lines.span(a.offset!, b.endOffset!);
}

export function readSectionTables(tables: Table[], ctx: TableContext): SectionTables {
  const out: SectionTables = { values: new Map(), sources: new Map(), findings: [], absent: new Set() };
  const flats = flatTables(ctx.layout, ctx.table.id);
  const allPaths = flats.flatMap((f) => f.rows.flatMap((r) => r.paths));
  if (!tables.length) {
    out.findings.push(
      finding(
        {
          rule: 'table-missing',
          values: { no: ctx.table.section, table: ctx.table.title.zh },
          path: allPaths[0],
          paths: allPaths,
          source: ctx.fallback,
        },
        ctx.lang,
      ),
    );
    for (const p of allPaths) out.absent.add(p);
    return out;
  }
  let rows = tables.flatMap((t) => rowsOf(t, ctx.lines));
  if (flats.length === 1 && flats[0].transposed) rows = untranspose(rows, flats[0], ctx, out) ?? rows;
  const grid: GridCell[][] = rows.map((r) => r.map((c) => (c.source ? c : c.text)));
  const reading = readTable(ctx.layout, ctx.table.id, grid, { lang: ctx.lang });
  const header = headerOf(rows, ctx);
  for (const [p, v] of reading.values) out.values.set(p, v);
  for (const [p, s] of reading.sources) if (s.offset !== undefined) out.sources.set(p, s);
  for (const d of reading.findings) {
    out.findings.push({ ...d, url: d.url ?? ruleUrl(d.ruleId), source: d.source ?? out.sources.get(d.path) ?? header });
  }
  for (const rowPath of reading.rowsMissing) {
    for (const p of allPaths) if (p.startsWith(rowPath + '/') && cellAt(ctx.layout, p)) out.absent.add(p);
  }
  return out;
}
