import { readCellText } from '@nianbao/core';
import type { PrintedLine } from './lines.js';
import type { Run } from './text-layer.js';

/**
 * Rebuilds a table's rows and columns from where its text is printed, for core's grid reader.
 *
 * - Columns of numbers: the centres of the values (numbers, `/`, `—`, `无`) of a block cluster
 *   into bands; a row's value goes in the band it is printed in, so a blank cell stays blank in
 *   its own column. A block ends at a header line (words printed over the number columns), so
 *   each part of 表二 and a header repeated on a new page get their own bands.
 * - Rows: each line holding values is a row. Label text is cut by the column it starts in; the
 *   lines of one cell are a line's height apart, further apart are different cells. A cell's
 *   lines go to the row printed beside them (a label wrapped over three lines with its numbers on
 *   the middle one, or on the first); a merged cell spanning several rows (a group label, or one
 *   written a character per line) stays whole and goes to the row nearest its middle.
 * - Lines with words only (headers, the block titles of 表二) are rows of their own.
 * Nothing is matched against the template here: that is the grid reader's job.
 */

export interface PlacedRun {
  run: Run;
  line: PrintedLine;
  /** Position on a single axis down the whole document: pages stacked. */
  y: number;
}

export interface BuiltCell {
  text: string;
  runs: PlacedRun[];
}

const isValue = (t: string) => readCellText(t).status !== 'text';
const PAGE = 100_000;
const yOf = (l: PrintedLine, r: Run = l.runs[0]) => l.page * PAGE + r.y;
const centre = (r: Run) => (r.x0 + r.x1) / 2;

/** Groups sorted numbers whose neighbours are closer than `gap`. */
function cluster(xs: number[], gap: number): number[] {
  const sorted = [...xs].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const x of sorted) {
    const g = out.at(-1);
    if (g && x - g[g.length - 1] <= gap) g.push(x);
    else out.push([x]);
  }
  return out.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}

const nearest = (xs: number[], x: number) =>
  xs.reduce((best, v, i) => (Math.abs(v - x) < Math.abs(xs[best] - x) ? i : best), 0);

interface Anchor {
  y: number;
  line: PrintedLine;
  values: PlacedRun[];
}

/** One cell of label text: lines of the same column a line's height apart. */
interface Fragment {
  band: number;
  runs: PlacedRun[];
}

const top = (f: Fragment) => f.runs[0].y;
const bottom = (f: Fragment) => f.runs[f.runs.length - 1].y;
const middle = (f: Fragment) => (top(f) + bottom(f)) / 2;

export function buildTable(lines: PrintedLine[]): BuiltCell[][] {
  if (!lines.length) return [];
  const size = lines.reduce((a, l) => a + l.size, 0) / lines.length;
  const valueRuns = lines.flatMap((l) => l.runs.filter((r) => isValue(r.text)));
  if (!valueRuns.length)
    return lines.map((l) => l.runs.map((r) => cellOf([{ run: r, line: l, y: yOf(l, r) }])));
  const dataLeft = Math.min(...valueRuns.map((r) => r.x0)) - 0.5 * size;

  // Blocks: runs of lines between header lines.
  const blocks: PrintedLine[][] = [[]];
  const header = new Set<PrintedLine>();
  /** The header lines printed right above each block. */
  const above = new Map<PrintedLine[], PrintedLine[]>();
  let pending: PrintedLine[] = [];
  for (const l of lines) {
    const values = l.runs.some((r) => isValue(r.text) && r.x0 >= dataLeft);
    const words = l.runs.some((r) => centre(r) >= dataLeft && !isValue(r.text));
    if (!values && words) {
      // Words-only lines right above a header belong to it (表二's `第二十条第（五）项`).
      const cur = blocks.at(-1)!;
      while (
        cur.length &&
        cur[cur.length - 1].page === l.page &&
        !cur[cur.length - 1].runs.some((r) => isValue(r.text))
      )
        header.add(cur.pop()!);
      header.add(l);
      pending.push(l);
      if (cur.length) blocks.push([]);
    } else {
      const cur = blocks.at(-1)!;
      if (!cur.length) above.set(cur, pending);
      pending = [];
      cur.push(l);
    }
  }
  const rows: { y: number; cells: BuiltCell[] }[] = [];
  for (const l of header)
    rows.push({ y: yOf(l), cells: l.runs.map((r) => cellOf([{ run: r, line: l, y: yOf(l, r) }])) });
  for (const block of blocks)
    if (block.length) rows.push(...blockRows(block, above.get(block) ?? [], dataLeft, size));
  rows.sort((a, b) => a.y - b.y);
  return rows.map((r) => r.cells);
}

/**
 * Columns no row of the block has a value in (表四's one row with a blank cell): from the header
 * above, the words of a single column (no wider than a column) printed where no value is.
 */
function withHeaderColumns(bands: number[], heads: PrintedLine[], dataLeft: number, size: number) {
  if (bands.length < 2) return bands;
  const spacing = Math.min(...bands.slice(1).map((b, i) => b - bands[i]));
  const out = [...bands];
  for (const l of heads)
    for (const r of l.runs) {
      const c = centre(r);
      if (c < dataLeft || r.x1 - r.x0 > 1.1 * spacing) continue;
      if (out.every((b) => Math.abs(b - c) > 0.9 * size)) out.push(c);
    }
  return cluster(out, 0.9 * size);
}

function cellOf(runs: PlacedRun[]): BuiltCell {
  return { text: runs.map((r) => r.run.text).join(''), runs };
}

function blockRows(block: PrintedLine[], heads: PrintedLine[], dataLeft: number, size: number) {
  const anchors: Anchor[] = [];
  const labels: PlacedRun[] = [];
  for (const l of block) {
    // A line with a value over the number columns is a row; whatever it prints there is a cell,
    // a word typed in place of a number (`减4`) included.
    const values = l.runs.some((r) => r.x0 >= dataLeft - 0.01 && isValue(r.text))
      ? l.runs.filter((r) => centre(r) >= dataLeft)
      : [];
    const placed = (r: Run) => ({ run: r, line: l, y: yOf(l, r) });
    if (values.length) anchors.push({ y: yOf(l, values[0]), line: l, values: values.map(placed) });
    for (const r of l.runs) if (!values.includes(r)) labels.push(placed(r));
  }
  const bands = withHeaderColumns(
    cluster(
      anchors.flatMap((a) => a.values.map((v) => centre(v.run))),
      0.9 * size,
    ),
    heads,
    dataLeft,
    size,
  );
  const labelBands = cluster(
    labels.map((r) => r.run.x0),
    0.6 * size,
  );
  const fragments = labelFragments(labels, labelBands, size);
  const pitch = linePitch(fragments, size);
  const assigned = new Map<Anchor, Fragment[]>();
  const orphans: Fragment[] = [];
  for (const f of fragments) placeFragment(f, anchors, pitch, assigned, orphans);

  const width = labelBands.length;
  const row = (frags: Fragment[], values: PlacedRun[]): BuiltCell[] => {
    const cells: BuiltCell[] = Array.from({ length: width + bands.length }, () => cellOf([]));
    for (const f of frags) {
      const c = cells[f.band];
      c.runs.push(...f.runs);
      c.text = c.runs.map((r) => r.run.text).join('');
    }
    for (const v of values) {
      const c = cells[width + nearest(bands, centre(v.run))];
      c.runs.push(v);
      c.text = c.runs.map((r) => r.run.text).join(' ');
    }
    return cells;
  };
  const out = anchors.map((a) => ({ y: a.y, cells: row(assigned.get(a) ?? [], a.values) }));
  for (const f of orphans) out.push({ y: top(f), cells: row([f], []) });
  return out;
}

/** Label runs cut into cells: per column, lines no further apart than a line's height and a bit. */
function labelFragments(labels: PlacedRun[], bands: number[], size: number): Fragment[] {
  const byBand = new Map<number, PlacedRun[]>();
  for (const r of labels) {
    const b = nearest(bands, r.run.x0);
    byBand.set(b, [...(byBand.get(b) ?? []), r]);
  }
  const out: Fragment[] = [];
  for (const [band, runs] of byBand) {
    runs.sort((a, b) => a.y - b.y);
    const gaps = runs
      .slice(1)
      .map((r, i) => r.y - runs[i].y)
      .filter((g) => g > 0.5 * size);
    // The lines of one cell are the closest lines of a column; lines of two cells are further apart by the cells' padding and border.
    const pitch = gaps.length ? Math.min(...gaps) : 1.3 * size;
    let cur: Fragment | undefined;
    for (const r of runs) {
      if (cur && r.y - cur.runs[cur.runs.length - 1].y <= pitch * 1.12) cur.runs.push(r);
      else {
        cur = { band, runs: [r] };
        out.push(cur);
      }
    }
  }
  return out;
}

function linePitch(fragments: Fragment[], size: number): number {
  const gaps = fragments.flatMap((f) => f.runs.slice(1).map((r, i) => r.y - f.runs[i].y));
  return gaps.length ? Math.min(...gaps) : 1.3 * size;
}

const vertical = (f: Fragment) =>
  f.runs.length >= 3 && f.runs.every((r) => [...r.run.text].length <= 2);

function placeFragment(
  f: Fragment,
  anchors: Anchor[],
  pitch: number,
  assigned: Map<Anchor, Fragment[]>,
  orphans: Fragment[],
): void {
  const give = (a: Anchor, x: Fragment): void => {
    assigned.set(a, [...(assigned.get(a) ?? []), x]);
  };
  const beside = anchors.filter(
    (a) => a.y >= top(f) - 0.6 * pitch && a.y <= bottom(f) + 0.6 * pitch,
  );
  if (!beside.length) {
    orphans.push(f);
    return;
  }
  const closest = beside.reduce((b, a) =>
    Math.abs(a.y - middle(f)) < Math.abs(b.y - middle(f)) ? a : b,
  );
  if (beside.length === 1 || vertical(f)) {
    give(closest, f);
    return;
  }
  // Several rows beside it: the labels of adjacent rows touching, or one merged cell. Cut it at
  // the rows when every piece then sits centred on (or starts at) its own row; else it is one cell.
  const cut = cutAtRows(f.runs, beside, pitch);
  if (cut && cut.length > 1 && cut.every((g) => g.cost <= 0.5 * pitch))
    for (const g of cut) give(g.anchor, { band: f.band, runs: g.runs });
  else give(closest, f);
}

/** How far a cell's lines are from sitting beside a row: centred on it, or starting on it. */
const offset = (runs: PlacedRun[], a: Anchor, all: Anchor[], pitch: number) =>
  Math.min(Math.abs((runs[0].y + runs[runs.length - 1].y) / 2 - a.y), Math.abs(runs[0].y - a.y)) +
  // A cell's text printed on the line of another row's numbers belongs to that row.
  (runs.some((r) => all.some((b) => b !== a && Math.abs(b.y - r.y) < 0.3 * pitch)) ? pitch : 0);

/** The cut of a column's lines into consecutive cells, one per row in order, that sits best. */
function cutAtRows(
  runs: PlacedRun[],
  anchors: Anchor[],
  pitch: number,
): { anchor: Anchor; runs: PlacedRun[]; cost: number }[] | undefined {
  const n = runs.length;
  const m = anchors.length;
  if (n > 60 || m > 30) return undefined;
  // best[i][j]: lines 0..i cut into cells, the last beside anchor j-1 (j = 0: none yet).
  const best = Array.from({ length: n + 1 }, () => Array<number>(m + 1).fill(Infinity));
  const from = Array.from({ length: n + 1 }, () => Array<[number, number]>(m + 1));
  best[0][0] = 0;
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= m; j++)
      for (let k = 0; k < i; k++) {
        const c = offset(runs.slice(k, i), anchors[j - 1], anchors, pitch);
        for (let jj = 0; jj < j; jj++) {
          if (best[k][jj] + c < best[i][j]) {
            best[i][j] = best[k][jj] + c;
            from[i][j] = [k, jj];
          }
        }
      }
  let j = 0;
  for (let x = 1; x <= m; x++) if (best[n][x] < best[n][j]) j = x;
  if (!Number.isFinite(best[n][j])) return undefined;
  const out: { anchor: Anchor; runs: PlacedRun[]; cost: number }[] = [];
  for (let i = n; i > 0; ) {
    const [k, jj] = from[i][j];
    const piece = runs.slice(k, i);
    out.unshift({
      anchor: anchors[j - 1],
      runs: piece,
      cost: offset(piece, anchors[j - 1], anchors, pitch),
    });
    i = k;
    j = jj;
  }
  return out;
}
