import { describeCell, escapeHtml, labelIn, segmentsOf, type Lang } from '@nianbao/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Mark } from '../editor.js';
import type { TableGrid } from '../grid.js';

/**
 * A table of the report as one Lit template. What never changes while the layout, language and
 * autosum stay (ids, labels, spans, `headers`, accessible names) is written into the template's
 * static strings once per table, as `lit/static-html` does, so that Lit prepares the table once
 * and clones it whole; only what does change is bound per cell: the value (with `live()`, so that
 * typing keeps its caret and a value set by the model always shows), the marks, readonly and
 * disabled. The static text comes from the layout, never from a report, and is escaped anyway.
 */

interface CellView {
  path: string;
  segments: readonly string[];
  describedBy: string;
  computed: boolean;
}

interface TableView {
  /** The template's strings: the static markup between the bindings, built once. */
  strings: TemplateStringsArray;
  /** The cells in document order, one group of bindings each. */
  cells: CellView[];
}

/** What a render needs from the form: the cells' texts and marks, and the form's state. */
export interface TableState {
  text(path: string, segments: readonly string[]): string;
  marks: ReadonlyMap<string, Mark>;
  readonly: boolean;
  locked: boolean;
}

/** The listeners of a table: one each for all its cells. */
export interface TableHandlers {
  keydown(e: KeyboardEvent): void;
  paste(e: ClipboardEvent): void;
  input(e: Event): void;
  change(e: Event): void;
}

const esc = escapeHtml;

const views = new WeakMap<TableGrid, Map<string, TableView>>();

function viewOf(
  grid: TableGrid,
  labelledBy: string,
  lang: Lang,
  autosum: boolean,
  computedNote: string,
): TableView {
  let byKey = views.get(grid);
  if (!byKey) {
    byKey = new Map();
    views.set(grid, byKey);
  }
  const key = `${labelledBy}|${lang}|${autosum}`;
  const known = byKey.get(key);
  if (known) return known;
  // Bindings: the table's four listeners, then seven per cell (see tableTemplate).
  const strings = [
    `<table part="table" aria-labelledby="${esc(labelledBy)}" @keydown=`,
    ' @paste=',
    ' @input=',
    ' @change=',
  ];
  let markup = '>';
  const cells: CellView[] = [];
  for (const row of grid.rows) {
    markup += '<tr>';
    for (const c of row.cells) {
      if (c.kind === 'head') {
        markup += `<th id="${esc(c.id)}" part="label"${c.title ? ' class="title"' : ''} scope="${c.scope}" colspan="${c.colspan}" rowspan="${c.rowspan}">${esc(labelIn(c.label, lang))}</th>`;
        continue;
      }
      const { path } = c.cell;
      const computed = autosum && !!c.cell.derived;
      const label = describeCell(c.cell, lang) + (computed ? `（${computedNote}）` : '');
      strings.push(
        `${markup}<td headers="${esc(c.headers)}" colspan="${c.colspan}" class=`,
        ' data-severity=',
        `><input id="i${esc(path)}" part="cell" type="text" inputmode="decimal" autocomplete="off" aria-label="${esc(label)}" aria-invalid=`,
        ' aria-describedby=',
        ' .value=',
        ' ?readonly=',
        ' ?disabled=',
      );
      markup = '></td>';
      cells.push({ path, segments: segmentsOf(path), describedBy: `d${path}`, computed });
    }
    markup += '</tr>';
  }
  strings.push(`${markup}</table>`);
  // A template strings array as the `html` tag receives it: Lit prepares it once and keys its cache on it.
  const view = {
    strings: Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray,
    cells,
  };
  byKey.set(key, view);
  return view;
}

export function tableTemplate(
  grid: TableGrid,
  labelledBy: string,
  lang: Lang,
  autosum: boolean,
  computedNote: string,
  s: TableState,
  on: TableHandlers,
): TemplateResult {
  const { strings, cells } = viewOf(grid, labelledBy, lang, autosum, computedNote);
  const values: unknown[] = [on.keydown, on.paste, on.input, on.change];
  for (const c of cells) {
    const m = s.marks.get(c.path);
    const involved = !!m?.involved && !m.severity;
    values.push(
      c.computed ? (involved ? 'computed involved' : 'computed') : involved ? 'involved' : nothing,
      m?.severity ?? nothing,
      m?.severity ? 'true' : 'false',
      m?.messages.length ? c.describedBy : nothing,
      live(s.text(c.path, c.segments)),
      s.readonly || c.computed,
      s.locked,
    );
  }
  return html(strings, ...values);
}
