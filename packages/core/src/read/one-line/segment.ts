import { fold, unifyQuotes } from '../normalize.js';
import { keyOf, vocabulary, type Wording } from './vocabulary.js';

/**
 * Cuts a whole report written on one line (a crawled page: `…首页>政务公开一、总体情况2023年，我局…
 * 二、主动公开政府信息情况 第二十条第（一）项…`) into the lines it would have had: the preamble
 * into its pieces (page chrome, title, opening), each section heading, each narrative, and in a
 * table section one line per row with its cells — labels, and the runs of digits that follow
 * them, marked as glued since their separators are gone. Only the template's own words are cut
 * at; everything else stays where it was written, for the readers to judge.
 */

export interface SegmentCell {
  /** Offsets in the line, end exclusive. */
  start: number;
  end: number;
  /** A run of numbers whose separators were lost. */
  glued?: boolean;
}

export interface Segment {
  start: number;
  end: number;
  kind: 'text' | 'heading' | 'row';
  /** The cells of a table row. */
  cells?: SegmentCell[];
}

/** A whole report is longer than this; a line longer than the other bound is no report (reports run to some 20,000 characters). */
const MIN_LENGTH = 200;
const MAX_LENGTH = 500_000;
/** Headings a line must hold before it is read as a whole report. */
const MIN_HEADINGS = 3;
const SPACE = /[\s\u00a0\u3000]/;
const SECTION_NO = /^[一二三四五六七八九十]+[、.]/;
const RUN_CHAR = /[\d+\-.,]/;
/** Units that end a number written in a cell (`1个`, `246900元`). */
const UNITS = ['万元', '元', '个', '件', '项', '条', '次'];
/** A word glued after a label and no longer than this is part of it (`本年增/减量`). */
const TAIL = 4;

/** The line without spaces, folded, with the offset in the line of every character. */
interface Folded {
  text: string;
  at: number[];
}

function folded(line: string): Folded {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < line.length; i++) {
    if (SPACE.test(line[i])) continue;
    const f = unifyQuotes(fold(line[i]));
    text += f;
    for (let k = 0; k < f.length; k++) at.push(i);
  }
  return { text, at };
}

interface Heading {
  no: string;
  /** Folded offsets. */
  from: number;
  to: number;
}

function headingsIn(f: Folded): Heading[] {
  const { headings } = vocabulary();
  const found: Heading[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < f.text.length; i++) {
    const m = SECTION_NO.exec(f.text.slice(i, i + 6));
    if (!m) continue;
    const rest = i + m[0].length;
    for (const h of headings) {
      const key = h.keys.find((k) => f.text.startsWith(k, rest));
      if (!key || seen.has(h.no)) continue;
      seen.add(h.no);
      found.push({ no: h.no, from: i, to: rest + key.length });
      i = rest + key.length - 1;
      break;
    }
  }
  return found;
}

type Token =
  | { kind: 'label'; from: number; to: number; word: Wording }
  | { kind: 'run' | 'other'; from: number; to: number };

const labelAt = (text: string, i: number): Wording | undefined =>
  vocabulary()
    .byFirst.get(text[i])
    ?.find((w) => text.startsWith(w.key, i));

/** A numbering (`1.`) at `i` that opens a row label: where a run of digits ends. */
const numberedLabelAt = (text: string, i: number) =>
  /^\d{1,2}[.、]/.test(text.slice(i, i + 3)) && labelAt(text, i)?.row === true;

function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const word = labelAt(text, i);
    if (word && i + word.key.length <= to) {
      out.push({ kind: 'label', from: i, to: i + word.key.length, word });
      i += word.key.length;
      continue;
    }
    if (RUN_CHAR.test(text[i]) && /[\d+-]/.test(text[i])) {
      let j = i + 1;
      while (j < to && RUN_CHAR.test(text[j]) && !numberedLabelAt(text, j)) j++;
      const unit = UNITS.find((u) => text.startsWith(u, j));
      if (unit) j += unit.length;
      out.push({ kind: 'run', from: i, to: j });
      i = j;
      continue;
    }
    let j = i + 1;
    while (j < to && !labelAt(text, j) && !/[\d+]/.test(text[j])) j++;
    const prev = out[out.length - 1];
    if (prev?.kind === 'label' && prev.to === i && j - i <= TAIL) prev.to = j;
    else out.push({ kind: 'other', from: i, to: j });
    i = j;
  }
  return out;
}

/** Rows of a table: a header's labels, or a row's labels and the runs after them. */
function rows(list: Token[]): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  const flush = () => {
    if (cur.length) out.push(cur);
    cur = [];
  };
  const has = (p: (t: Token) => boolean) => cur.some(p);
  const isRun = (t: Token) => t.kind === 'run';
  // 其他 and 总计 are column headers as much as rows: only a label no header has opens a row.
  const rowish = (t: Token) =>
    t.kind === 'other' || (t.kind === 'label' && t.word.row && !t.word.header);
  for (const t of list) {
    if (rowish(t) && t.kind === 'label') {
      if (has(isRun) || !has(rowish)) flush();
    } else if (t.kind === 'label' || t.kind === 'other') {
      if (has(isRun)) flush();
    } else if (!has(rowish)) flush();
    cur.push(t);
  }
  flush();
  return out;
}

/** Pieces of the text before the first heading: page chrome, the title, the opening. */
function preamble(line: string, f: Folded, to: number): Segment[] {
  const { titleEnds } = vocabulary();
  const cuts = new Set<number>([0, to]);
  for (let i = 0; i < to; i++) {
    if (SPACE.test(line[i]) || line[i] === '>' || line[i] === '＞') cuts.add(i), cuts.add(i + 1);
  }
  // After a title's wording (…工作年度报告) when no space follows it.
  for (let i = 0; i < f.text.length && f.at[i] < to; i++) {
    const end = titleEnds.find((w) => f.text.startsWith(w, i));
    if (end) cuts.add(f.at[i + end.length - 1] + 1);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let k = 0; k + 1 < sorted.length; k++) {
    const s = trim(line, sorted[k], sorted[k + 1]);
    if (s) out.push({ ...s, kind: 'text' });
  }
  return out;
}

function trim(line: string, start: number, end: number): { start: number; end: number } | null {
  let a = start;
  let b = end;
  while (a < b && (SPACE.test(line[a]) || line[a] === '>' || line[a] === '＞')) a++;
  while (b > a && SPACE.test(line[b - 1])) b--;
  return a < b ? { start: a, end: b } : null;
}

/** The line cut into segments, or null when it is not a whole report on one line. */
export function segmentOneLine(line: string, tables: ReadonlySet<string>): Segment[] | null {
  if (line.length < MIN_LENGTH || line.length > MAX_LENGTH) return null;
  const f = folded(line);
  const headings = headingsIn(f);
  if (headings.length < MIN_HEADINGS) return null;
  const orig = (i: number) => (i < f.at.length ? f.at[i] : line.length);
  const end = (i: number) => (i > 0 ? f.at[i - 1] + 1 : 0);
  const out: Segment[] = preamble(line, f, orig(headings[0].from));
  headings.forEach((h, k) => {
    out.push({ start: orig(h.from), end: end(h.to), kind: 'heading' });
    const stop = k + 1 < headings.length ? headings[k + 1].from : f.text.length;
    if (!tables.has(h.no)) {
      const s = trim(line, end(h.to), orig(stop));
      if (s) out.push({ ...s, kind: 'text' });
      return;
    }
    for (const row of rows(tokens(f.text, h.to, stop))) {
      const cells = row.map((t) => ({
        start: orig(t.from),
        end: end(t.to),
        ...(t.kind === 'run' ? { glued: true } : {}),
      }));
      out.push({ start: cells[0].start, end: cells[cells.length - 1].end, kind: 'row', cells });
    }
  });
  return out;
}
