import type { Report } from '../generate.js';

export interface RenderOptions {
  /** Text renderings add a `发布日期：` line under the title (text pulled from a web page). */
  dateLine: boolean;
}

/**
 * One way a report reaches nianbao: a file format and the shape its content takes there (a web
 * page, text copied out of Word, …). Adding a shape to the measurement is one module of this
 * kind and one line in `index.ts`; every defect that the shape can express is then injected in it.
 */
export interface Shape {
  /** Short name, shown in the tables and used in file names. */
  id: string;
  /** File extension, without the dot. */
  ext: string;
  /** The report as the text of a file of this shape. Every cell's value is printed on one line. */
  render(report: Report, options: RenderOptions): string;
  /** A data file (JSON): sections are keys, not text, and labels are not written. */
  structured?: boolean;
  /**
   * Where a template label stands as a cell of its own: the text right before and after it.
   * Absent: labels cannot be altered in this shape.
   */
  labelCells?: readonly (readonly [string, string])[];
  /** A line starting with this closes the document's body (a page's wrapper): a cut-out last section ends there. */
  bodyEnd?: string;
  /**
   * The file's bytes from the rendered text (a PDF printed from HTML, a filled Word template).
   * Findings on such files carry no line to compare, so expectations keep only the path.
   */
  finish?(text: string): Promise<Uint8Array>;
}
