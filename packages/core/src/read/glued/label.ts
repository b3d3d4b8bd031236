import type { SourceLocation } from '../../check/diagnostic.js';
import type { GridCell } from '../grid/types.js';
import { isRun } from './split.js';

/**
 * A row label with its numbers glued on (`一、本年新收政府信息公开申请数量121000013`) is two cells
 * whose separator was lost: the label, and a run of digits to split. Only a label the table
 * has is taken off, so prose ending in a number (`本年共收到申请12`) stays as written.
 */

const RUN_CHAR = /[\d\s\u00a0\u3000+\-.]/;

/** Where the trailing run of a text starts (a digit or sign), scanned from the end: no regex backtracking on long text. */
function trailingRun(text: string): number {
  let i = text.length;
  while (i > 0 && RUN_CHAR.test(text[i - 1])) i--;
  while (i < text.length && !/[\d+-]/.test(text[i])) i++;
  return i < text.length ? i : -1;
}

function sub(source: SourceLocation | undefined, from: number, to: number, text: string) {
  if (!source || source.offset === undefined || (source.endLine ?? source.line) !== source.line)
    return undefined;
  return {
    line: source.line,
    column: source.column + from,
    endLine: source.line,
    endColumn: source.column + to,
    offset: source.offset + from,
    endOffset: source.offset + to,
    text,
  };
}

/**
 * The cells of a grid row with every known label's glued run cut off into a cell of its own;
 * the same array when there was nothing to cut.
 */
export function unglueLabels(
  cells: readonly GridCell[],
  isLabel: (text: string) => boolean,
): readonly GridCell[] {
  const out: GridCell[] = [];
  for (const raw of cells) {
    const text = typeof raw === 'string' ? raw : raw?.text;
    const at = typeof text === 'string' ? trailingRun(text.trimEnd()) : -1;
    const m = at > 0 ? { index: at, 0: text!.trimEnd().slice(at) } : null;
    if (!m || !isRun(m[0]) || m[0].replace(/\D/g, '').length < 2) {
      out.push(raw);
      continue;
    }
    const label = text!.slice(0, m.index);
    if (!isLabel(label)) {
      out.push(raw);
      continue;
    }
    const source = typeof raw === 'string' ? undefined : raw.source;
    const lead = text!.length - text!.trimStart().length;
    const end = m.index + m[0].length;
    out.push(
      { text: label.trim(), source: sub(source, lead, m.index, label.trim()) },
      { text: m[0], source: sub(source, m.index, end, m[0]), glued: true },
    );
  }
  return out.length === cells.length ? cells : out;
}
