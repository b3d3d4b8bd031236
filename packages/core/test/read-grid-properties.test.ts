import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  axisDepth,
  axisLeaves,
  format2021,
  labelText,
  type AxisNode,
  type Label,
  type TableLayout,
} from '../src/layout/index.js';
import { readTable, readTableStream, type GridCell } from '../src/read/index.js';

const TABLES: TableLayout[] = format2021.tables;
const labelsOf = (nodes: readonly AxisNode[]): Label[] =>
  nodes.flatMap((n) => [n.label, ...labelsOf(n.children ?? [])]);
const LAYOUT_TEXTS = TABLES.flatMap((t) => [
  labelText(t.title),
  ...t.blocks.flatMap((b) =>
    [b.header, b.corner, ...labelsOf(b.rows), ...labelsOf(b.columns)]
      .filter((l): l is Label => !!l)
      .map(labelText),
  ),
]).filter(Boolean);

/** Cells that look like what extraction produces, plus anything at all. */
const cellText = fc.oneof(
  fc.string(),
  fc.constantFrom(...LAYOUT_TEXTS),
  fc.constantFrom(
    '',
    '0',
    '１２',
    '1,234',
    '/',
    '—',
    '无',
    '251000元',
    '减4',
    '(三)',
    '3、',
    '①',
    '（',
    '）',
  ),
  fc.nat().map(String),
);
const grid = fc.array(fc.array(cellText, { maxLength: 20 }), { maxLength: 40 });

describe('reading never throws', () => {
  it.each(TABLES.map((t) => t.id))('readTable(%s) on arbitrary grids', (id) => {
    fc.assert(
      fc.property(grid, fc.boolean(), (rows, complete) => {
        const r = readTable(format2021, id, rows, { complete });
        for (const f of r.findings) expect(f.messages.en && f.messages['zh-CN']).toBeTruthy();
      }),
      { numRuns: 300 },
    );
  });

  it.each(TABLES.map((t) => t.id))('readTableStream(%s) on arbitrary streams', (id) => {
    fc.assert(
      fc.property(fc.array(cellText, { maxLength: 200 }), (cells) => {
        readTableStream(format2021, id, cells);
      }),
      { numRuns: 200 },
    );
  });

  it('on cells with sources and odd shapes', () => {
    const odd = [
      [{ text: '规章', source: { line: 1, column: 1 } }, { text: '1' }],
      [undefined as unknown as GridCell],
      [],
    ];
    expect(() => readTable(format2021, 'table2', odd)).not.toThrow();
  });
});

/* A table rendered from the layout the way extraction leaves it, and read back. */

type Blank = '' | '/' | '—';
interface Style {
  /** Merged label and header cells: label repeated in every position, or written once. */
  merged: 'expanded' | 'collapsed';
  /** Leading empty label cells dropped from data rows, as when indentation is lost. */
  ragged: boolean;
  trailing: number;
  spelling: 'canonical' | 'folded' | 'spaced';
}

function spell(label: Label, style: Style): string {
  const t = labelText(label);
  if (style.spelling === 'folded') return t.normalize('NFKC');
  if (style.spelling === 'spaced') return [...t].join(' ');
  return t;
}

function render(table: TableLayout, style: Style, value: (i: number) => number | Blank) {
  const rows: string[][] = [];
  const expected = new Map<string, number | null>();
  let i = 0;
  for (const block of table.blocks) {
    const leaves = axisLeaves(block.rows);
    const width = Math.max(...leaves.map((l) => l.chain.filter((n) => n.label.zh).length));
    const cols = axisLeaves(block.columns);
    if (block.header)
      rows.push([spell(block.header, style), ...Array(width + cols.length - 1).fill('')]);
    const depth = axisDepth(block.columns);
    for (let d = 0; d < depth; d++) {
      const row = Array<string>(width).fill('');
      if (d === 0 && block.corner) row[0] = spell(block.corner, style);
      cols.forEach((c, ci) => {
        const node = c.chain[Math.min(d, c.chain.length - 1)];
        const firstOfNode =
          ci === 0 || cols[ci - 1].chain[Math.min(d, cols[ci - 1].chain.length - 1)] !== node;
        const shown = style.merged === 'expanded' || (firstOfNode && d < c.chain.length);
        row.push(shown ? spell(node.label, style) : '');
      });
      rows.push(row);
    }
    leaves.forEach((leaf, li) => {
      const chain = leaf.chain.filter((n) => n.label.zh);
      const labels = Array.from({ length: width }, (_, w) => {
        const node = chain[Math.min(w, chain.length - 1)];
        if (!node) return '';
        const firstInGroup = li === 0 || !leaves[li - 1].chain.includes(node);
        if (style.merged === 'expanded') return spell(node.label, style);
        return w < chain.length && (firstInGroup || w === chain.length - 1)
          ? spell(node.label, style)
          : '';
      });
      const data = cols.map((c) => {
        const v = value(i++);
        expected.set(
          [block.base, ...leaf.segments, ...c.segments].join('/'),
          typeof v === 'number' ? v : null,
        );
        return String(v);
      });
      let cells = [...labels, ...data, ...Array(style.trailing).fill('')];
      if (style.ragged) while (cells.length && cells[0] === '') cells = cells.slice(1);
      rows.push(cells);
    });
  }
  return { rows, expected };
}

describe('reading a table rendered from the layout gives back its values', () => {
  const style = fc.record({
    merged: fc.constantFrom('expanded' as const, 'collapsed' as const),
    ragged: fc.boolean(),
    trailing: fc.nat({ max: 2 }),
    spelling: fc.constantFrom('canonical' as const, 'folded' as const, 'spaced' as const),
  });

  it.each(TABLES.map((t) => [t.id, t] as const))('%s', (_, table) => {
    fc.assert(
      fc.property(
        style,
        fc.array(fc.oneof(fc.nat({ max: 9999 }), fc.constantFrom<Blank>('', '/', '—')), {
          minLength: 200,
          maxLength: 200,
        }),
        (s, values) => {
          // An empty cell is only recoverable where the grid keeps its columns: a ragged row with
          // empty data cells is ambiguous, so ragged grids write blanks as / or —.
          const pick = (i: number) => {
            const v = values[i % values.length];
            return s.ragged && v === '' ? '/' : v;
          };
          const { rows, expected } = render(table, s, pick);
          const r = readTable(format2021, table.id, rows);
          expect(r.findings).toEqual([]);
          expect(r.truncated).toBe(false);
          expect(Object.fromEntries(r.values)).toEqual(Object.fromEntries(expected));
        },
      ),
      { numRuns: 150 },
    );
  });
});
