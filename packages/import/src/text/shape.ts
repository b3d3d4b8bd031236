import { readCellText, type SourceLocation } from '@nianbao/core';
import type { GridCell } from '@nianbao/core';
import type { LineIndex } from '@nianbao/core';
import { joinWrappedLabels } from './wrap.js';

/**
 * The shapes a table takes once a Word, PDF or web page has been turned into text, each turned
 * into a grid (rows of cells) or a stream (one cell after another, rows to be found by the grid
 * reader). The shape is decided per table, from its own lines.
 */

export interface TextLine {
  text: string;
  /** Offset of the line's first character in the document. */
  start: number;
}

export type TextShape = 'tab' | 'pipe-rows' | 'pipe-stream' | 'bar-closed' | 'space' | 'lines';

/** Narrative between the heading and the table (`该部分以表格形式报告。表格如下:`): a sentence, not a cell. */
const PROSE = /[。；]|[：:]\s*$/;
/** An editorial note standing alone on a line (`[…]`, `[excerpt ends here]`): not part of the table. */
const NOTE = /^\s*[[【].*[\]】]\s*$/;

const isBlank = (l: TextLine) => l.text.trim() === '';
const isBar = (l: TextLine) => l.text.trim() === '|';
/** A line that could be part of a table. Prose is kept when it is pipe-delimited (a cell may be long). */
const isTableLine = (l: TextLine) =>
  !isBlank(l) &&
  !NOTE.test(l.text) &&
  (!PROSE.test(l.text) || l.text.includes('|') || l.text.includes('\t'));

const isValue = (t: string) => t !== '' && readCellText(t).status !== 'text';

export function shapeOf(lines: readonly TextLine[]): TextShape {
  const body = lines.filter(isTableLine);
  if (!body.length) return 'lines';
  const tabs = body.filter((l) => l.text.includes('\t')).length;
  if (tabs >= 2 && tabs >= body.length * 0.3) return 'tab';
  const bars = body.filter(isBar).length;
  const piped = body.filter((l) => l.text.includes('|'));
  if (bars >= 3 && piped.length === bars) return 'bar-closed';
  if (piped.length >= 3 && piped.length >= body.length * 0.5) {
    const multi = piped.filter(
      (l) => l.text.split('|').filter((c) => c.trim() !== '').length >= 2,
    ).length;
    return multi >= piped.length * 0.3 ? 'pipe-rows' : 'pipe-stream';
  }
  // PDF text: rows of numbers separated by spaces.
  const spaced = body.filter((l) => {
    const tokens = l.text.trim().split(/[\s\u3000]+/);
    return tokens.length >= 3 && tokens.filter(isValue).length >= 3;
  }).length;
  if (spaced >= 1) return 'space';
  return 'lines';
}

function cellAt(index: LineIndex, line: TextLine, from: number, to: number): GridCell {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(line.text[a])) a++;
  while (b > a && /\s/.test(line.text[b - 1])) b--;
  const source: SourceLocation = index.span(line.start + a, line.start + b);
  return { text: line.text.slice(a, b), source };
}

/** Splits a line at every match of `sep`, each cell with its exact place. */
function split(index: LineIndex, line: TextLine, sep: RegExp): GridCell[] {
  const out: GridCell[] = [];
  let start = 0;
  for (const m of line.text.matchAll(sep)) {
    out.push(cellAt(index, line, start, m.index!));
    start = m.index! + m[0].length;
  }
  out.push(cellAt(index, line, start, line.text.length));
  return out;
}

/** A numbering written apart from its label (`(一) 予以公开` in PDF text) belongs to it. */
const NUMBERING_ONLY =
  /^(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d{1,2}[.、])$/;

function joinNumbering(index: LineIndex, line: TextLine, cells: GridCell[]): GridCell[] {
  const out: GridCell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i] as { text: string; source: SourceLocation };
    const next = cells[i + 1] as { text: string; source: SourceLocation } | undefined;
    if (next && NUMBERING_ONLY.test(c.text) && !isValue(next.text)) {
      out.push(
        cellAt(index, line, c.source.offset! - line.start, next.source.endOffset! - line.start),
      );
      i++;
    } else out.push(c);
  }
  return out;
}

export type TextTable = { rows: GridCell[][] } | { cells: GridCell[] };

export function textTable(index: LineIndex, lines: readonly TextLine[]): TextTable {
  const body = lines.filter(isTableLine);
  switch (shapeOf(lines)) {
    case 'tab':
      return { rows: body.map((l) => split(index, l, /\t/g)) };
    case 'pipe-rows':
      return {
        rows: body.map((l) => {
          const cells = split(index, l, /\|/g);
          return l.text.trimEnd().endsWith('|') ? cells.slice(0, -1) : cells;
        }),
      };
    case 'pipe-stream':
      return {
        cells: body
          .filter((l) => l.text.includes('|'))
          .flatMap((l) => {
            const cells = split(index, l, /\|/g);
            return l.text.trimEnd().endsWith('|') ? cells.slice(0, -1) : cells;
          }),
      };
    case 'bar-closed': {
      // Cells written over one or more lines, each closed by a line holding only `|`.
      const cells: GridCell[] = [];
      let parts: TextLine[] = [];
      const flush = (at: TextLine) => {
        if (!parts.length) {
          cells.push({ text: '', source: index.span(at.start, at.start) });
          return;
        }
        const first = parts[0];
        const last = parts[parts.length - 1];
        const text = parts.map((p) => p.text.trim()).join('\n');
        cells.push({
          text,
          source: { ...index.span(first.start, last.start + last.text.trimEnd().length), text },
        });
        parts = [];
      };
      for (const l of body) {
        if (isBar(l)) flush(l);
        else parts.push(l);
      }
      if (parts.length) flush(parts[0]);
      return { cells };
    }
    case 'space':
      return {
        rows: joinWrappedLabels(
          index,
          body.map((l) =>
            joinNumbering(
              index,
              l,
              split(index, { ...l, text: l.text.trimEnd() }, /[ \t\u3000]+/g).filter(
                (c) => (c as { text: string }).text !== '',
              ),
            ),
          ),
        ),
      };
    case 'lines':
      return { cells: body.map((l) => cellAt(index, l, 0, l.text.length)) };
  }
}
