import { readCellText } from '@nianbao/core';

/**
 * Reads a block copied from a spreadsheet or a word processor. Excel and WPS put tab-separated
 * text (quoted when a cell holds a tab, a newline or a quote) and an HTML table on the clipboard;
 * Word puts an HTML table and text with tabs. The HTML table is preferred because merged cells
 * and line breaks inside cells survive it.
 */
export function readClipboard(
  data: { html?: string; text?: string },
  parser: DOMParser = new DOMParser(),
): string[][] {
  if (data.html && /<table[\s>]/i.test(data.html)) {
    const rows = htmlTableRows(data.html, parser);
    if (rows.length) return rows;
  }
  return data.text ? tsvRows(data.text) : [];
}

/** Rows of the first HTML table, one string per `<td>`/`<th>` (a colspan adds empty cells, as the text form does). */
function htmlTableRows(html: string, parser: DOMParser): string[][] {
  // DOMParser builds an inert document: no script runs and no resource loads.
  const doc = parser.parseFromString(html, 'text/html');
  const table = doc.querySelector('table');
  if (!table) return [];
  return [...table.querySelectorAll('tr')].map((tr) =>
    [...tr.querySelectorAll('td, th')].flatMap((td) => {
      const text = (td.textContent ?? '').replace(/\s+/g, ' ').trim();
      const span = Math.max(1, Number((td as HTMLTableCellElement).colSpan) || 1);
      return [text, ...Array<string>(span - 1).fill('')];
    }),
  );
}

/** Tab-separated text with spreadsheet quoting ("a""b" is a"b; a quoted cell may hold newlines). */
export function tsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const s = text.replace(/\r\n?/g, '\n');
  while (i < s.length) {
    const ch = s[i];
    if (ch === '"' && cell === '') {
      const end = closingQuote(s, i + 1);
      if (end > 0) {
        cell = s.slice(i + 1, end).replace(/""/g, '"');
        i = end + 1;
        continue;
      }
    }
    if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
    i++;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Index of the quote closing a quoted cell, if the cell really is quoted (followed by a tab, newline or the end). */
function closingQuote(s: string, from: number): number {
  for (let j = from; j < s.length; j++) {
    if (s[j] !== '"') continue;
    if (s[j + 1] === '"') {
      j++;
      continue;
    }
    return s[j + 1] === undefined || s[j + 1] === '\t' || s[j + 1] === '\n' ? j : -1;
  }
  return -1;
}

/** Rows without their trailing empty cells, empty rows dropped: what a value block lays over the table. */
export function valueBlock(rows: string[][]): string[][] {
  return rows
    .map((r) => {
      const out = [...r];
      while (out.length && out[out.length - 1].trim() === '') out.pop();
      return out;
    })
    .filter((r) => r.length > 0);
}

/**
 * Whether a block was copied with its labels (the whole table from a published report) rather
 * than values alone: some cell holds words — two Chinese characters or more that are no number
 * and no blank placeholder. `4元` or `无` in a value block does not count.
 */
export function hasLabels(rows: string[][]): boolean {
  return rows.some((r) =>
    r.some((t) => readCellText(t).status === 'text' && /[\u4e00-\u9fff]{2,}/.test(t)),
  );
}

/** Where a block of values lands, and what falls outside the table (a person must be told). */
export interface LaidBlock {
  /** Cell path → pasted text. */
  cells: Map<string, string>;
  /** Values pasted in all. */
  total: number;
  /** Rows below the table's last row, and the values in them. */
  rowsBelow: number;
  valuesBelow: number;
  /** Values right of the last column, in rows that landed. */
  valuesRight: number;
}

/**
 * Lays values alone over the table from the cell at (`r`, `c`) of `rows` (the table's cells in
 * visual order), as a spreadsheet does; counts what does not fit instead of dropping it silently.
 */
export function layBlock(
  block: readonly string[][],
  rows: readonly (readonly string[])[],
  r: number,
  c: number,
): LaidBlock {
  const out: LaidBlock = {
    cells: new Map(),
    total: 0,
    rowsBelow: 0,
    valuesBelow: 0,
    valuesRight: 0,
  };
  block.forEach((vals, i) => {
    out.total += vals.length;
    const row = rows[r + i];
    if (!row) {
      out.rowsBelow++;
      out.valuesBelow += vals.length;
      return;
    }
    vals.forEach((text, j) => {
      const p = row[c + j];
      if (p) out.cells.set(p, text);
      else out.valuesRight++;
    });
  });
  return out;
}
