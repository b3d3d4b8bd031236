import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import {
  cellAt,
  describeCell,
  getFormat,
  labelIn,
  type CellInfo,
  type Diagnostic,
  type Lang,
  type SourceLocation,
} from '@nianbao/core';
import type { MarkdownReading } from '@nianbao/markdown';

/**
 * Turns one finding (core's Diagnostic, the single result type) into a vfile message: placed on
 * the exact cell, with the related cells in `cause`, and `actual`/`expected` as strings so that
 * editors (vscode-remark, remark-language-server) offer the one-click fix.
 */

function toPosition(s: SourceLocation): Position {
  return {
    start: { line: s.line, column: s.column, offset: s.offset },
    end: {
      line: s.endLine ?? s.line,
      column: s.endColumn ?? s.column,
      offset: s.endOffset ?? s.offset,
    },
  };
}

/** A short name next to the primary cell: its column when in the same row, its row when in the same column. */
function nearName(cell: CellInfo, primary: CellInfo | undefined, lang: Lang): string {
  const sameBlock = primary && cell.table === primary.table && cell.block === primary.block;
  if (sameBlock && cell.row === primary.row && cell.table !== 'table4')
    return labelIn(cell.colLabels[cell.colLabels.length - 1], lang);
  if (sameBlock && cell.col === primary.col && cell.rowLabels.length)
    return labelIn(cell.rowLabels[cell.rowLabels.length - 1], lang);
  return describeCell(cell, lang);
}

const at = (s: SourceLocation | undefined) => (s ? `${s.line}:${s.column}` : '');

/** The other cells a finding involves, by name and position, as the message's cause. */
function causeOf(d: Diagnostic, reading: MarkdownReading, lang: Lang): VFileMessage | undefined {
  const others = d.paths.filter((p) => p !== d.path);
  if (!others.length) return undefined;
  const layout = getFormat(reading.format);
  const primary = cellAt(layout, d.path);
  const lines = others.map((p) => {
    const cell = cellAt(layout, p);
    const name = cell ? nearName(cell, primary, lang) : p;
    const where = at(reading.sources.get(p));
    return where ? `${name} (${where})` : name;
  });
  const reason =
    (lang === 'en' ? 'Related cells: ' : '相关单元格：') + lines.join(lang === 'en' ? '; ' : '；');
  const first = reading.sources.get(others[0]);
  const cause = new VFileMessage(reason, { place: first ? toPosition(first) : undefined });
  // Language servers print a cause's stack under the message: make it the list of cells.
  cause.stack = reason;
  return cause;
}

/** One finding as a message, at the place `checkReading` gave it (it places every finding). */
export function emit(
  file: VFile,
  d: Diagnostic,
  reading: MarkdownReading,
  lang: Lang,
): VFileMessage {
  const message = file.message(d.message, {
    place: d.source ? toPosition(d.source) : undefined,
    cause: causeOf(d, reading, lang),
  });
  if (d.actual !== undefined && d.actual !== null) message.actual = String(d.actual);
  // A blank cell's actual is empty text: the fix inserts.
  else if (d.expected !== undefined) message.actual = '';
  if (d.expected !== undefined && d.expected !== null) message.expected = [String(d.expected)];
  // Where in the report the finding is, for tools that work on the model rather than the text.
  Object.assign(message, { path: d.path, paths: d.paths });
  return message;
}
