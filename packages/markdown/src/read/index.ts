import type { Heading, Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseDocument, isMap, isScalar } from 'yaml';
import {
  cellsOf,
  getFormat,
  matchSection,
  segmentsOf,
  setAt,
  type Diagnostic,
  type FormatLayout,
  type Lang,
  type SectionLayout,
  type SourceLocation,
} from '@nianbao/core';
import { sectionHeading, FRONT_MATTER_KEYS } from '../write/index.js';
import { LineIndex } from './locate.js';
import { finding } from './rules.js';
import { readSectionTables } from './tables.js';

export interface ReadOptions {
  /** Language of `message` in findings (both languages are always in `messages`). Default zh-CN. */
  lang?: Lang;
  /** Format to read when the front matter does not name one. Default 2021. */
  format?: string;
}

export interface MarkdownReading {
  /** The report as read: every cell present, blank cells null, text typed into a number cell kept as the string. */
  report: Record<string, unknown> & { format: string; meta: Record<string, unknown> };
  /**
   * Where each value was read from, by JSON Pointer: every table cell (the exact value span, end
   * exclusive, with offsets; an empty cell has a zero-width span where a value goes), the meta
   * fields and the narrative sections.
   */
  sources: Map<string, SourceLocation>;
  /** What the reader found wrong with the document's structure (sections, tables, rows, labels). */
  findings: Diagnostic[];
  format: string;
  /** At least one section heading of the template was found: the document is meant as a report. */
  recognized: boolean;
  /** Table cells whose row or table is absent: their blanks are explained by a reader finding. */
  absent: Set<string>;
  /** Offsets of the text to line and column, for placing anything else in the document. */
  lines: LineIndex;
}

const TITLE = /^(.*?)\s*(\d{4})\s*年度?\s*(?:的)?\s*政府信息公开/;

interface Found {
  section: SectionLayout;
  heading: Heading;
  /** Offset where the section's content starts (after the heading) and ends (before the next section). */
  start: number;
  end: number;
  nodes: RootContent[];
}

const segmentCache = new Map<string, string[]>();

/**
 * Sets a cell of the skeleton, whose objects all exist: the pointer's segments are cached, as the
 * same 200-odd cell pointers are set for every document read.
 */
function assign(report: Record<string, unknown>, pointer: string, value: unknown): void {
  let segs = segmentCache.get(pointer);
  if (!segs) {
    segs = segmentsOf(pointer);
    segmentCache.set(pointer, segs);
  }
  let o = report;
  for (let i = 0; i < segs.length - 1; i++) {
    const next = Object.hasOwn(o, segs[i]) ? o[segs[i]] : undefined;
    if (next === null || typeof next !== 'object') return setAt(report, pointer, value);
    o = next as Record<string, unknown>;
  }
  const last = segs[segs.length - 1];
  if (!Object.hasOwn(o, last)) return setAt(report, pointer, value);
  o[last] = value;
}

const skeletons = new WeakMap<FormatLayout, MarkdownReading['report']>();

/** A report with every narrative empty and every cell blank (null), built once per layout. */
function emptyReport(layout: FormatLayout): MarkdownReading['report'] {
  let skeleton = skeletons.get(layout);
  if (!skeleton) {
    skeleton = { format: layout.format, meta: {} };
    for (const s of layout.sections) if (!s.table) skeleton[s.key] = '';
    for (const c of cellsOf(layout)) setAt(skeleton, c.path, null);
    skeletons.set(layout, skeleton);
  }
  return structuredClone(skeleton);
}

/** Heading text span, without the `##` marker. */
function headingSpan(h: Heading, lines: LineIndex): SourceLocation {
  const first = h.children[0]?.position;
  const last = h.children[h.children.length - 1]?.position;
  if (first?.start.offset !== undefined && last?.end.offset !== undefined) return lines.span(first.start.offset, last.end.offset);
  return lines.span(h.position!.start.offset!, h.position!.end.offset!);
}

function frontMatter(node: RootContent, lines: LineIndex, reading: MarkdownReading, lang: Lang): void {
  if (node.type !== 'yaml') return;
  const start = node.position!.start.offset!;
  // The YAML text starts after the opening fence line.
  const base = lines.text.indexOf('\n', start) + 1;
  const doc = parseDocument(node.value, { prettyErrors: false });
  if (doc.errors.length || (doc.contents !== null && !isMap(doc.contents))) {
    const err = doc.errors[0];
    const at = err ? base + err.pos[0] : start;
    reading.findings.push(
      finding(
        {
          rule: 'front-matter',
          values: { reason: err ? err.message.split('\n')[0] : lang === 'en' ? 'not a mapping' : '不是键值对' },
          path: '/meta',
          source: lines.span(at, err ? base + err.pos[1] : node.position!.end.offset!),
        },
        lang,
      ),
    );
    return;
  }
  if (!isMap(doc.contents)) return;
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !isScalar(pair.value)) continue;
    const key = String(pair.key.value);
    const range = pair.value.range;
    const src = range ? lines.span(base + range[0], base + range[1]) : undefined;
    const value = pair.value.value;
    if (key === 'format') {
      if (typeof value === 'string' || typeof value === 'number') reading.format = String(value);
      continue;
    }
    if (!(FRONT_MATTER_KEYS as readonly string[]).includes(key) && key !== 'title') continue;
    // YAML reads `publishedAt: 2025-03-28` as a string under the core schema; a number typed as a
    // year stays a number; anything else is kept as written so the schema can say what is wrong.
    reading.report.meta[key] = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    if (src) reading.sources.set(`/meta/${key}`, src);
  }
}

/**
 * Reads a report from an mdast tree (parsed with remark-gfm and remark-frontmatter) and the text it
 * came from. The lint plugin calls this on the tree remark already parsed; `fromMarkdown` parses
 * first.
 */
export function readTree(tree: Root, text: string, options: ReadOptions = {}): MarkdownReading {
  const lang = options.lang ?? 'zh-CN';
  const lines = new LineIndex(text);
  let layout = getFormat(options.format ?? '2021');
  const reading: MarkdownReading = {
    report: emptyReport(layout),
    sources: new Map(),
    findings: [],
    format: layout.format,
    recognized: false,
    absent: new Set(),
    lines,
  };

  const first = tree.children[0];
  if (first) frontMatter(first, lines, reading, lang);
  if (reading.format !== layout.format) {
    try {
      layout = getFormat(reading.format);
      reading.report = { ...emptyReport(layout), meta: reading.report.meta };
    } catch {
      reading.findings.push(
        finding({ rule: 'front-matter', message: 'field', values: { key: 'format', expected: `"${layout.format}"` }, path: '/format', source: reading.sources.get('/meta/format') }, lang),
      );
      reading.format = layout.format;
    }
  }
  reading.report.format = layout.format;

  // Sections: every H2 that names a section of the template delimits one; other headings belong
  // to the narrative they stand in.
  const found: Found[] = [];
  const end = text.length;
  let title: Heading | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 1 && !title) title = node;
    if (node.type !== 'heading' || node.depth > 2) {
      found[found.length - 1]?.nodes.push(node);
      continue;
    }
    const match = node.depth === 2 ? matchSection(toString(node), layout) : null;
    if (!match) {
      found[found.length - 1]?.nodes.push(node);
      continue;
    }
    const prev = found[found.length - 1];
    if (prev) prev.end = node.position!.start.offset!;
    found.push({ section: match.section, heading: node, start: node.position!.end.offset!, end, nodes: [] });
    const written = toString(node).trim();
    if (match.match.variant || match.misnumbered) {
      reading.findings.push(
        finding(
          {
            rule: 'label-variant',
            values: { actual: written, expected: match.canonical },
            path: `/${match.section.key}`,
            source: headingSpan(node, lines),
            actual: written,
            expected: match.canonical,
          },
          lang,
        ),
      );
    }
  }
  // A section ends at the next section's heading or at an H1 (a second report pasted below).
  for (const f of found) {
    const h1 = f.nodes.find((n) => n.type === 'heading' && n.depth === 1);
    if (h1) {
      f.end = h1.position!.start.offset!;
      f.nodes = f.nodes.slice(0, f.nodes.indexOf(h1));
    }
  }
  reading.recognized = found.length > 0;

  if (title) {
    const t = toString(title).trim();
    const src = headingSpan(title, lines);
    reading.report.meta.title = t;
    reading.sources.set('/meta/title', src);
    const m = TITLE.exec(t.replace(/\s+/g, ''));
    if (m) {
      if (reading.report.meta.agency === undefined && m[1]) {
        reading.report.meta.agency = m[1];
        reading.sources.set('/meta/agency', src);
      }
      if (reading.report.meta.year === undefined) {
        reading.report.meta.year = Number(m[2]);
        reading.sources.set('/meta/year', src);
      }
    }
  }

  // Order and duplicates.
  const firstOf = new Map<string, Found>();
  let furthest: Found | undefined;
  for (const f of found) {
    const idx = layout.sections.indexOf(f.section);
    const values = { no: f.section.no, heading: sectionHeading(f.section) };
    const src = headingSpan(f.heading, lines);
    if (firstOf.has(f.section.key)) {
      reading.findings.push(finding({ rule: 'section-order', message: 'duplicate', values: { ...values, prev: '' }, path: `/${f.section.key}`, source: src }, lang));
      continue;
    }
    firstOf.set(f.section.key, f);
    if (furthest && layout.sections.indexOf(furthest.section) > idx) {
      reading.findings.push(
        finding({ rule: 'section-order', values: { ...values, prev: furthest.section.no }, path: `/${f.section.key}`, source: src }, lang),
      );
    } else furthest = f;
  }

  // Content.
  const fallback = title ? headingSpan(title, lines) : lines.span(0, Math.min(end, text.indexOf('\n') >>> 0));
  let lastSeen: SourceLocation = fallback;
  for (const section of layout.sections) {
    const f = firstOf.get(section.key);
    const pointer = `/${section.key}`;
    if (!f) {
      const table = section.table ? layout.tables.find((t) => t.id === section.table) : undefined;
      const paths = table ? cellsOf(layout).filter((c) => c.table === table.id).map((c) => c.path) : [pointer];
      reading.findings.push(
        finding(
          { rule: 'section-missing', values: { no: section.no, heading: sectionHeading(section) }, path: paths[0], paths, source: lastSeen },
          lang,
        ),
      );
      for (const p of table ? paths : []) reading.absent.add(p);
      continue;
    }
    lastSeen = headingSpan(f.heading, lines);
    if (!section.table) {
      // The narrative is kept as written, Markdown and all, between the heading and the next section.
      const raw = text.slice(f.start, f.end);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      reading.report[section.key] = body;
      reading.sources.set(pointer, lines.span(f.start + lead, f.start + lead + body.length));
      continue;
    }
    const table = layout.tables.find((t) => t.id === section.table)!;
    reading.sources.set(pointer, lastSeen);
    const tables = f.nodes.filter((n): n is Table => n.type === 'table');
    const r = readSectionTables(tables, { layout, table, lines, lang, fallback: lastSeen });
    for (const [p, v] of r.values) assign(reading.report, p, v);
    for (const [p, s] of r.sources) reading.sources.set(p, s);
    for (const p of r.absent) reading.absent.add(p);
    reading.findings.push(...r.findings);
  }
  return reading;
}
