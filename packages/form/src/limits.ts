/**
 * Limits on what the form takes in, checked before anything is parsed or copied: a report is a few
 * hundred values four levels deep and a few dozen kilobytes of text, so these limits sit far above
 * any real report and far below what freezes a page or overflows its stack (a 1 MB Markdown file of
 * 1,000 nested lists took remark 28 s; a value 3,000 levels deep broke the element's `value`).
 * Plain functions without the DOM, so that the example server checks requests with the same code.
 *
 * TODO(core limits): the safety-cli branch adds shared pre-parse limits to core (core/src/limits);
 * once they are on main, these functions become thin calls to them.
 */

export interface Limits {
  maxDepth: number;
  maxMembers: number;
  maxJsonChars: number;
  maxMarkdownChars: number;
  maxMarkdownNesting: number;
}

export const LIMITS: Readonly<Limits> = {
  /** Nesting of objects and arrays in a JSON report or value. */
  maxDepth: 32,
  /** Values (object members and array items) in one JSON report. */
  maxMembers: 20_000,
  /** Characters of a JSON report. */
  maxJsonChars: 2 * 1024 * 1024,
  /** Characters of a Markdown report (a real one has 5–50 thousand). */
  maxMarkdownChars: 512 * 1024,
  /** Nested lists and block quotes in Markdown. */
  maxMarkdownNesting: 32,
};

export type LimitExceeded =
  | { limit: 'size'; max: number }
  | { limit: 'depth'; max: number; line?: number }
  | { limit: 'members'; max: number };

/** The first limit a JSON text exceeds, or null: one pass over its characters, no recursion. */
export function exceededJsonLimit(
  text: string,
  {
    maxDepth,
    maxMembers,
    maxJsonChars,
  }: Pick<Limits, 'maxDepth' | 'maxMembers' | 'maxJsonChars'> = LIMITS,
): LimitExceeded | null {
  if (text.length > maxJsonChars) return { limit: 'size', max: maxJsonChars };
  let depth = 0;
  let members = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c)
        i++; // a backslash escapes the next character
      else if (ch === 0x22) inString = false;
      continue;
    }
    if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      if (++depth > maxDepth) return { limit: 'depth', max: maxDepth };
      if (++members > maxMembers) return { limit: 'members', max: maxMembers };
    } else if (ch === 0x5d || ch === 0x7d) depth--;
    else if (ch === 0x2c && ++members > maxMembers) return { limit: 'members', max: maxMembers };
  }
  return null;
}

/** Whether a value nests objects or arrays deeper than `max`: walked with a queue, no recursion. */
export function exceededValueDepth(value: unknown, max: number = LIMITS.maxDepth): boolean {
  let level: unknown[] = [value];
  for (let depth = 0; level.length; depth++) {
    const next: unknown[] = [];
    for (const v of level) {
      if (v === null || typeof v !== 'object') continue;
      if (depth >= max) return true;
      for (const child of Object.values(v))
        if (child !== null && typeof child === 'object') next.push(child);
    }
    level = next;
  }
  return false;
}
