import {
  checkSize,
  limitsOf,
  MARKDOWN_LIMITS,
  type InputLimits,
  type LimitProblem,
} from './limits.js';

/**
 * Scans Markdown for nesting of block quotes and list items, line by line, without parsing: each
 * `>` and each list marker at the start of a line opens a level, and indentation stands for the
 * levels of the lists it continues (two columns a level, the least a nested list item needs).
 * It overestimates rather than misses: a line inside a fenced code block is skipped, a thematic
 * break (`* * *`) is not a list, and a real report (lists three deep, a few hundred lines) never
 * comes near the limits: `maxDepth` on one line, `maxNesting` on all lines' levels added up,
 * `maxInlineMarks` in one paragraph, `maxColumns` on one line.
 */
export function scanMarkdown(text: string, limits?: Partial<InputLimits>): LimitProblem | null {
  const l = limitsOf(limits, MARKDOWN_LIMITS);
  const size = checkSize(text, l);
  if (size) return size;
  let fence: string | null = null;
  let nesting = 0;
  /** Inline marks since the last blank line: remark pairs them within a paragraph. */
  let marks = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const found = lineDepth(text, start, end, l.maxDepth);
    if (fence !== null) {
      if (closesFence(text.slice(start, end), fence)) fence = null;
    } else if (found.fence) fence = found.fence;
    else {
      if (found.depth > l.maxDepth)
        return { kind: 'too-deep', limit: l.maxDepth, found: found.depth, offset: found.offset };
      nesting += found.depth;
      if (nesting > l.maxNesting)
        return {
          kind: 'too-much-nesting',
          limit: l.maxNesting,
          found: nesting,
          offset: found.offset,
        };
      const inline = inlineMarks(text, start, end);
      marks = inline.blank ? 0 : marks + inline.marks;
      if (marks > l.maxInlineMarks)
        return { kind: 'too-many-marks', limit: l.maxInlineMarks, found: marks, offset: start };
      if (inline.pipes > l.maxColumns)
        return {
          kind: 'too-many-columns',
          limit: l.maxColumns,
          found: inline.pipes,
          offset: start,
        };
    }
    start = end + 1;
  }
  return null;
}

const FENCE = /^(`{3,}|~{3,})/;

function closesFence(line: string, fence: string): boolean {
  const m = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/.exec(line);
  return m !== null && m[1][0] === fence[0] && m[1].length >= fence.length;
}

/**
 * The nesting a line's start implies, and the fence it opens if it is one. Stops counting once
 * past `max`, so a line of 100,000 `>` costs no more than one of 65.
 */
function lineDepth(
  text: string,
  start: number,
  end: number,
  max: number,
): { depth: number; offset: number; fence?: string } {
  let depth = 0;
  let columns = 0;
  let i = start;
  if (isThematicBreak(text, start, end)) return { depth: 0, offset: start };
  while (i < end && depth + (columns >> 1) <= max) {
    const c = text[i];
    if (c === ' ') {
      columns++;
      i++;
    } else if (c === '\t') {
      columns += 4 - (columns % 4);
      i++;
    } else if (c === '>') {
      depth++;
      i++;
    } else if ((c === '-' || c === '*' || c === '+') && isSpace(text, i + 1, end)) {
      depth++;
      i++;
    } else if (c >= '0' && c <= '9') {
      let j = i;
      while (j < end && j - i < 9 && text[j] >= '0' && text[j] <= '9') j++;
      if ((text[j] === '.' || text[j] === ')') && isSpace(text, j + 1, end)) {
        depth++;
        i = j + 1;
      } else break;
    } else {
      const fence = FENCE.exec(text.slice(i, Math.min(end, i + 64)));
      if (fence && depth === 0 && columns < 4) return { depth: 0, offset: i, fence: fence[1] };
      break;
    }
  }
  return { depth: depth + (columns >> 1), offset: i };
}

/** `* * *`, `---`: three or more of one of `-*_` and nothing else but spaces (a loop: the line may be huge). */
function isThematicBreak(text: string, start: number, end: number): boolean {
  let mark = '';
  let count = 0;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\r') continue;
    if (c !== '-' && c !== '*' && c !== '_') return false;
    if (mark && c !== mark) return false;
    mark = c;
    count++;
  }
  return count >= 3;
}

/** Emphasis and link marks and pipes on one line, and whether the line is blank (ends a paragraph). */
function inlineMarks(text: string, start: number, end: number) {
  let marks = 0;
  let pipes = 0;
  let blank = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // * _ ~ [ ]
    if (c === 0x2a || c === 0x5f || c === 0x7e || c === 0x5b || c === 0x5d) marks++;
    else if (c === 0x7c) pipes++;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) blank = false;
  }
  return { marks, pipes, blank };
}

/** A list marker needs a space or tab after it, or the end of the line. */
function isSpace(text: string, i: number, end: number): boolean {
  return i >= end || text[i] === ' ' || text[i] === '\t' || text[i] === '\r';
}
