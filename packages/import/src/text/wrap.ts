import {
  formats,
  labelKey,
  readCellText,
  splitNumbering,
  squeeze,
  type AxisNode,
  type GridCell,
  type Label,
  type LineIndex,
  type SourceLocation,
} from '@nianbao/core';

/**
 * Joins row labels that a PDF wrapped over several lines. A table cell too narrow for its label
 * goes on over the following printed lines, which reach the text as lines of their own without
 * numbers (`理 正、行政机关不再处理其政府信`), or as words in front of the next row's label
 * (`开 2.其他法律行政法规禁止公开 2 0 …`, a group label running down beside its rows). The
 * pieces of one label are on consecutive lines, so a piece can only continue a label that was
 * still growing on the line just before it; and a piece is only taken as one when the label it
 * makes is still the beginning of a template row label. Anything else — a heading, a header, a
 * paragraph, a label reworded — is left as it was written, for the grid reader to judge.
 */

type Cell = { text: string; source: SourceLocation };

/**
 * Keys of every row label, group rows included, and of every corner (table 三's long note sits in
 * the label columns and wraps like a label), of every format: the wordings a piece may continue.
 */
let rowKeys: readonly string[] | undefined;

function keysOf(): readonly string[] {
  if (rowKeys) return rowKeys;
  const keys = new Set<string>();
  const add = (label: Label) => {
    for (const text of [label.zh, ...(label.aliases ?? []), ...(label.variants ?? [])]) {
      const key = labelKey(text);
      if (key) keys.add(key);
    }
  };
  const walk = (nodes: readonly AxisNode[]) => {
    for (const n of nodes) {
      add(n.label);
      if (n.children) walk(n.children);
    }
  };
  for (const layout of Object.values(formats))
    for (const t of layout.tables)
      for (const b of t.blocks) {
        walk(b.rows);
        if (b.corner) add(b.corner);
      }
  rowKeys = [...keys];
  return rowKeys;
}

/** The text is the beginning of a row label (or all of it). */
const begins = (text: string) => {
  const key = labelKey(text);
  return key !== '' && keysOf().some((k) => k.startsWith(key));
};
/** The text is the beginning of a row label and not yet all of any: its label goes on. */
const unfinished = (text: string) => {
  const key = labelKey(text);
  return (
    key !== '' && keysOf().some((k) => k.startsWith(key) && k !== key) && !keysOf().includes(key)
  );
};
const isRowLabel = (text: string) => keysOf().includes(labelKey(text));

const isValue = (text: string) => text !== '' && readCellText(text).status !== 'text';
/** A word that may go on a label: not numbered like the start of one, and not a row label of its own. */
const mayContinue = (text: string) => splitNumbering(squeeze(text)).no === '' && !isRowLabel(text);

interface Open {
  row: number;
  col: number;
}

/** Order-preserving ways to give `k` pieces to `n` open labels, the latest labels first. */
function* choices(n: number, k: number, from = 0): Generator<number[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = n - k; i >= from; i--)
    for (const rest of choices(n, k - 1, i + 1)) yield [i, ...rest];
}

const MAX_OPEN = 4;

export function joinWrappedLabels(index: LineIndex, rows: readonly GridCell[][]): GridCell[][] {
  const out: Cell[][] = [];
  /** Labels that got a piece on the line before and are not finished, in reading order. */
  let open: Open[] = [];
  const joined = (a: Cell, b: Cell): Cell => {
    const text = a.text + b.text;
    return { text, source: { ...index.span(a.source.offset!, b.source.endOffset!), text } };
  };
  /** Gives pieces to open labels, if every label they make is still the beginning of one. */
  const absorb = (pieces: Cell[]): Open[] | null => {
    const targets = open.slice(-MAX_OPEN);
    if (pieces.length > targets.length) return null;
    for (const pick of choices(targets.length, pieces.length)) {
      const made = pick.map((t, i) => joined(out[targets[t].row][targets[t].col], pieces[i]));
      if (!made.every((c) => begins(c.text))) continue;
      pick.forEach((t, i) => {
        out[targets[t].row][targets[t].col] = made[i];
      });
      return pick.map((t) => targets[t]).filter((o) => unfinished(out[o.row][o.col].text));
    }
    return null;
  };

  for (const raw of rows) {
    const cells = raw as Cell[];
    if (!cells.every((c) => typeof c === 'object' && c.source?.offset !== undefined)) {
      out.push(cells);
      open = [];
      continue;
    }
    let labels = cells.findIndex((c) => isValue(c.text));
    const data = labels >= 0;
    if (!data) labels = cells.length;
    let lead = 0;
    while (lead < labels && mayContinue(cells[lead].text)) lead++;
    let kept: Open[] | null = null;
    let taken = 0;
    if (labels > 0) {
      // A row keeps a label of its own, unless the words are all pieces: a line of words only, or
      // a row whose numbers were printed on a lower line of its cell, the line before holding the
      // start of its label and nothing else.
      const last = out.length - 1;
      const labelOnly =
        data &&
        last >= 0 &&
        open.length > 0 &&
        open.every((o) => o.row === last) &&
        !out[last].some((c) => isValue(c.text));
      const most = !data || labelOnly ? labels : labels - 1;
      for (let k = Math.min(lead, most); k > 0 && !kept; k--) {
        kept = absorb(cells.slice(0, k));
        if (kept) taken = k;
      }
      if (data && kept && taken === labels) {
        out[last].push(...cells.slice(taken));
        open = kept;
        continue;
      }
    }
    if (taken === cells.length) {
      open = kept ?? [];
      continue;
    }
    const row = cells.slice(taken);
    out.push(row);
    const at = out.length - 1;
    const fresh: Open[] = [];
    row.forEach((c, col) => {
      if (col < labels - taken && unfinished(c.text)) fresh.push({ row: at, col });
    });
    open = [...(kept ?? []), ...fresh];
  }
  return out;
}
