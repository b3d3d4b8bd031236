import { columnMajor } from './column-major.js';
import { glued } from './glued.js';
import { html } from './html.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { oneLine } from './one-line.js';
import { docx } from './docx.js';
import { pdfLandscape, pdfPortrait } from './pdf.js';
import { markdownGroupCell } from './group-cell.js';
import { pdfText } from './pdf-text.js';
import { htmlSubTables, markdownSubTables, textSubTables } from './sub-tables.js';
import { text } from './text.js';
import type { Shape } from './types.js';

export type { Shape } from './types.js';

/** Every shape the measurement renders its reports in. */
export const SHAPES: readonly Shape[] = [
  json,
  markdown,
  html,
  text,
  pdfPortrait,
  pdfLandscape,
  docx,
  oneLine,
  glued,
  columnMajor,
  // Shapes of published text (issue 10).
  pdfText,
  markdownSubTables,
  htmlSubTables,
  textSubTables,
  markdownGroupCell,
];

export const FORMATS: readonly string[] = SHAPES.map((s) => s.id);
/** Shapes printed by a browser (Chromium's print-to-PDF): slow to make, so measured on fewer reports in CI. */
export const PRINTED: readonly string[] = SHAPES.filter((s) => s.dispose).map((s) => s.id);
export type Format = string;

const byId = new Map(SHAPES.map((s) => [s.id, s]));
export function shapeOf(id: Format): Shape {
  const s = byId.get(id);
  if (!s) throw new Error(`no shape \`${id}\``);
  return s;
}
