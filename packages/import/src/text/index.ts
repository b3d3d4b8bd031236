import { assemble } from '../assemble.js';
import { LineIndex, segmentOneLine, type GridCell } from '@nianbao/core';
import { MappedText } from '../mapped-text.js';
import { bodyOnlyDoc } from '../reader-doc.js';
import type { DocLine, ImportOptions, ImportReading, Part } from '../model.js';
import { textTable, type TextLine } from './shape.js';

/** Sections that hold a table, by number: a report on one line is cut into rows there. */
const TABLE_SECTIONS: ReadonlySet<string> = new Set(['二', '三', '四']);
/** A line that starts like a section heading (`三、收到和处理…`). */
const SECTION_LINE = /^\s*[一二三四五六][、.]/;

/**
 * Reads a report from text extracted from Word, PDF or a web page. Every line is a part; the
 * lines of a table section are cut into cells by the shape that table has in the text.
 */

export function fromText(text: string, options: ImportOptions = {}): ImportReading {
  const src = typeof text === 'string' ? text : '';
  const index = new LineIndex(src);
  const parts: DocLine[] = [];
  const byPart = new Map<DocLine, TextLine>();
  /** Rows of a report written on one line, already cut into cells. */
  const rowCells = new Map<DocLine, GridCell[]>();
  const addLine = (text: string, at: number) => {
    const part: DocLine = {
      kind: 'line',
      text: new MappedText(text, [
        { at: 0, length: text.length, start: at, end: at + text.length },
      ]),
    };
    parts.push(part);
    byPart.set(part, { text, start: at });
    return part;
  };
  const rawLines = src.split('\n');
  // A document with headings on lines of their own is not a report on one line, whatever a long
  // line of it (a table of contents) mentions.
  const ownHeadings = rawLines.filter((l) => l.length <= 40 && SECTION_LINE.test(l)).length;
  let start = 0;
  for (const raw of rawLines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const segments = ownHeadings < 2 ? segmentOneLine(line, TABLE_SECTIONS) : null;
    if (!segments) addLine(line, start);
    for (const s of segments ?? []) {
      const part = addLine(line.slice(s.start, s.end), start + s.start);
      if (s.cells)
        rowCells.set(
          part,
          s.cells.map((c) => ({
            text: line.slice(c.start, c.end),
            source: index.span(start + c.start, start + c.end),
            ...(c.glued ? { glued: true } : {}),
          })),
        );
    }
    start += raw.length + 1;
  }
  const doc = bodyOnlyDoc(index, parts, {
    grids(section: Part[]) {
      const cut = section.filter((p): p is DocLine => p.kind === 'line' && rowCells.has(p));
      if (cut.length) return [{ rows: cut.map((p) => rowCells.get(p)!) }];
      const lines = section
        .filter((p): p is DocLine => p.kind === 'line')
        .map((p) => byPart.get(p)!);
      return lines.some((l) => l.text.trim() !== '') ? [textTable(index, lines)] : [];
    },
    narrative(lines: DocLine[]) {
      // Plain text keeps its own line breaks: the narrative is the stretch of the document itself.
      const kept = lines.filter((l) => l.text.text.trim() !== '');
      if (!kept.length) return new MappedText('', []);
      const a = kept[0].text.start;
      const b = kept[kept.length - 1].text.end;
      return new MappedText(src.slice(a, b), [{ at: 0, length: b - a, start: a, end: b }]);
    },
  });
  return assemble(doc, options);
}
