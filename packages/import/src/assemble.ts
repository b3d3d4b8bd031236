import {
  cellsOf,
  describeCell,
  formats,
  getFormat,
  setAt,
  type CellInfo,
  type Diagnostic,
  type FormatLayout,
  type Lang,
  type SectionLayout,
  type SourceLocation,
} from '@nianbao/core';
import { labelKey, matchSection, readTable, squeeze, streamRows, type GridCell, type SectionMatch, type TableReading } from '@nianbao/core';
import { detectFormat, formatVotes } from './detect-format.js';
import { finding } from './findings.js';
import { MappedText } from './lines.js';
import { agencyFromText, looksLikeTitle, parseTitle, yearFromText } from './meta.js';
import type { DocLine, ImportOptions, ImportReading, Part, ReaderDoc, TableInput } from './model.js';

/**
 * Turns a reader's lines and tables into a report: sections found by their headings, the format
 * detected from the labels, each table read by core's grid reader, the narratives kept as text.
 * A document that ends inside a table gives what was read and a `table-incomplete` finding; no
 * cell is ever filled in that the document does not have.
 */

/** Sections are the same in every format; headings are matched against the newest. */
const NEWEST = Object.keys(formats).sort().at(-1)!;

/** A heading numbered like a section (`二、`), not like a sub-item (`（二）`, `2.`). */
const SECTION_NUMBER = /^[一二三四五六七八九十]+[、.]$/;

interface Heading {
  at: number;
  line: DocLine;
  match: HeadingMatch;
}

/** A heading found: the section, and whether its wording or number differs from the template. */
export interface HeadingMatch {
  section: SectionLayout;
  canonical: string;
  variant: boolean;
}

/** Characters of the template's wording a reworded heading must keep from its start (`五、存在的主要问题及整改措施`). */
const KEPT_PREFIX = 5;

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** The section a line is the heading of, if it is one. */
export function headingOf(line: DocLine, layout: FormatLayout = getFormat(NEWEST)): HeadingMatch | null {
  const s = squeeze(line.text.text);
  if (s.length < 4 || s.length > 60) return null;
  const m: SectionMatch | null = matchSection(line.text.text, layout);
  if (m) {
    const exact = m.match.via === 'exact' || m.match.via === 'alias';
    const no = m.match.written.no;
    if (no === '' ? !exact : !SECTION_NUMBER.test(no) || (m.misnumbered && !exact)) return null;
    return { section: m.section, canonical: m.canonical, variant: m.match.variant || m.misnumbered };
  }
  // Reworded past what the matcher accepts, but numbered as the section and opening with its words.
  const n = /^([一二三四五六七八九十]+)[、.]/.exec(s);
  const section = n && layout.sections.find((x) => x.no === n[1]);
  if (!section) return null;
  const written = labelKey(s);
  const keys = [section.heading.zh, ...(section.heading.aliases ?? [])].map(labelKey);
  const best = Math.max(...keys.map((k) => commonPrefix(written, k)));
  if (best < KEPT_PREFIX || best * 2 < Math.min(...keys.map((k) => k.length))) return null;
  return { section, canonical: `${section.no}、${section.heading.zh}`, variant: true };
}

function emptyReport(layout: FormatLayout): ImportReading['report'] {
  const report: ImportReading['report'] = { format: layout.format, meta: {} };
  for (const s of layout.sections) if (!s.table) report[s.key] = '';
  for (const c of cellsOf(layout)) setAt(report, c.path, null);
  return report;
}

const textOf = (c: GridCell) => (typeof c === 'string' ? c : c.text);

function gridTexts(inputs: TableInput[]): { texts: string[]; rows: string[] } {
  const texts: string[] = [];
  const rows: string[] = [];
  for (const input of inputs) {
    if ('cells' in input) for (const c of input.cells) texts.push(textOf(c));
    else
      for (const r of input.rows) {
        for (const c of r) texts.push(textOf(c));
        rows.push(r.map(textOf).join('\t'));
      }
  }
  return { texts, rows };
}

export function assemble(doc: ReaderDoc, options: ImportOptions = {}): ImportReading {
  const lang: Lang = options.lang ?? 'zh-CN';
  const sectionsLayout = getFormat(NEWEST);
  const findings: Diagnostic[] = [];
  const sources = new Map<string, SourceLocation>();
  const absent = new Set<string>();
  const narratives = new Map<string, MappedText>();

  // Headings, in document order; a section's first heading counts (a table's caption repeating
  // the heading, or a second report pasted below, does not restart it).
  const headings: Heading[] = [];
  const seen = new Set<string>();
  doc.parts.forEach((part, at) => {
    if (part.kind !== 'line') return;
    const m = headingOf(part, sectionsLayout);
    if (!m || seen.has(m.section.key)) return;
    seen.add(m.section.key);
    headings.push({ at, line: part, match: m });
  });
  const partsOf = (h: Heading) => {
    const next = headings.find((x) => x.at > h.at);
    return doc.parts.slice(h.at + 1, next ? next.at : doc.parts.length);
  };
  const bySection = new Map<string, Heading>(headings.map((h) => [h.match.section.key, h]));
  const lastHeading = headings.reduce<Heading | undefined>((a, h) => (!a || h.at > a.at ? h : a), undefined);

  // The format, from the labels of every table section.
  const inputs = new Map<string, TableInput[]>();
  for (const h of headings) if (h.match.section.table) inputs.set(h.match.section.key, doc.grids(partsOf(h)));
  let layout: FormatLayout;
  let formatSource: SourceLocation | undefined;
  if (options.format && Object.hasOwn(formats, options.format)) layout = getFormat(options.format);
  else {
    const all = [...inputs.values()].flat();
    const { texts, rows } = gridTexts(all);
    layout = getFormat(detectFormat(texts, formats, rows));
    // The format is where the first label only it has is written.
    const own = new Set(formatVotes(texts, formats, rows).find((v) => v.format === layout.format)?.labels ?? []);
    const cell = all.flatMap((i) => ('cells' in i ? i.cells : i.rows.flat())).find((c) => hasSource(c) && own.has(labelKey(c.text)));
    if (cell && hasSource(cell)) formatSource = cell.source;
  }
  const report = emptyReport(layout);
  if (formatSource) sources.set('/format', formatSource);

  // Title, agency, year, publication date.
  const first = headings.length ? Math.min(...headings.map((h) => h.at)) : doc.parts.length;
  const before = doc.parts.slice(0, first).filter((p): p is DocLine => p.kind === 'line');
  const title = before.map((l) => l.text.trim()).find((t) => looksLikeTitle(t.text)) ?? doc.titles.map((t) => t.trim()).find((t) => looksLikeTitle(t.text));
  const meta = report.meta;
  if (title) {
    meta.title = title.text;
    narratives.set('/meta/title', title);
    const src = doc.index.span(title.start, title.end);
    sources.set('/meta/title', src);
    const parts = parseTitle(title.text);
    if (parts.agency) (meta.agency = parts.agency), sources.set('/meta/agency', src);
    if (parts.year) (meta.year = parts.year), sources.set('/meta/year', src);
  }
  if (doc.publishedAt) {
    meta.publishedAt = doc.publishedAt.date;
    sources.set('/meta/publishedAt', doc.publishedAt.source);
  }

  // Sections in template order.
  let cutAt = Infinity;
  let lastSeen: SourceLocation | undefined = title ? sources.get('/meta/title') : undefined;
  const headingSpan = (h: Heading) => doc.index.span(h.line.text.trim().start, h.line.text.trim().end);
  for (const h of headings) {
    if (!h.match.variant) continue;
    const written = h.line.text.text.trim();
    findings.push(
      finding(
        { rule: 'label-variant', values: { actual: written, expected: h.match.canonical }, path: `/${h.match.section.key}`, source: headingSpan(h), actual: written, expected: h.match.canonical },
        lang,
      ),
    );
  }
  const sectionCells = (s: SectionLayout) => (s.table ? cellsOf(layout).filter((c) => c.table === s.table) : []);
  layout.sections.forEach((section, idx) => {
    const h = bySection.get(section.key);
    const pointer = `/${section.key}`;
    if (!h) {
      const cells = sectionCells(section);
      for (const c of cells) absent.add(c.path);
      if (idx > cutAt) return;
      const paths = cells.length ? cells.map((c) => c.path) : [pointer];
      findings.push(finding({ rule: 'section-missing', values: { no: section.no, heading: `${section.no}、${section.heading.zh}` }, path: paths[0], paths, source: lastSeen }, lang));
      return;
    }
    lastSeen = headingSpan(h);
    if (!section.table) {
      const text = doc.narrative(partsOf(h).filter((p): p is DocLine => p.kind === 'line')).trim();
      report[section.key] = text.text;
      narratives.set(pointer, text);
      sources.set(pointer, text.pieces.length ? doc.index.span(text.start, text.end) : lastSeen);
      return;
    }
    sources.set(pointer, lastSeen);
    const isLast = h === lastHeading;
    const result = readSection(layout, section, inputs.get(section.key) ?? [], { lang, isLast, heading: lastSeen });
    for (const [p, v] of result.values) setAt(report, p, v);
    for (const [p, s] of result.sources) sources.set(p, s);
    for (const p of result.absent) absent.add(p);
    findings.push(...result.findings);
    if (result.cut) cutAt = idx;
  });

  // Agency and year from the text when the title does not give them.
  const overview = narratives.get('/overview');
  if (overview) {
    if (meta.year === undefined) {
      const y = yearFromText(overview.text);
      if (y) (meta.year = y.year), sources.set('/meta/year', doc.index.span(overview.toDoc(y.at), overview.toDoc(y.at + 4)));
    }
    if (meta.agency === undefined) {
      const a = agencyFromText(overview.text);
      if (a) (meta.agency = a.agency), sources.set('/meta/agency', doc.index.span(overview.toDoc(a.at), overview.toDoc(a.at + a.agency.length)));
    }
  }

  const read = new Set(sources.keys());
  const complete = cutAt === Infinity && cellsOf(layout).every((c) => read.has(c.path) && !absent.has(c.path));
  return {
    report,
    format: layout.format,
    sources,
    findings,
    complete,
    recognized: headings.length > 0,
    absent,
    locate(path, start, end) {
      const m = narratives.get(path);
      if (!m || !m.pieces.length) return undefined;
      return doc.index.span(m.toDoc(start), m.toDoc(end));
    },
  };
}

interface SectionResult {
  values: Map<string, unknown>;
  sources: Map<string, SourceLocation>;
  findings: Diagnostic[];
  absent: Set<string>;
  /** The document ends inside this table. */
  cut: boolean;
}

const hasSource = (c: GridCell): c is { text: string; source: SourceLocation } => typeof c !== 'string' && c.source !== undefined;

/** Reads one table section's grids; a section that is the document's last and stops short is cut off, not incomplete. */
function readSection(
  layout: FormatLayout,
  section: SectionLayout,
  inputs: TableInput[],
  ctx: { lang: Lang; isLast: boolean; heading: SourceLocation },
): SectionResult {
  const out: SectionResult = { values: new Map(), sources: new Map(), findings: [], absent: new Set(), cut: false };
  const tableId = section.table!;
  const table = layout.tables.find((t) => t.id === tableId)!;
  const cells = cellsOf(layout).filter((c) => c.table === tableId);
  const rows: GridCell[][] = inputs.flatMap((i) => ('cells' in i ? streamRows(layout, tableId, i.cells) : i.rows));
  const hasContent = rows.some((r) => r.some((c) => textOf(c).trim() !== ''));
  if (!hasContent) {
    for (const c of cells) out.absent.add(c.path);
    if (ctx.isLast) {
      out.cut = true;
      out.findings.push(incomplete(table.section, cells, -1, ctx.heading, ctx.lang));
    } else {
      out.findings.push(
        finding({ rule: 'table-missing', values: { no: section.no, table: table.title.zh }, path: cells[0].path, paths: cells.map((c) => c.path), source: ctx.heading }, ctx.lang),
      );
    }
    return out;
  }
  const reading: TableReading = readTable(layout, tableId, rows, { lang: ctx.lang, complete: true });
  const order = new Map(cells.map((c, i) => [c.path, i]));
  const cut = ctx.isLast && reading.truncated;
  // How far the document reached: every cell read, and every cell of a row found before the
  // last one (one-cell-per-line text drops blank cells, so such a row may show none).
  let lastRead = Math.max(-1, ...[...reading.values.keys()].map((p) => order.get(p) ?? -1));
  for (const row of reading.rowsFound.slice(0, -1)) {
    for (const c of cells) if (c.path.startsWith(row.path + '/')) lastRead = Math.max(lastRead, order.get(c.path) ?? -1);
  }

  for (const [p, v] of reading.values) out.values.set(p, v);
  for (const [p, s] of reading.sources) if (s.offset !== undefined) out.sources.set(p, s);

  // Cells of a row that was found but gave fewer cells than the template has: blank in the
  // document (one-cell-per-line text drops empty cells), unless the document ends there.
  for (const row of reading.rowsFound) {
    const label = rows[row.gridRow]?.find((c) => hasSource(c) && c.text.trim() !== '');
    for (const c of cells) {
      if (!c.path.startsWith(row.path + '/') || reading.values.has(c.path)) continue;
      if (cut && (order.get(c.path) ?? 0) > lastRead) continue;
      out.values.set(c.path, null);
      if (label && hasSource(label)) out.sources.set(c.path, { ...label.source, text: '' });
    }
  }
  for (const rowPath of reading.rowsMissing) {
    for (const c of cells) if (c.path.startsWith(rowPath + '/')) out.absent.add(c.path);
  }
  const lastSource = cells[lastRead] ? out.sources.get(cells[lastRead].path) : undefined;
  for (const d of reading.findings) {
    // Rows after the cut were not reached, not left out; a label cut in the middle of a word is
    // not an altered label, nor is what is left of it an unknown row.
    if (cut && (d.ruleId === 'row-missing' || d.ruleId === 'label-variant') && (order.get(d.path) ?? 0) > lastRead) continue;
    if (cut && d.ruleId === 'row-unknown' && d.source?.offset !== undefined && lastSource?.offset !== undefined && d.source.offset > lastSource.offset) continue;
    out.findings.push(d.source ? d : { ...d, source: out.sources.get(d.path) ?? ctx.heading });
  }
  if (cut) {
    out.cut = true;
    for (const c of cells) if ((order.get(c.path) ?? 0) > lastRead) out.absent.add(c.path);
    const lastPath = cells[lastRead]?.path;
    out.findings.push(incomplete(table.section, cells, lastRead, (lastPath && out.sources.get(lastPath)) || ctx.heading, ctx.lang));
  }
  return out;
}

function incomplete(no: string, cells: readonly CellInfo[], lastRead: number, source: SourceLocation, lang: Lang): Diagnostic {
  const rest = cells.slice(lastRead + 1);
  const name = (c: CellInfo | undefined, l: Lang) => (c ? describeCell(c, l) : l === 'en' ? 'its heading' : '标题');
  const values = (l: Lang) => ({ no, last: name(cells[lastRead], l), first: name(rest[0], l), count: String(rest.length) });
  return finding(
    {
      rule: 'table-incomplete',
      values: { 'zh-CN': values('zh-CN'), en: values('en') },
      path: rest[0]?.path ?? cells[cells.length - 1].path,
      paths: rest.map((c) => c.path),
      source,
    },
    lang,
  );
}
