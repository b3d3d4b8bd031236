import { checkSize, limitsOf, type InputLimits, type LimitProblem } from './limits.js';

/**
 * Scans JSON text for nesting and string length in one pass without parsing it, so that a
 * 5,000-deep array or a 9-million-character string is refused before a recursive parser or a
 * backtracking regular expression sees it. Syntax is not checked: broken JSON within the limits
 * is the parser's to report, with its own message.
 */
export function scanJson(text: string, limits?: Partial<InputLimits>): LimitProblem | null {
  const l = limitsOf(limits);
  const size = checkSize(text, l);
  if (size) return size;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > l.maxDepth)
        return { kind: 'too-deep', limit: l.maxDepth, found: depth, offset: i };
    } else if (c === 0x5d || c === 0x7d) {
      if (depth > 0) depth--;
    } else if (c === 0x22) {
      const start = i;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
      // Escapes count as written: the limit is on text to scan, not on the decoded value.
      const length = i - start - 1;
      if (length > l.maxStringChars)
        return { kind: 'string-too-long', limit: l.maxStringChars, found: length, offset: start };
    }
  }
  return null;
}
