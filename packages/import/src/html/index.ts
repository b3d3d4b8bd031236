import type { Element, Nodes, Root } from 'hast';
import { fromHtml as parseHtml } from 'hast-util-from-html';
import type { SourceLocation } from '@nianbao/core';
import { assemble, headingOf } from '../assemble.js';
import type { GridCell } from '@nianbao/core';
import { isTemplateLabel, LineIndex } from '@nianbao/core';
import { isSubTableHeading } from '../subtables.js';
import { MappedText, type Piece } from '../mapped-text.js';
import { DATE_LABELS, isoDate, labelledDate } from '../meta.js';
import type { DocLine, DocTable, ImportOptions, ImportReading, Part, ReaderDoc } from '../model.js';
import { paragraphs } from '../reader-doc.js';
import { expandTable } from './table.js';

/**
 * Reads a report from a web page as saved from the browser. The page is parsed with
 * hast-util-from-html (parse5, as browsers parse), turned into lines and tables in reading order,
 * and cut down to the article: the innermost element holding every section heading and report
 * table, which leaves out the site's header, navigation, metadata tables and footer.
 */

export interface HtmlOptions extends ImportOptions {
  /** Name of the file the page came from, kept for messages. */
  fileName?: string;
}

/** Never part of the report's text. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'select',
  'button',
  'textarea',
  'nav',
  'aside',
  'audio',
  'video',
  'map',
  'head',
]);
/** Site chrome, unless it holds a table (some CMSes wrap the whole article in a <header>). */
const CHROME = new Set(['header', 'footer']);
/** Elements that start a new line of text. */
const BLOCK = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'menu',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'caption',
  'header',
  'footer',
]);

const HTML_SPACE = /[ \t\n\r\f]+/g;

interface Placed {
  part: Part;
  /** Elements enclosing the part, outermost first. */
  chain: Element[];
}

const hasTable = (e: Element): boolean =>
  e.children.some((c) => c.type === 'element' && (c.tagName === 'table' || hasTable(c)));

class Walker {
  readonly placed: Placed[] = [];
  readonly h1: MappedText[] = [];
  readonly metaDates: { date: string; source: SourceLocation }[] = [];
  readonly metaTitles: MappedText[] = [];
  titleTag?: MappedText;
  private text = '';
  private pieces: Piece[] = [];
  private lineChain: Element[] = [];

  constructor(private readonly index: LineIndex) {}

  private flush() {
    if (this.text.trim() !== '')
      this.placed.push({
        part: { kind: 'line', text: new MappedText(this.text, this.pieces) },
        chain: this.lineChain,
      });
    this.text = '';
    this.pieces = [];
  }

  private addText(value: string, start?: number, end?: number, chain: Element[] = []) {
    const collapsed = value.replace(HTML_SPACE, ' ');
    if (!collapsed) return;
    if (this.text === '') this.lineChain = chain;
    // One space between words, as a browser shows them.
    const piece =
      this.text.endsWith(' ') && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed;
    if (start !== undefined && end !== undefined)
      this.pieces.push({ at: this.text.length, length: piece.length, start, end });
    this.text += piece;
  }

  head(node: Element) {
    for (const c of node.children) {
      if (c.type !== 'element') continue;
      if (c.tagName === 'title') this.titleTag = textOf(c).text;
      if (c.tagName === 'meta') this.meta(c);
    }
  }

  private meta(e: Element) {
    const name = String(e.properties.name ?? e.properties.property ?? '').toLowerCase();
    const content = String(e.properties.content ?? '');
    const at = e.position?.start.offset;
    const src = at !== undefined ? this.index.span(at, e.position!.end.offset!) : undefined;
    if (
      /^(pubdate|publishdate|firstpublishedtime|article:published_time|published_time|publishtime)$/.test(
        name,
      )
    ) {
      const date = isoDate(content);
      if (date && src) this.metaDates.push({ date, source: src });
    }
    if (/^(articletitle|title|og:title)$/.test(name) && content && at !== undefined) {
      this.metaTitles.push(
        new MappedText(content, [
          { at: 0, length: content.length, start: at, end: e.position!.end.offset! },
        ]),
      );
    }
  }

  walk(node: Nodes, chain: Element[]) {
    if (node.type === 'text') {
      this.addText(node.value, node.position?.start.offset, node.position?.end.offset, chain);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      const tag = node.tagName;
      if (tag === 'head') return this.head(node);
      if (tag === 'meta') return this.meta(node);
      if (tag === 'title' && !this.titleTag) this.titleTag = textOf(node).text;
      if (SKIP.has(tag) || (CHROME.has(tag) && !hasTable(node))) return;
      if (tag === 'br') return this.flush();
      if (tag === 'table' && !hasTable(node)) {
        this.flush();
        const rows = expandTable(node, (cell) => cellOf(cell, this.index));
        const source = this.index.span(
          node.position?.start.offset ?? 0,
          node.position?.end.offset ?? 0,
        );
        this.placed.push({ part: { kind: 'table', rows, source: { ...source, text: '' } }, chain });
        return;
      }
      const block = BLOCK.has(tag);
      if (block) this.flush();
      const inner = [...chain, node];
      for (const c of node.children) this.walk(c, inner);
      if (block) this.flush();
      if (tag === 'h1') {
        const t = textOf(node);
        if (t.text.trim()) this.h1.push(t.text);
      }
      return;
    }
    for (const c of node.children) this.walk(c, chain);
    this.flush();
  }
}

/** The text of an element, spaces collapsed, `<br>` and blocks as one space, with its mapping. */
function textOf(e: Element): { text: MappedText } {
  let text = '';
  const pieces: Piece[] = [];
  const visit = (n: Nodes) => {
    if (n.type === 'text') {
      let v = n.value.replace(HTML_SPACE, ' ');
      if (text.endsWith(' ') && v.startsWith(' ')) v = v.slice(1);
      if (!v) return;
      const s = n.position?.start.offset;
      const en = n.position?.end.offset;
      if (s !== undefined && en !== undefined && v.trim())
        pieces.push({ at: text.length, length: v.length, start: s, end: en });
      text += v;
    } else if (n.type === 'element') {
      if (SKIP.has(n.tagName)) return;
      if (n.tagName === 'br' || BLOCK.has(n.tagName)) text += text.endsWith(' ') ? '' : ' ';
      for (const c of n.children) visit(c);
    }
  };
  for (const c of e.children) visit(c);
  return { text: new MappedText(text, pieces) };
}

/** A line of text as a grid cell, with its place. */
function lineCell(line: DocLine, index: LineIndex): GridCell {
  const t = line.text.trim();
  return { text: t.text, source: { ...index.span(t.start, t.end), text: t.text } };
}

function cellOf(cell: Element, index: LineIndex): GridCell {
  const { text } = textOf(cell);
  const trimmed = text.trim();
  if (trimmed.pieces.length) {
    // Narrow the span to the written characters, leaving out the source's own spaces.
    let a = trimmed.start;
    let b = trimmed.end;
    const raw = index.text;
    while (a < b && /\s/.test(raw[a])) a++;
    while (b > a && /\s/.test(raw[b - 1])) b--;
    return { text: trimmed.text, source: { ...index.span(a, b), text: trimmed.text } };
  }
  const at = cell.position?.start.offset ?? 0;
  return {
    text: trimmed.text,
    source: { ...index.span(at, cell.position?.end.offset ?? at), text: '' },
  };
}

/** The innermost element enclosing every marker: the report's container. */
function container(markers: Placed[]): Element | undefined {
  if (!markers.length) return undefined;
  let common = markers[0].chain;
  for (const m of markers.slice(1)) {
    let i = 0;
    while (i < common.length && i < m.chain.length && common[i] === m.chain[i]) i++;
    common = common.slice(0, i);
  }
  return common[common.length - 1];
}

const templateCells = (t: DocTable) =>
  t.rows.reduce(
    (n, r) => n + r.filter((c) => isTemplateLabel(typeof c === 'string' ? c : c.text)).length,
    0,
  );

function labelledCellDate(
  tables: DocTable[],
): { date: string; source: SourceLocation } | undefined {
  for (const label of DATE_LABELS) {
    for (const t of tables) {
      for (const row of t.rows) {
        for (let i = 0; i < row.length; i++) {
          const c = row[i];
          const text = (typeof c === 'string' ? c : c.text).replace(/[\s:：]/g, '');
          if (text !== label) continue;
          const next = row
            .slice(i + 1)
            .find((x) => (typeof x === 'string' ? x : x.text).trim() !== '');
          const date = next && isoDate(typeof next === 'string' ? next : next.text);
          if (date && next && typeof next !== 'string' && next.source)
            return { date, source: next.source };
        }
      }
    }
  }
  return undefined;
}

export function fromHtml(html: string, options: HtmlOptions = {}): ImportReading {
  const src = typeof html === 'string' ? html : '';
  const index = new LineIndex(src);
  const tree: Root = parseHtml(src);
  const walker = new Walker(index);
  walker.walk(tree, []);
  const all = walker.placed;

  const markers = all.filter((p) =>
    p.part.kind === 'line' ? headingOf(p.part) !== null : templateCells(p.part) >= 3,
  );
  const box = container(markers);
  const inside = box ? all.filter((p) => p.chain.includes(box)) : all;

  const tables = all
    .filter((p): p is Placed & { part: DocTable } => p.part.kind === 'table')
    .map((p) => p.part);
  let publishedAt = labelledCellDate(tables.filter((t) => !inside.some((p) => p.part === t)));
  if (!publishedAt) {
    for (const p of all) {
      if (p.part.kind !== 'line' || inside.includes(p)) continue;
      const d = labelledDate(p.part.text.text);
      if (d) {
        publishedAt = {
          date: d.date,
          source: index.span(p.part.text.toDoc(d.at), p.part.text.toDoc(d.at + d.length)),
        };
        break;
      }
    }
  }
  publishedAt ??= walker.metaDates[0];

  // A <title> often ends with the site's name: each of its parts is a candidate.
  const titleParts: MappedText[] = [];
  if (walker.titleTag) {
    const t = walker.titleTag;
    let at = 0;
    for (const seg of t.text.split(/[-_|–—]/)) {
      titleParts.push(
        new MappedText(seg, [
          { at: 0, length: seg.length, start: t.toDoc(at), end: t.toDoc(at + seg.length) },
        ]),
      );
      at += seg.length + 1;
    }
  }
  const doc: ReaderDoc = {
    index,
    parts: inside.map((p) => p.part),
    titles: [...walker.h1, ...walker.metaTitles, ...titleParts],
    publishedAt,
    grids(section: Part[]) {
      const found = section.filter((p): p is DocTable => p.kind === 'table');
      // Tables of the report name the template's labels; a table of links or signatures does not.
      const report = found.filter((t) => templateCells(t) >= 2);
      const kept = new Set<Part>(report.length ? report : found);
      // A table published as sub-tables keeps the heading of each (行政复议, 复议后起诉…) as a row.
      for (const p of section) if (p.kind === 'line' && isSubTableHeading(p.text.text)) kept.add(p);
      return section
        .filter((p) => kept.has(p))
        .map((p) => (p.kind === 'table' ? { rows: p.rows } : { rows: [[lineCell(p, index)]] }));
    },
    narrative: paragraphs,
  };
  return assemble(doc, options);
}
