import type { Heading, Paragraph, Root, RootContent, Table } from 'mdast';
import type { Nodes as Node } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import { parseDocument, isMap, isScalar } from 'yaml';
import {
  assembleReport,
  formats,
  getFormat,
  headingVariant,
  isSubTableHeading,
  LineIndex,
  matchSection,
  parseTitle,
  sectionOrder,
  type AssembledReport,
  type Diagnostic,
  type FoundParts,
  type Lang,
  type LimitProblem,
  type SectionLayout,
  type SourceLocation,
} from '@nianbao/core';
import { FRONT_MATTER_KEYS } from '../write/index.js';
import { type Offsets, placer } from './place.js';
import { frontMatterFinding } from './rules.js';
import { refusedReading, treeLimit } from './limit.js';
import { readSectionTables } from './tables.js';

export interface ReadOptions {
  /** Language of `message` in findings (both languages are always in `messages`). Default zh-CN. */
  lang?: Lang;
  /** Format to read when the front matter does not name one. Default 2021. */
  format?: string;
}

/** A report read from Markdown: core's assembled report (report, sources, absent, findings, complete) and what only a reader knows. */
export interface MarkdownReading extends AssembledReport {
  /**
   * Where each value was read from, by JSON Pointer: every table cell (the exact value span, end
   * exclusive, with offsets; an empty cell has a zero-width span where a value goes), the meta
   * fields and the narrative sections.
   */
  sources: Map<string, SourceLocation>;
  /** What the reader found wrong with the document's structure (front matter, sections, tables, rows, labels). */
  findings: Diagnostic[];
  format: string;
  /** At least one section heading of the template was found: the document is meant as a report. */
  recognized: boolean;
  /** Offsets of the text to line and column, for placing anything else in the document. */
  lines: LineIndex;
  /** Set when the document was refused before parsing (too large, too deeply nested): nothing was read. */
  limit?: LimitProblem;
}

type Place = (node: Node) => Offsets;

interface Found {
  section: SectionLayout;
  heading: Heading;
  /** The heading's text. */
  source: SourceLocation;
  /** Offset where the section's content starts (after the heading) and ends (before the next section). */
  start: number;
  end: number;
  nodes: RootContent[];
}

/** Heading text span, without the `##` marker. */
function headingSpan(h: Heading, lines: LineIndex, at: Place): SourceLocation {
  const first = h.children[0]?.position;
  const last = h.children[h.children.length - 1]?.position;
  if (first?.start.offset !== undefined && last?.end.offset !== undefined)
    return lines.span(first.start.offset, last.end.offset);
  return lines.span(at(h).start, at(h).end);
}

/** What the front matter says: meta fields, where each is written, the format it names. */
interface FrontMatter {
  meta: Record<string, unknown>;
  sources: Map<string, SourceLocation>;
  findings: Diagnostic[];
  format?: string;
}

function frontMatter(
  node: RootContent,
  lines: LineIndex,
  reading: FrontMatter,
  lang: Lang,
  at: Place,
): void {
  if (node.type !== 'yaml') return;
  const start = at(node).start;
  // The YAML text starts after the opening fence line.
  const base = lines.text.indexOf('\n', start) + 1;
  const doc = parseDocument(node.value, { prettyErrors: false });
  if (doc.errors.length || (doc.contents !== null && !isMap(doc.contents))) {
    const err = doc.errors[0];
    const from = err ? base + err.pos[0] : start;
    reading.findings.push(
      frontMatterFinding(
        {
          values: {
            reason: err
              ? err.message.split('\n')[0]
              : lang === 'en'
                ? 'not a mapping'
                : '不是键值对',
          },
          path: '/meta',
          source: lines.span(from, err ? base + err.pos[1] : at(node).end),
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
      // The report's `format`, placed on its value so that an unknown one is flagged where it is written.
      if (src) reading.sources.set('/format', src);
      if (value !== null && value !== undefined && value !== '') reading.format = String(value);
      continue;
    }
    if (!(FRONT_MATTER_KEYS as readonly string[]).includes(key) && key !== 'title') continue;
    // YAML reads `publishedAt: 2025-03-28` as a string under the core schema; a number typed as a
    // year stays a number; anything else is kept as written so the schema can say what is wrong.
    reading.meta[key] = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    if (src) reading.sources.set(`/meta/${key}`, src);
  }
}

/**
 * Reads a report from an mdast tree (parsed with remark-gfm and remark-frontmatter) and the text it
 * came from. The lint plugin calls this on the tree remark already parsed; `fromMarkdown` parses
 * first.
 */
export function readTree(tree: Root, text: string, options: ReadOptions = {}): MarkdownReading {
  const limit = treeLimit(tree);
  if (limit) return refusedReading(limit, text, options);
  const lang = options.lang ?? 'zh-CN';
  const lines = new LineIndex(text);
  const at = placer(tree, text.length);
  let layout = getFormat(options.format ?? '2021');
  const front: FrontMatter = { meta: {}, sources: new Map(), findings: [] };
  const first = tree.children[0];
  if (first) frontMatter(first, lines, front, lang, at);
  if (front.format !== undefined && front.format !== layout.format) {
    try {
      layout = getFormat(front.format);
    } catch {
      front.findings.push(
        frontMatterFinding(
          {
            message: 'format',
            values: { actual: front.format, accepted: Object.keys(formats) },
            path: '/format',
            source: front.sources.get('/format'),
          },
          lang,
        ),
      );
    }
  }
  const { meta, sources } = front;
  const findings = front.findings;

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
    const match = node.depth === 2 ? matchSection(textOf(node), layout) : null;
    if (!match) {
      found[found.length - 1]?.nodes.push(node);
      continue;
    }
    const prev = found[found.length - 1];
    if (prev) prev.end = at(node).start;
    const source = headingSpan(node, lines, at);
    found.push({
      section: match.section,
      heading: node,
      source,
      start: at(node).end,
      end,
      nodes: [],
    });
    if (match.match.variant || match.misnumbered)
      findings.push(
        headingVariant(match.section, textOf(node).trim(), match.canonical, source, lang),
      );
  }
  // A section ends at the next section's heading or at an H1 (a second report pasted below).
  for (const f of found) {
    const h1 = f.nodes.find((n) => n.type === 'heading' && n.depth === 1);
    if (h1) {
      f.end = at(h1).start;
      f.nodes = f.nodes.slice(0, f.nodes.indexOf(h1));
    }
  }

  if (title) {
    const t = textOf(title).trim();
    const src = headingSpan(title, lines, at);
    meta.title = t;
    sources.set('/meta/title', src);
    const parts = parseTitle(t, layout);
    if (meta.agency === undefined && parts.agency) {
      meta.agency = parts.agency;
      sources.set('/meta/agency', src);
    }
    if (meta.year === undefined && parts.year) {
      meta.year = parts.year;
      sources.set('/meta/year', src);
    }
  }

  const order = sectionOrder(layout, found, lang);
  findings.push(...order.findings);

  // Content: narratives kept as written, Markdown and all, between the heading and the next
  // section; tables read by the grid reader.
  const parts: FoundParts = {
    meta,
    sources,
    headings: {},
    narratives: {},
    tables: {},
    start: title
      ? headingSpan(title, lines, at)
      : lines.span(0, Math.min(end, text.indexOf('\n') >>> 0)),
  };
  for (const f of order.first.values()) {
    const section = f.section;
    parts.headings[section.key] = f.source;
    if (!section.table) {
      const raw = text.slice(f.start, f.end);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      parts.narratives![section.key] = {
        text: body,
        source: lines.span(f.start + lead, f.start + lead + body.length),
      };
      continue;
    }
    const table = layout.tables.find((t) => t.id === section.table)!;
    // A table published as sub-tables keeps the heading of each (行政复议, 复议后起诉…) before it.
    const tables = f.nodes.filter(
      (n): n is Table | Heading | Paragraph =>
        n.type === 'table' ||
        ((n.type === 'heading' || n.type === 'paragraph') &&
          isSubTableHeading(layout, table.id, textOf(n))),
    );
    parts.tables![table.id] = readSectionTables(tables, {
      layout,
      table,
      lines,
      lang,
      fallback: f.source,
      at,
    });
  }
  const assembled = assembleReport(layout, parts, { lang });
  return {
    ...assembled,
    findings: [...findings, ...assembled.findings],
    format: layout.format,
    recognized: found.length > 0,
    lines,
  };
}
