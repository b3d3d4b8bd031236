import type { LayoutModel } from './editor.js';

/**
 * Arrow keys and Enter move between the cells of a table as in a spreadsheet. Left and right edit
 * within the text, except at its edges or when all of it is selected (just arrived). Returns the
 * path of the cell to move to, or '' (the key is left to the input).
 */
export function cellToMoveTo(e: KeyboardEvent, path: string, nav: LayoutModel['nav']): string {
  const pos = nav.get(path);
  if (!pos || e.ctrlKey || e.metaKey || e.altKey) return '';
  const input = e.target as HTMLInputElement;
  let { r, c } = pos;
  const len = input.value.length;
  const all = input.selectionStart === 0 && input.selectionEnd === len;
  const atStart = all || input.selectionEnd === 0;
  const atEnd = all || input.selectionStart === len;
  switch (e.key) {
    case 'ArrowUp':
      r--;
      break;
    case 'ArrowDown':
      r++;
      break;
    case 'Enter':
      r += e.shiftKey ? -1 : 1;
      break;
    case 'ArrowLeft':
      if (!atStart) return '';
      c--;
      break;
    case 'ArrowRight':
      if (!atEnd) return '';
      c++;
      break;
    default:
      return '';
  }
  e.preventDefault();
  const row = pos.rows[r];
  if (!row || c < 0 || c >= (r === pos.r ? row.length : Number.POSITIVE_INFINITY)) return '';
  return row[Math.min(c, row.length - 1)];
}
