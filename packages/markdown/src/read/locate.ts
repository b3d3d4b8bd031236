// Offsets to lines and columns are core's `LineIndex`, shared with every reader.
export { LineIndex } from '@nianbao/core';

const SPACE = /[ \t]/;

/**
 * The value span inside a GFM table cell. mdast's cell position covers the leading pipe, the
 * padding and, for the last cell, the closing pipe; the CLI's `fix` must replace the value alone,
 * so the span is narrowed to the trimmed content. An empty cell gets a zero-width span where a
 * value would go (after the pipe and one space), so a fix can insert there.
 */
export function cellValueSpan(text: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  if (text[a] === '|') a++;
  // The last cell's position also covers spaces after the closing pipe: the pipe is found
  // before them, or `fix` would write over it.
  let close = b;
  while (close > a && SPACE.test(text[close - 1])) close--;
  if (close > a && text[close - 1] === '|' && text[close - 2] !== '\\') b = close - 1;
  const inner = a;
  while (a < b && SPACE.test(text[a])) a++;
  while (b > a && SPACE.test(text[b - 1])) b--;
  if (a === b) {
    const at = Math.min(inner + (SPACE.test(text[inner] ?? '') ? 1 : 0), b);
    return [at, at];
  }
  return [a, b];
}
