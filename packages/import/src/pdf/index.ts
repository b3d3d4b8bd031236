import type { GridCell } from '@nianbao/core';
import { assemble } from '../assemble.js';
import { MappedText } from '../mapped-text.js';
import { bodyOnlyDoc } from '../reader-doc.js';
import type { DocLine, ImportOptions, ImportReading } from '../model.js';
import { PlacedIndex } from '../paged/placed-index.js';
import { checkTextLayer, pageLines, type PrintedLine } from './lines.js';
import { buildTable, type BuiltCell } from './table.js';
import { readTextLayer, type PdfLimits } from './text-layer.js';

/**
 * Reads a report from a PDF as Word or WPS exported it: the text layer (pdf.js), printed lines
 * rebuilt from where each piece of text sits, tables rebuilt from the columns and rows the text
 * is printed in, and then the same assembly and grid reader as every other input. Positions in
 * findings are the page and the printed line on it.
 */

export interface PdfOptions extends ImportOptions, PdfLimits {}

export async function fromPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<ImportReading> {
  const pages = await readTextLayer(bytes, options);
  checkTextLayer(pages);
  const printed = pages.flatMap(pageLines);

  // The document as text, a printed line per line, its runs separated by a space.
  let text = '';
  const runAt = new Map<object, { start: number; end: number }>();
  const parts: DocLine[] = [];
  const lineOf = new Map<DocLine, PrintedLine>();
  for (const l of printed) {
    const start = text.length;
    l.runs.forEach((r, i) => {
      // Runs printed apart are separated by a space; runs nearly touching (a space pdf.js saw
      // beside full-width punctuation, `格式》 （国办`) are one stretch of text.
      if (i && r.x0 - l.runs[i - 1].x1 > 0.3 * r.size) text += ' ';
      runAt.set(r, { start: text.length, end: text.length + r.text.length });
      text += r.text;
    });
    const part: DocLine = {
      kind: 'line',
      text: new MappedText(text.slice(start), [
        { at: 0, length: text.length - start, start, end: text.length },
      ]),
    };
    parts.push(part);
    lineOf.set(part, l);
    text += '\n';
  }
  const index = new PlacedIndex(
    text,
    printed.map((l) => ({ page: l.page, line: l.line })),
  );

  let tableNo = 0;
  const gridCell = (c: BuiltCell, row: BuiltCell[], r: number, k: number): GridCell => {
    const cell = { table: tableNo, row: r + 1, column: k + 1 };
    const spans = c.runs.map((x) => runAt.get(x.run)!);
    if (spans.length)
      return {
        text: c.text,
        source: {
          ...index.span(
            Math.min(...spans.map((s) => s.start)),
            Math.max(...spans.map((s) => s.end)),
          ),
          text: c.text,
          cell,
        },
      };
    // A blank cell: placed on its row's line, which is where a person looks for it.
    const first = row.find((x) => x.runs.length)?.runs[0];
    const at = first ? runAt.get(first.run)!.start : 0;
    return { text: '', source: { ...index.span(at, at), text: '', cell } };
  };

  const doc = bodyOnlyDoc(index, parts, {
    titles: titleLines(parts, lineOf),
    grids(section) {
      const lines = section.flatMap((p) => (p.kind === 'line' ? [lineOf.get(p)!] : []));
      const built = buildTable(lines);
      if (!built.length) return [];
      tableNo++;
      return [{ rows: built.map((row, r) => row.map((c, k) => gridCell(c, row, r, k))) }];
    },
    narrative(lines) {
      const kept = lines.filter((l) => l.text.text.trim() !== '');
      if (!kept.length) return new MappedText('', []);
      const left = Math.min(...kept.map((l) => lineOf.get(l)!.runs[0].x0));
      // A paragraph starts on an indented line; a line that only continues one was wrapped.
      const out: MappedText[] = [];
      let para: MappedText[] = [];
      for (const l of kept) {
        const p = lineOf.get(l)!;
        if (para.length && p.runs[0].x0 > left + p.size) {
          out.push(MappedText.join(para, ''));
          para = [];
        }
        para.push(l.text.trim());
      }
      out.push(MappedText.join(para, ''));
      return MappedText.join(out, '\n\n');
    },
  });
  return assemble(doc, options);
}

/** The title as printed: the large lines opening the first page, wrapped or not, joined. */
function titleLines(parts: DocLine[], lineOf: Map<DocLine, PrintedLine>): MappedText[] {
  const first = parts.filter((p) => lineOf.get(p)!.page === 1);
  if (!first.length) return [];
  const sizes = first.map((p) => lineOf.get(p)!.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)];
  const big: MappedText[] = [];
  for (const p of first) {
    if (lineOf.get(p)!.size < body * 1.15) {
      if (big.length) break;
      continue;
    }
    big.push(p.text.trim());
  }
  return big.length ? [MappedText.join(big, '')] : [];
}
