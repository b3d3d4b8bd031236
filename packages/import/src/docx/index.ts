import type { GridCell } from '@nianbao/core';
import { strFromU8, unzipSync } from 'fflate';
import { assemble } from '../assemble.js';
import { MappedText } from '../mapped-text.js';
import type { DocTable, ImportOptions, ImportReading, Part } from '../model.js';
import { bodyOnlyDoc, paragraphs } from '../reader-doc.js';
import { binaryKind, checkSize, DocumentError } from '../paged/errors.js';
import { LineIndex } from '@nianbao/core';
import { parseDocumentXml, type DocxRow } from './document-xml.js';

/**
 * Reads a report from a Word file (.docx) as Word or WPS saved it: paragraphs are the narrative,
 * tables are read from their structure (merged cells as Word records them), and the whole goes
 * through the same assembly and grid reader as a web page. Only `word/document.xml` is inflated,
 * and only after its declared size is within the limit.
 */

export interface DocxOptions extends ImportOptions {
  /** Largest file accepted, in bytes (default 50 MB). */
  maxBytes?: number;
  /** Largest `word/document.xml` inflated, in bytes (default 64 MB: a zip bomb is refused before inflating). */
  maxXmlBytes?: number;
}

const MAX_BYTES = 50 * 1024 * 1024;
const MAX_XML = 64 * 1024 * 1024;
const MAX_COLUMNS = 256;

function documentXml(bytes: Uint8Array, options: DocxOptions): string {
  const kind = binaryKind(bytes);
  if (kind === 'ole2') throw new DocumentError('doc-binary');
  if (kind !== 'zip') throw new DocumentError('docx-invalid', { reason: 'not a zip archive' });
  checkSize(bytes.length, options.maxBytes ?? MAX_BYTES);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (f.name !== 'word/document.xml') return false;
        checkSize(f.originalSize, options.maxXmlBytes ?? MAX_XML);
        return true;
      },
    });
  } catch (e) {
    if (e instanceof DocumentError) throw e;
    throw new DocumentError('docx-invalid', { reason: e instanceof Error ? e.message : String(e) });
  }
  const xml = files['word/document.xml'];
  if (!xml) throw new DocumentError('docx-invalid', { reason: 'no word/document.xml' });
  return strFromU8(xml);
}

/** A table's rows laid out on Word's grid: a merged cell's text at its first position, the positions it covers empty. */
function gridOf(rows: DocxRow[]): string[][] {
  return rows.map((r) => {
    const out: string[] = Array(Math.min(r.before, MAX_COLUMNS)).fill('');
    for (const c of r.cells) {
      if (out.length >= MAX_COLUMNS) break;
      out.push(c.merged ? '' : c.text);
      for (let k = 1; k < c.span && out.length < MAX_COLUMNS; k++) out.push('');
    }
    return out;
  });
}

export function fromDocx(bytes: Uint8Array, options: DocxOptions = {}): ImportReading {
  let blocks: ReturnType<typeof parseDocumentXml>;
  try {
    blocks = parseDocumentXml(documentXml(bytes, options));
  } catch (e) {
    if (e instanceof DocumentError) throw e;
    throw new DocumentError('docx-invalid', { reason: e instanceof Error ? e.message : String(e) });
  }
  // The document as text: a paragraph per line, a table row per line with its cells tab-separated.
  let text = '';
  const spans: { kind: 'p'; start: number; end: number }[] = [];
  const tables: { grid: string[][]; cells: { start: number; end: number }[][] }[] = [];
  for (const b of blocks) {
    if (b.kind === 'p') {
      const line = b.text.replace(/\n/g, ' ');
      spans.push({ kind: 'p', start: text.length, end: text.length + line.length });
      text += `${line}\n`;
      continue;
    }
    const grid = gridOf(b.rows);
    const cells = grid.map((row) => {
      const at = row.map((c, i) => {
        if (i) text += '\t';
        const start = text.length;
        text += c.replace(/[\t\n]/g, ' ');
        return { start, end: text.length };
      });
      text += '\n';
      return at;
    });
    tables.push({ grid, cells });
  }
  const index = new LineIndex(text);
  const parts: Part[] = [];
  let p = 0;
  let t = 0;
  for (const b of blocks) {
    if (b.kind === 'p') {
      const s = spans[p++];
      parts.push({
        kind: 'line',
        text: new MappedText(text.slice(s.start, s.end), [
          { at: 0, length: s.end - s.start, start: s.start, end: s.end },
        ]),
      });
      continue;
    }
    const n = t++;
    const { grid, cells } = tables[n];
    const rows: GridCell[][] = grid.map((row, r) =>
      row.map((c, k) => ({
        text: c,
        source: {
          ...index.span(cells[r][k].start, cells[r][k].end),
          text: c,
          cell: { table: n + 1, row: r + 1, column: k + 1 },
        },
      })),
    );
    const first = cells[0]?.[0]?.start ?? text.length;
    const last = cells.at(-1)?.at(-1)?.end ?? first;
    parts.push({ kind: 'table', rows, source: { ...index.span(first, last), text: '' } });
  }
  const doc = bodyOnlyDoc(index, parts, {
    grids: (section) =>
      section.filter((x): x is DocTable => x.kind === 'table').map((x) => ({ rows: x.rows })),
    narrative: paragraphs,
  });
  return assemble(doc, options);
}
