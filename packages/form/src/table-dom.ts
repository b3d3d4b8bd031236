import { describeCell, labelIn, segmentsOf, type Lang } from '@nianbao/core';
import type { TableGrid } from './grid.js';

/**
 * The DOM of one table, built once per layout, language and autosum and then cloned for every
 * form. Labels, spans, `headers`, ids and accessible names never change while a form lives, so
 * they are not template bindings: a clone costs a fraction of binding ~200 cells one by one. What
 * does change (values, marks, readonly, disabled) the element sets on the clone itself.
 */

export interface CellDom {
  path: string;
  /** The path's segments, parsed once: the element reads every cell's value on each render. */
  segments: readonly string[];
  td: HTMLTableCellElement;
  input: HTMLInputElement;
  /** A total that `autosum` computes: always read-only. */
  computed: boolean;
}

export interface TableDom {
  table: HTMLTableElement;
  cells: CellDom[];
}

interface Built {
  table: HTMLTableElement;
  /** One entry per input, in document order. */
  cells: { path: string; segments: readonly string[]; computed: boolean }[];
}
const built = new WeakMap<TableGrid, Map<string, Built>>();

/** A fresh copy of the table's DOM; every text is set as text, never parsed as HTML. */
export function cloneTable(
  grid: TableGrid,
  lang: Lang,
  autosum: boolean,
  computedNote: string,
  labelledBy: string,
): TableDom {
  let byKey = built.get(grid);
  if (!byKey) {
    byKey = new Map();
    built.set(grid, byKey);
  }
  const key = `${lang}|${autosum}|${labelledBy}`;
  let proto = byKey.get(key);
  if (!proto) {
    proto = buildTable(grid, lang, autosum, computedNote, labelledBy);
    byKey.set(key, proto);
  }
  const table = proto.table.cloneNode(true) as HTMLTableElement;
  const inputs = table.getElementsByTagName('input');
  const cells = proto.cells.map(
    (c, i): CellDom => ({
      ...c,
      input: inputs[i],
      td: inputs[i].parentElement as HTMLTableCellElement,
    }),
  );
  return { table, cells };
}

function buildTable(
  grid: TableGrid,
  lang: Lang,
  autosum: boolean,
  computedNote: string,
  labelledBy: string,
): Built {
  const table = document.createElement('table');
  const cells: Built['cells'] = [];
  table.setAttribute('part', 'table');
  table.setAttribute('aria-labelledby', labelledBy);
  for (const row of grid.rows) {
    const tr = document.createElement('tr');
    for (const c of row.cells) {
      if (c.kind === 'head') {
        const th = document.createElement('th');
        th.id = c.id;
        th.setAttribute('part', 'label');
        if (c.title) th.className = 'title';
        th.setAttribute('scope', c.scope);
        th.colSpan = c.colspan;
        th.rowSpan = c.rowspan;
        th.textContent = labelIn(c.label, lang);
        tr.append(th);
        continue;
      }
      const computed = autosum && c.cell.derived;
      const td = document.createElement('td');
      td.setAttribute('headers', c.headers);
      td.colSpan = c.colspan;
      if (computed) td.className = 'computed';
      const input = document.createElement('input');
      input.id = `i${c.cell.path}`;
      input.setAttribute('part', 'cell');
      input.type = 'text';
      input.inputMode = 'decimal';
      input.autocomplete = 'off';
      input.setAttribute(
        'aria-label',
        describeCell(c.cell, lang) + (computed ? `（${computedNote}）` : ''),
      );
      input.setAttribute('aria-invalid', 'false');
      input.readOnly = computed;
      cells.push({ path: c.cell.path, segments: segmentsOf(c.cell.path), computed });
      td.append(input);
      tr.append(td);
    }
    table.append(tr);
  }
  return { table, cells };
}
