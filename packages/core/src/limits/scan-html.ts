import {
  checkSize,
  INPUT_LIMITS,
  limitsOf,
  type InputLimits,
  type LimitProblem,
} from './limits.js';

/**
 * HTML's: parse5 and hast recurse per element, so 50,000 nested `<div>` overflowed the stack.
 * Real report pages nest 20 to 40 deep; the limit leaves room for a CMS's layout.
 */
export const HTML_LIMITS: Readonly<InputLimits> = Object.freeze({ ...INPUT_LIMITS, maxDepth: 256 });

/** Elements whose end tag may be left out, or that have none: not counted, or an ordinary page would look deep. */
const UNCOUNTED = new Set(
  (
    'area base br col embed hr img input link meta param source track wbr ' +
    'p li dt dd tr td th thead tbody tfoot option optgroup rt rp colgroup caption html head body'
  ).split(' '),
);

/**
 * Scans HTML for element nesting without parsing: each start tag opens a level and each end tag
 * closes one, except for void elements and those whose end tag is optional. Comments, and
 * script and style contents, are skipped.
 */
export function scanHtml(text: string, limits?: Partial<InputLimits>): LimitProblem | null {
  const l = limitsOf(limits, HTML_LIMITS);
  const size = checkSize(text, l);
  if (size) return size;
  let depth = 0;
  const lower = text.toLowerCase();
  for (let i = text.indexOf('<'); i >= 0 && i < text.length; i = text.indexOf('<', i + 1)) {
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) break;
      i = end + 2;
      continue;
    }
    const closing = text[i + 1] === '/';
    let j = i + (closing ? 2 : 1);
    const from = j;
    while (j < text.length && /[A-Za-z0-9-]/.test(text[j])) j++;
    if (j === from) continue;
    const name = lower.slice(from, j);
    if (!closing && (name === 'script' || name === 'style')) {
      const end = lower.indexOf(`</${name}`, j);
      if (end < 0) break;
      i = end;
      continue;
    }
    if (UNCOUNTED.has(name)) continue;
    if (closing) depth = Math.max(0, depth - 1);
    else {
      // Self-closing (`<x/>`); looked for within a tag's reach only, so a `<` without its `>` costs nothing more.
      let gt = j;
      while (gt < text.length && gt - j < 4096 && text[gt] !== '>') gt++;
      if (text[gt] === '>' && text[gt - 1] === '/') continue;
      if (++depth > l.maxDepth)
        return { kind: 'too-deep', limit: l.maxDepth, found: depth, offset: i };
    }
  }
  return null;
}
