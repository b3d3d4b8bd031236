import { escapeHtml } from '@nianbao/core';

// One HTML escaper for every package that writes HTML: core's.
export { escapeHtml };

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvField(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  // A leading = + - @ would make Excel/WPS read the field as a formula; a quote-prefixed apostrophe keeps it text.
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A finding's message, escaped, with the values it quotes in backticks shown as code. */
export function messageHtml(message: string): string {
  return message
    .split('`')
    .map((part, i) => (i % 2 ? `<code>${escapeHtml(part)}</code>` : escapeHtml(part)))
    .join('');
}
