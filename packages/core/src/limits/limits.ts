/**
 * How large and how deeply nested a document may be before any parser sees it. Parsers here
 * (remark's micromark, the JSON reader, the form's import) recurse or allocate per level of
 * nesting, so a hostile file of a megabyte can take minutes or overflow the stack; a real report
 * is a few kilobytes with lists at most three deep. Every surface checks the same limits with the
 * same scanners (scan-json.ts, scan-markdown.ts, scan-value.ts), before parsing.
 */
export interface InputLimits {
  /** Characters of the whole document. */
  maxChars: number;
  /** Levels of nesting: JSON arrays and objects; Markdown block quotes and list items. */
  maxDepth: number;
  /** Characters of one JSON string (a cell, a narrative). */
  maxStringChars: number;
  /**
   * Markdown: the levels of every line added up. remark's time grows faster than the number of
   * nested list items (4-level lists: 4× the text took 9× the time), so many shallow levels cost
   * as much as a few deep ones.
   */
  maxNesting: number;
  /**
   * Markdown: emphasis and link marks (`*`, `_`, `~`, `[`, `]`) in one paragraph. remark pairs
   * them up in time that grows with the square of their number: 4,000 took 12 s, 40,000 never ended.
   */
  maxInlineMarks: number;
  /** Markdown: cells in one table row (`|` on one line); the template's widest table has 15. */
  maxColumns: number;
}

export const INPUT_LIMITS: Readonly<InputLimits> = Object.freeze({
  // The command line's --max-size default is 10 MB; a real report is under 200 KB.
  maxChars: 10 * 1024 * 1024,
  maxDepth: 64,
  // The longest narrative section seen in the corpus is about 20,000 characters.
  maxStringChars: 1024 * 1024,
  maxNesting: 10_000,
  maxInlineMarks: 1_000,
  maxColumns: 200,
});

/**
 * Markdown's: a smaller document size, because remark takes seconds per megabyte even on flat
 * text; ten times the largest real report page is still allowed.
 */
export const MARKDOWN_LIMITS: Readonly<InputLimits> = Object.freeze({
  ...INPUT_LIMITS,
  maxChars: 1024 * 1024,
});

/** What made a document too large or too deep, and where: enough for a message that names the limit. */
export interface LimitProblem {
  kind:
    | 'too-large'
    | 'too-deep'
    | 'too-much-nesting'
    | 'string-too-long'
    | 'too-many-marks'
    | 'too-many-columns';
  /** The limit that was passed. */
  limit: number;
  /** How much was found: characters for a size, the depth reached when the scan stopped for depth. */
  found: number;
  /** Character offset where the limit was passed (0 for the document's size). */
  offset: number;
}

/** The limits asked for, filled in from the defaults. */
export function limitsOf(
  limits: Partial<InputLimits> = {},
  defaults: Readonly<InputLimits> = INPUT_LIMITS,
): InputLimits {
  return { ...defaults, ...limits };
}

/** The size check every scanner starts with. */
export function checkSize(text: string, limits: InputLimits): LimitProblem | null {
  return text.length > limits.maxChars
    ? { kind: 'too-large', limit: limits.maxChars, found: text.length, offset: 0 }
    : null;
}
