import { setAt } from '@nianbao/core';
import type { Generated, Report } from './generate.js';
import { type Format, shapeOf } from './shapes/index.js';

export function render(g: Pick<Generated, 'dateLine'>, report: Report, format: Format): string {
  return shapeOf(format).render(report, { dateLine: g.dateLine });
}

/** 1-based lines of `text` on which `snippet` appears. */
export function linesOf(text: string, snippet: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(snippet); at >= 0; at = text.indexOf(snippet, at + 1))
    out.push(text.slice(0, at).split('\n').length);
  return out;
}

const MARK = 'QQ7Q';
/** The line a cell is printed on: its value replaced by a marker, as every shape prints a cell on one line. */
export function lineOfCell(
  g: Pick<Generated, 'dateLine'>,
  report: Report,
  format: Format,
  path: string,
): number[] {
  const marked = structuredClone(report);
  setAt(marked, path, MARK);
  return linesOf(render(g, marked, format), MARK);
}
