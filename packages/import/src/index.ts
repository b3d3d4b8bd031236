import type { Diagnostic } from '@nianbao/core';
import { checkReading } from './check.js';
import type { ImportOptions } from './model.js';
import { fromHtml, type HtmlOptions } from './html/index.js';
import { fromText } from './text/index.js';

export { fromText } from './text/index.js';
export { detectInput, decodeBytes, type InputKind } from './detect-input.js';
export { headingOf, type HeadingMatch } from './assemble.js';
export { fromHtml, type HtmlOptions } from './html/index.js';
export { expandTable } from './html/table.js';
export { checkReading, byPosition } from './check.js';
export { assemble } from './assemble.js';
// Format detection and the line index moved to core, shared with the other readers; re-exported
// so that this package's API stays what it was.
export {
  detectFormat,
  formatVotes,
  isTemplateLabel,
  LineIndex,
  type FormatVote,
} from '@nianbao/core';
export { MappedText, type Piece } from './mapped-text.js';
export type {
  DocLine,
  DocTable,
  ImportOptions,
  ImportReading,
  Part,
  ReaderDoc,
  TableInput,
} from './model.js';
export { shapeOf, type TextShape } from './text/shape.js';

/** Every finding on a text report, the reader's and core's (tables and document rules), in document order. */
export function checkText(text: string, options: ImportOptions = {}): Diagnostic[] {
  return checkReading(fromText(text, options), options.lang);
}

/** Every finding on a web page report, the reader's and core's (tables and document rules), in document order. */
export function checkHtml(html: string, options: HtmlOptions = {}): Diagnostic[] {
  return checkReading(fromHtml(html, options), options.lang);
}

export { fromPdf, type PdfOptions } from './pdf/index.js';
export { fromDocx, type DocxOptions } from './docx/index.js';
export {
  DocumentError,
  binaryKind,
  type BinaryKind,
  type DocumentErrorId,
} from './paged/errors.js';
