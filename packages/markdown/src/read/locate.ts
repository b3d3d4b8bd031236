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
  if (b > a && text[b - 1] === '|' && text[b - 2] !== '\\') b--;
  const inner = a;
  while (a < b && SPACE.test(text[a])) a++;
  while (b > a && SPACE.test(text[b - 1])) b--;
  if (a === b) {
    const at = Math.min(inner + (SPACE.test(text[inner] ?? '') ? 1 : 0), end);
    return [at, at];
  }
  return [a, b];
}
