import type { Diagnostic } from '@nianbao/core';
import { checkReading } from './check.js';
import type { ImportOptions } from './model.js';
import { fromHtml, type HtmlOptions } from './html/index.js';
import { fromText } from './text/index.js';

export { fromText } from './text/index.js';
export { detectInput } from './detect-input.js';
export { fromHtml, type HtmlOptions } from './html/index.js';
export { expandTable } from './html/table.js';
// checkReading is what @nianbao/cli calls on a reading (it loads this package by name, lazily).
export { checkReading } from './check.js';
// Format detection moved to core, shared with the other readers; documented here too.
export { detectFormat } from '@nianbao/core';
export type { ImportOptions, ImportReading } from './model.js';

/** Every finding on a text report, the reader's and core's (tables and document rules), in document order. */
export function checkText(text: string, options: ImportOptions = {}): Diagnostic[] {
  return checkReading(fromText(text, options), options.lang);
}

/** Every finding on a web page report, the reader's and core's (tables and document rules), in document order. */
export function checkHtml(html: string, options: HtmlOptions = {}): Diagnostic[] {
  return checkReading(fromHtml(html, options), options.lang);
}
