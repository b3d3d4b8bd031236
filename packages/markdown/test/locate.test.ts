import { describe, expect, it } from 'vitest';
import { cellValueSpan, parseMarkdown } from '../src/index.js';

/** The value span of every cell of a one-row table, as `fix` would replace it. */
function spans(row: string): string[] {
  const text = `| a | b | c |\n| - | - | - |\n${row}\n`;
  const table = parseMarkdown(text).children[0];
  if (table.type !== 'table') throw new Error('not a table');
  return table.children[1].children.map((cell) => {
    const [a, b] = cellValueSpan(text, cell.position!.start.offset!, cell.position!.end.offset!);
    return `${text.slice(cell.position!.start.offset!, a)}[${text.slice(a, b)}]${text.slice(b, cell.position!.end.offset!)}`;
  });
}

describe('cellValueSpan', () => {
  it('ends the last cell at its closing pipe, whatever spaces follow the pipe', () => {
    expect(spans('| 1 | 2 | 3 |')).toEqual(['| [1] ', '| [2] ', '| [3] |']);
    expect(spans('| 1 | 2 | 3 |   ')).toEqual(['| [1] ', '| [2] ', '| [3] |   ']);
    expect(spans('| 1 | 2 | 3 |\t')).toEqual(['| [1] ', '| [2] ', '| [3] |\t']);
  });
  it('puts an empty last cell before its pipe, not after the trailing spaces', () => {
    expect(spans('| 1 | 2 ||   ')).toEqual(['| [1] ', '| [2] ', '|[]|   ']);
    expect(spans('| 1 | 2 |    |  ')).toEqual(['| [1] ', '| [2] ', '| []   |  ']);
  });
  it('keeps an escaped pipe as content, and a row without a closing pipe', () => {
    expect(spans('| 1 | 2 | 3 \\|')).toEqual(['| [1] ', '| [2] ', '| [3 \\|]']);
    expect(spans('| 1 | 2 | 3   ')).toEqual(['| [1] ', '| [2] ', '| [3]   ']);
  });
});
