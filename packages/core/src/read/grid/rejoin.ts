import type { SourceLocation } from '../../check/diagnostic.js';
import { labelKey, squeeze } from '../normalize.js';
import { type Cell, cellOf } from './cells.js';
import { isFurniture } from './furniture.js';
import type { TableLabels } from './labels.js';
import type { TableModel } from './model.js';
import type { GridCell } from './types.js';

/**
 * Puts back together the rows that a page layout took apart before the grid reader sees them:
 * a label wrapped over two lines with the row's numbers printed between the halves, numbers
 * printed one line above or below a label standing alone, the end of a label set off by a wide
 * gap (`4.无正当理由大量反复      申请`), a group label and its first row written in one cell
 * (`（四）无法提供 1.本机关不掌握相关政府信息`), and it drops what the page put inside the table
 * that is no part of it: page numbers and the pieces of a group label printed down its column
 * (`度`, `他处理`). Only the layout's own labels decide; what does not make a label of the
 * template is left as written for the reader to report.
 */

/** A grid row and the index of the grid row its label came from, which findings and sources refer to. */
export interface JoinedRow {
  cells: readonly GridCell[];
  origin: number;
  /** `cells` as classified here, when the row passes on as it came: the reader need not classify them again. */
  read?: Cell[];
}

type Placed = { text: string; source?: SourceLocation };

const asPlaced = (c: GridCell | null | undefined): Placed =>
  typeof c === 'string' ? { text: c } : (c ?? { text: '' });

/** Labels of this table's rows, group rows apart: what a piece may continue or belong to. */
interface RowKeys {
  leaves: string[];
  groups: string[];
  all: string[];
}

const keyCache = new WeakMap<TableModel, RowKeys>();

function keysOf(m: TableModel): RowKeys {
  let k = keyCache.get(m);
  if (k) return k;
  const leaves = new Set<string>();
  const groups = new Set<string>();
  m.rowLabels.forEach((label, i) => {
    const isGroup = m.rowNodes[i].every((n) => n.leaf < 0);
    for (const text of [label.zh, ...(label.aliases ?? [])]) {
      const key = labelKey(text);
      if (key) (isGroup ? groups : leaves).add(key);
    }
  });
  k = { leaves: [...leaves], groups: [...groups], all: [...leaves, ...groups] };
  keyCache.set(m, k);
  return k;
}

/** The text names a row label itself, not a near miss of it. */
const sure = (labels: TableLabels, text: string) => {
  const hit = labels.row(text, false);
  return hit !== null && !hit.variant;
};

interface Row {
  cells: Cell[];
  raw: Placed[];
  origin: number;
  labels: Cell[];
  values: Cell[];
}

function rowOf(raw: readonly (GridCell | null | undefined)[], origin: number): Row {
  const placed = Array.from(raw, asPlaced);
  const cells = placed.map((c, i) => cellOf(c, i));
  const first = cells.findIndex((c) => c.value);
  const labels = (first < 0 ? cells : cells.slice(0, first)).filter((c) => !c.empty);
  const values = first < 0 ? [] : cells.slice(first);
  return { cells, raw: placed, origin, labels, values };
}

/** Source of a stretch of a one-line cell, when the cell knows its offsets. */
function part(c: Placed, from: number, to: number): Placed {
  const text = c.text.slice(from, to).trim();
  const s = c.source;
  if (!s || s.offset === undefined || (s.endLine ?? s.line) !== s.line) return { text, source: s };
  const lead = c.text.slice(from).length - c.text.slice(from).trimStart().length;
  const a = from + lead;
  const source: SourceLocation = {
    line: s.line,
    column: s.column + a,
    endLine: s.line,
    endColumn: s.column + a + text.length,
    offset: s.offset + a,
    endOffset: s.offset + a + text.length,
    text,
  };
  return { text, source };
}

/** Two pieces of one label as one cell, spanning both. */
function joined(a: Placed, b: Placed): Placed {
  const text = a.text + b.text;
  const s = a.source;
  const e = b.source;
  if (!s || !e) return { text, source: s };
  return {
    text,
    source: {
      ...s,
      endLine: e.endLine ?? e.line,
      endColumn: e.endColumn,
      endOffset: e.endOffset,
      text,
    },
  };
}

const NUMBERED = /(?:[(（][一二三四五六七八九十]+[)）]|\d{1,2}[.、．](?!\d))/g;

/**
 * A group label and its first row in one cell: split where a numbering starts, when the part
 * before names a group and the part after a row of that group.
 */
function splitGroupChild(labels: TableLabels, c: Placed): Placed[] | null {
  const m = labels.model;
  for (const hit of c.text.matchAll(NUMBERED)) {
    const at = hit.index ?? 0;
    if (squeeze(c.text.slice(0, at)) === '') continue;
    const group = labels.row(c.text.slice(0, at));
    const child = labels.row(c.text.slice(at));
    if (!group || !child) continue;
    const parents = m.rowNodes[group.index].filter((n) => n.leaf < 0);
    if (m.rowNodes[child.index].some((n) => n.parent && parents.includes(n.parent)))
      return [part(c, 0, at), part(c, at, c.text.length)];
  }
  return null;
}

/** Label cells of one row joined when the page set the end of a label apart with a wide gap. */
function joinGaps(labels: TableLabels, row: Row): Row {
  const raw = [...row.raw];
  let changed = false;
  // Until a splice moves them, the row's own cells stand for `raw`.
  const at = (i: number) => (changed ? cellOf(raw[i], i) : row.cells[i]);
  for (let i = 0; i < raw.length; i++) {
    const c = at(i);
    if (c.empty || c.value) continue;
    if (sure(labels, raw[i].text)) continue;
    const split = splitGroupChild(labels, raw[i]);
    if (split) {
      raw.splice(i, 1, ...split);
      changed = true;
      continue;
    }
    const next = raw[i + 1];
    if (!next) continue;
    const n = at(i + 1);
    if (n.value || n.empty) continue;
    const both = joined(raw[i], next);
    if (sure(labels, both.text) && !sure(labels, next.text)) {
      raw.splice(i, 2, both);
      changed = true;
    }
  }
  return changed ? rowOf(raw, row.origin) : row;
}

const labelOnly = (r: Row) => r.labels.length > 0 && r.values.length === 0;
const valuesOnly = (r: Row) => r.labels.length === 0 && r.values.length > 0;
const textOf = (r: Row) => r.labels.map((c) => c.text).join('');

/** The row is one label of a leaf row, complete (altered or not), and nothing else. */
function leafLabel(labels: TableLabels, r: Row): boolean {
  if (!labelOnly(r) || r.labels.length !== 1) return false;
  const hit = labels.row(r.labels[0].text);
  return hit !== null && labels.model.rowNodes[hit.index].some((n) => n.leaf >= 0);
}

/** The text begins a row label without being one: the label goes on further down. */
function unfinished(keys: RowKeys, text: string): boolean {
  const key = labelKey(text);
  return key !== '' && !keys.all.includes(key) && keys.all.some((k) => k.startsWith(key));
}

const begins = (keys: RowKeys, text: string) => {
  const key = labelKey(text);
  return key !== '' && keys.all.some((k) => k.startsWith(key));
};

/** A label-only line that is a piece of a group label printed down its column, or page furniture. */
function stray(labels: TableLabels, keys: RowKeys, r: Row): boolean {
  if (isFurniture(r.raw.map((c) => c.text))) return true;
  if (!labelOnly(r)) return false;
  const text = textOf(r);
  const key = labelKey(text);
  if (key === '' || labels.row(text)) return false;
  if (labels.model.headerText.includes(key) && key.length > 2) return false;
  return keys.groups.some((g) => g.includes(key) && g !== key);
}

export function rejoinRows(
  labels: TableLabels,
  grid: readonly (readonly (GridCell | null | undefined)[])[],
): JoinedRow[] {
  const keys = keysOf(labels.model);
  const rows = grid.map((r, i) => joinGaps(labels, rowOf(Array.isArray(r) ? r : [], i)));
  const out: JoinedRow[] = [];
  const emit = (r: Row) => out.push({ cells: r.raw, origin: r.origin, read: r.cells });
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    // A label wrapped over lines, the row's numbers printed between its pieces.
    if (labelOnly(r) && r.labels.length === 1 && unfinished(keys, textOf(r))) {
      let label: Placed = { text: r.labels[0].text, source: r.labels[0].source };
      let values: Placed[] | null = null;
      let j = i + 1;
      let done = false;
      for (; j < rows.length && !done; j++) {
        const n = rows[j];
        if (valuesOnly(n) && !values) {
          values = n.raw.slice(n.cells.indexOf(n.values[0]));
          continue;
        }
        if (n.labels.length === 1 && begins(keys, label.text + n.labels[0].text)) {
          label = joined(label, { text: n.labels[0].text, source: n.labels[0].source });
          if (n.values.length) {
            if (values) break;
            values = n.raw.slice(n.cells.indexOf(n.values[0]));
          }
          done = !unfinished(keys, label.text);
          continue;
        }
        if (stray(labels, keys, n)) continue;
        break;
      }
      if (done && labels.row(label.text)) {
        out.push({ cells: [label, ...(values ?? [])], origin: r.origin });
        i = j - 1;
        continue;
      }
    }
    if (stray(labels, keys, r)) continue;
    // Numbers on a line of their own, beside a label standing alone: below it, else above it.
    if (valuesOnly(r)) {
      const prev = out.length ? rowOf(out[out.length - 1].cells, out[out.length - 1].origin) : null;
      const next = rows[i + 1];
      if (prev && leafLabel(labels, prev)) {
        out[out.length - 1] = {
          cells: [...prev.raw.filter((c) => c.text.trim()), ...r.raw],
          origin: prev.origin,
        };
        continue;
      }
      if (next && leafLabel(labels, next)) {
        out.push({
          cells: [...next.raw.filter((c) => c.text.trim()), ...r.raw],
          origin: next.origin,
        });
        i++;
        continue;
      }
    }
    emit(r);
  }
  return out;
}
