import { LIMITS, type LimitExceeded, type Limits } from './limits.js';

// Loaded with the first import of a file, and the example server checks requests with it (`@nianbao/form/limits`):
// not in the first load of a page.

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
