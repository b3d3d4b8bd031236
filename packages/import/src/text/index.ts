import { assemble } from '../assemble.js';
import { LineIndex } from '@nianbao/core';
import { MappedText } from '../mapped-text.js';
import { firstLabelledDate } from '../meta.js';
import type { DocLine, ImportOptions, ImportReading, Part, ReaderDoc } from '../model.js';
import { textTable, type TextLine } from './shape.js';

/**
 * Reads a report from text extracted from Word, PDF or a web page. Every line is a part; the
 * lines of a table section are cut into cells by the shape that table has in the text.
 */

export function fromText(text: string, options: ImportOptions = {}): ImportReading {
  const src = typeof text === 'string' ? text : '';
  const index = new LineIndex(src);
  const parts: DocLine[] = [];
  const byPart = new Map<DocLine, TextLine>();
  let start = 0;
  for (const raw of src.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const part: DocLine = {
      kind: 'line',
      text: new MappedText(line, [{ at: 0, length: line.length, start, end: start + line.length }]),
    };
    parts.push(part);
    byPart.set(part, { text: line, start });
    start += raw.length + 1;
  }
  const publishedAt = firstLabelledDate(parts, index);
  const doc: ReaderDoc = {
    index,
    parts,
    titles: [],
    publishedAt,
    grids(section: Part[]) {
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
  };
  return assemble(doc, options);
}
