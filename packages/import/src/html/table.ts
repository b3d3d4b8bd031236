import type { Element } from 'hast';
import type { GridCell } from '@nianbao/core';

/**
 * Lays an HTML table out as the grid a person sees: every rowspan and colspan expanded. A merged
 * cell's text sits in its top-left position only; the positions it covers are empty, as text
 * extraction leaves them and as core's grid reader expects for merged label and value cells.
 */

/** Browsers cap spans (rowspan 65534, colspan 1000); a smaller cap keeps a hostile page small. */
const MAX_SPAN = 1000;
/** No report table is this wide; a page that says otherwise is not laid out as one. */
const MAX_COLUMNS = 256;

function span(value: unknown): number {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value ?? '1'), 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(Math.floor(n), MAX_SPAN) : 1;
}

/** The rows of a table, its own only (not those of a table nested inside a cell). */
function rowsOf(table: Element): Element[] {
  const out: Element[] = [];
  const visit = (e: Element) => {
    for (const c of e.children) {
      if (c.type !== 'element') continue;
      if (c.tagName === 'tr') out.push(c);
      else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') visit(c);
    }
  };
  visit(table);
  return out;
}

export function expandTable(table: Element, cellOf: (cell: Element) => GridCell): GridCell[][] {
  const grid: GridCell[][] = [];
  const trs = rowsOf(table);
  trs.forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const td of tr.children) {
      if (td.type !== 'element' || (td.tagName !== 'td' && td.tagName !== 'th')) continue;
      while (grid[r][c] !== undefined) c++;
      if (c >= MAX_COLUMNS) break;
      // A rowspan reaching past the last row stops there, as in a browser.
      const rs = Math.min(span(td.properties.rowSpan), trs.length - r);
      const cs = Math.min(span(td.properties.colSpan), MAX_COLUMNS - c);
      const cell = cellOf(td);
      for (let dr = 0; dr < rs; dr++) {
        grid[r + dr] ??= [];
        const row = grid[r + dr];
        for (let dc = 0; dc < cs; dc++) row[c + dc] = dr === 0 && dc === 0 ? cell : '';
      }
      c += cs;
    }
  });
  return grid.map((row) => Array.from(row, (x) => x ?? ''));
}
