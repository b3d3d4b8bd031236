// Limits of a request's JSON, checked on the text before JSON.parse sees it: a body nested
// thousands deep, or with hundreds of thousands of members, is refused in one pass over its
// characters, without recursion, instead of exhausting the parser's stack or the server's memory.
// TODO(core limits): point this at core's shared pre-parse limits once they are on main.

/** Far above a report's own shape (depth 4, a few hundred values), far below what hurts. */
export const JSON_LIMITS = { maxDepth: 32, maxMembers: 20_000 };

/**
 * The first limit `text` exceeds, or null. Members are counted as values inside objects and arrays.
 * @returns {{ limit: 'depth' | 'members', max: number, offset: number } | null}
 */
export function exceededJsonLimit(text, { maxDepth, maxMembers } = JSON_LIMITS) {
  let depth = 0;
  let members = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c)
        i++; // backslash: the next character is escaped
      else if (ch === 0x22) inString = false;
      continue;
    }
    if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      // [ {
      if (++depth > maxDepth) return { limit: 'depth', max: maxDepth, offset: i };
      if (++members > maxMembers) return { limit: 'members', max: maxMembers, offset: i };
    } else if (ch === 0x5d || ch === 0x7d) depth--;
    else if (ch === 0x2c && ++members > maxMembers)
      return { limit: 'members', max: maxMembers, offset: i };
  }
  return null;
}
