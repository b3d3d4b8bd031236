import type { Diagnostic } from '@nianbao/core';
import { checkReading } from './check.js';
import type { ImportOptions } from './model.js';
import { fromHtml, type HtmlOptions } from './html/index.js';
import { fromText } from './text/index.js';

export { fromText } from './text/index.js';
export { detectInput, decodeBytes, type InputKind } from './detect-input.js';
export { isTemplateLabel } from './detect-format.js';
export { headingOf, type HeadingMatch } from './assemble.js';
export { fromHtml, type HtmlOptions } from './html/index.js';
export { expandTable } from './html/table.js';
export { checkReading, byPosition } from './check.js';
export { assemble } from './assemble.js';
export { detectFormat, formatVotes, type FormatVote } from './detect-format.js';
export { IMPORT_RULES, IMPORT_RULES_URL, type ImportRuleId } from './findings.js';
export { LineIndex, MappedText, type Piece } from './lines.js';
export type { DocLine, DocTable, ImportOptions, ImportReading, Part, ReaderDoc, TableInput } from './model.js';
export { shapeOf, type TextShape } from './text/shape.js';

/** Every finding on a text report, the reader's and core's (tables and document rules), in document order. */
export function checkText(text: string, options: ImportOptions = {}): Diagnostic[] {
  return checkReading(fromText(text, options), options.lang);
}

/** Every finding on a web page report, the reader's and core's (tables and document rules), in document order. */
export function checkHtml(html: string, options: HtmlOptions = {}): Diagnostic[] {
  return checkReading(fromHtml(html, options), options.lang);
}
