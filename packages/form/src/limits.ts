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
  | { limit: 'depth'; max: number }
  | { limit: 'members'; max: number };

/** Whether a value nests objects or arrays deeper than `max`: walked level by level, no recursion. */
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
