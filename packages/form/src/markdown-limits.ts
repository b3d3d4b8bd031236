import { LIMITS, type LimitExceeded, type Limits } from './limits.js';

// Loaded with the first Markdown import, like the Markdown reader it protects: not in the first load of a page.

/** A list marker at the start of `s`: its width with the spaces after it, or 0. */
function listMarker(s: string, at: number): number {
  const m = /^(?:[-*+]|\d{1,9}[.)])( {1,4}|\t|$)/.exec(s.slice(at, at + 16));
  return m ? m[0].length : 0;
}

/**
 * The first limit a Markdown text exceeds, or null. Nesting is counted as a reader of the text
 * would: block quote markers, and list items whose content column the line is indented into, one
 * line at a time, without building a tree.
 */
export function exceededMarkdownLimit(
  text: string,
  {
    maxMarkdownChars,
    maxMarkdownNesting,
  }: Pick<Limits, 'maxMarkdownChars' | 'maxMarkdownNesting'> = LIMITS,
): LimitExceeded | null {
  if (text.length > maxMarkdownChars) return { limit: 'size', max: maxMarkdownChars };
  /** Content columns of the list items open at this point. */
  const open: number[] = [];
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo++;
    let i = 0;
    let col = 0;
    let quotes = 0;
    // Block quote markers, each optionally followed by a space.
    for (;;) {
      let j = i;
      while (line[j] === ' ' && j - i < 3) j++;
      if (line[j] !== '>') break;
      col += j - i;
      i = j;
      quotes++;
      i++;
      col++;
      if (line[i] === ' ') {
        i++;
        col++;
      }
    }
    if (quotes > maxMarkdownNesting)
      return { limit: 'depth', max: maxMarkdownNesting, line: lineNo };
    if (!line.slice(i).trim()) continue; // a blank line keeps the lists open
    let indent = col;
    let at = i;
    for (; line[at] === ' ' || line[at] === '\t'; at++) indent += line[at] === '\t' ? 4 : 1;
    while (open.length && indent < open[open.length - 1]) open.pop();
    // One line may open several items: `- - - x`.
    for (let w = listMarker(line, at); w; w = listMarker(line, at)) {
      open.push(indent + w);
      indent += w;
      at += w;
    }
    if (open.length + quotes > maxMarkdownNesting)
      return { limit: 'depth', max: maxMarkdownNesting, line: lineNo };
  }
  return null;
}
