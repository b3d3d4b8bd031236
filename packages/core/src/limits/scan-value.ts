import { limitsOf, type InputLimits, type LimitProblem } from './limits.js';

/**
 * The same limits on a value already in memory (pasted, imported, sent to a server): nesting of
 * arrays and objects and the length of strings, walked with an explicit stack so that the check
 * itself cannot overflow (a cycle passes the depth limit like any other nesting). `offset` counts the values visited before the one that passed a limit.
 */
export function scanValue(value: unknown, limits?: Partial<InputLimits>): LimitProblem | null {
  const l = limitsOf(limits);
  const stack: [unknown, number][] = [[value, 0]];
  let visited = 0;
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    visited++;
    if (typeof v === 'string') {
      if (v.length > l.maxStringChars)
        return {
          kind: 'string-too-long',
          limit: l.maxStringChars,
          found: v.length,
          offset: visited,
        };
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (depth + 1 > l.maxDepth)
      return { kind: 'too-deep', limit: l.maxDepth, found: depth + 1, offset: visited };
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return null;
}
