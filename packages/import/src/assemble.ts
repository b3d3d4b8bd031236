import {
  assembleReport,
  cellsOf,
  olderFormat,
  readFinding,
  type AssembledReport,
  type OlderFormat,
  detectFormat,
  formats,
  formatVotes,
  getFormat,
  headingVariant,
  labelKey,
  looksLikeTitle,
  matchSection,
  parseTitle,
  readPublishedTable,
  squeeze,
  streamRows,
  type Diagnostic,
  type FormatLayout,
  type FoundParts,
  type FoundTable,
  type GridCell,
  type Lang,
  type SectionLayout,
  type SectionMatch,
  type SourceLocation,
  type TableLayout,
} from '@nianbao/core';
import { MappedText } from './mapped-text.js';
import { agencyFromText, yearFromText } from './meta.js';
import type {
  DocLine,
  ImportOptions,
  ImportReading,
  Part,
  ReaderDoc,
  TableInput,
} from './model.js';

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
export function headingOf(
  line: DocLine,
  layout: FormatLayout = getFormat(NEWEST),
): HeadingMatch | null {
  const s = squeeze(line.text.text);
  if (s.length < 4 || s.length > 60) return null;
  const m: SectionMatch | null = matchSection(line.text.text, layout);
  if (m) {
    const exact = m.match.via === 'exact' || m.match.via === 'alias';
    const no = m.match.written.no;
    if (no === '' ? !exact : !SECTION_NUMBER.test(no) || (m.misnumbered && !exact)) return null;
    return {
      section: m.section,
      canonical: m.canonical,
      variant: m.match.variant || m.misnumbered,
    };
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
  const lastHeading = headings.reduce<Heading | undefined>(
    (a, h) => (!a || h.at > a.at ? h : a),
    undefined,
  );

  // The format, from the labels of every table section.
  const inputs = new Map<string, TableInput[]>();
  for (const h of headings)
    if (h.match.section.table) inputs.set(h.match.section.key, doc.grids(partsOf(h)));
  let layout: FormatLayout;
  if (options.format && Object.hasOwn(formats, options.format)) layout = getFormat(options.format);
  else {
    const all = [...inputs.values()].flat();
    const { texts, rows } = gridTexts(all);
    layout = getFormat(detectFormat(texts, formats, rows));
    // The format is where the first label only it has is written.
    const own = new Set(
      formatVotes(texts, formats, rows).find((v) => v.format === layout.format)?.labels ?? [],
    );
    const cell = all
      .flatMap((i) => ('cells' in i ? i.cells : i.rows.flat()))
      .find((c) => hasSource(c) && own.has(labelKey(c.text)));
    if (cell && hasSource(cell)) sources.set('/format', cell.source);
  }

  // Title, agency, year, publication date.
  const first = headings.length ? Math.min(...headings.map((h) => h.at)) : doc.parts.length;
  const before = doc.parts.slice(0, first).filter((p): p is DocLine => p.kind === 'line');
  const title =
    titleLines(before, layout) ??
    doc.titles.map((t) => t.trim()).find((t) => looksLikeTitle(t.text, layout));
  const meta: Record<string, unknown> = {};
  if (title) {
    meta.title = title.text;
    narratives.set('/meta/title', title);
    const src = doc.index.span(title.start, title.end);
    sources.set('/meta/title', src);
    const parts = parseTitle(title.text, layout);
    if (parts.agency) (meta.agency = parts.agency), sources.set('/meta/agency', src);
    if (parts.year) (meta.year = parts.year), sources.set('/meta/year', src);
  }
  if (doc.publishedAt) {
    meta.publishedAt = doc.publishedAt.date;
    sources.set('/meta/publishedAt', doc.publishedAt.source);
  }

  // Each section's heading, narrative or table.
  const headingSpan = (h: Heading) =>
    doc.index.span(h.line.text.trim().start, h.line.text.trim().end);
  const found: FoundParts = {
    meta,
    sources,
    headings: {},
    narratives: {},
    tables: {},
    start: sources.get('/meta/title'),
  };
  for (const h of headings) {
    const at = headingSpan(h);
    if (h.match.variant)
      findings.push(
        headingVariant(h.match.section, h.line.text.text.trim(), h.match.canonical, at, lang),
      );
    // Headings are matched on the newest format; the content is read on the document's own.
    const section = layout.sections.find((s) => s.key === h.match.section.key);
    if (!section) continue;
    found.headings[section.key] = at;
    if (!section.table) {
      const text = doc.narrative(partsOf(h).filter((p): p is DocLine => p.kind === 'line')).trim();
      narratives.set(`/${section.key}`, text);
      found.narratives![section.key] = {
        text: text.text,
        source: text.pieces.length ? doc.index.span(text.start, text.end) : at,
      };
    } else {
      found.tables![section.table] = readSection(
        layout,
        section.table,
        inputs.get(section.key) ?? [],
        h === lastHeading,
        lang,
      );
    }
  }
  const assembled = assembleReport(layout, found, { lang });
  const { report } = assembled;

  // Agency and year from the text when the title does not give them.
  const overview = narratives.get('/overview');
  if (overview) {
    // The statistics period says which year the figures are for; a title that disagrees with it is
    // the typo (year-mismatch then points at the title), not the period.
    const y = yearFromText(overview.text);
    if (
      y &&
      (report.meta.year === undefined || (y.from === 'period' && y.year !== report.meta.year))
    ) {
      report.meta.year = y.year;
      assembled.sources.set(
        '/meta/year',
        doc.index.span(overview.toDoc(y.at), overview.toDoc(y.at + 4)),
      );
    }
  }
  // The agency from the text: the overview's opening, else the lines before it (`特编制X局…报告`).
  for (const text of [overview, doc.narrative(before)]) {
    if (report.meta.agency !== undefined) break;
    if (!text) continue;
    const a = agencyFromText(text.text);
    if (a) {
      report.meta.agency = a.agency;
      assembled.sources.set(
        '/meta/agency',
        doc.index.span(text.toDoc(a.at), text.toDoc(a.at + a.agency.length)),
      );
    }
  }

  const older = olderFormat(doc.index.text);
  if (older) return olderReading(doc, assembled, older, narratives, lang);
  return {
    ...assembled,
    findings: [...findings, ...assembled.findings],
    format: layout.format,
    recognized: headings.length > 0,
    locate(path, start, end) {
      const m = narratives.get(path);
      if (!m || !m.pieces.length) return undefined;
      return doc.index.span(m.toDoc(start), m.toDoc(end));
    },
  };
}

/**
 * A report older than the 2019 format is said to be so once: its sections and tables are not
 * the template's, so none is reported missing and no cell is read or checked.
 */
function olderReading(
  doc: ReaderDoc,
  assembled: AssembledReport,
  older: OlderFormat,
  narratives: Map<string, MappedText>,
  lang: Lang,
): ImportReading {
  const source = doc.index.span(older.at, older.at + older.evidence.length);
  const finding = readFinding(
    { rule: 'format-older', values: { evidence: older.evidence }, path: '/format', source },
    lang,
  );
  const absent = new Set(assembled.absent);
  for (const c of cellsOf(getFormat(assembled.report.format))) absent.add(c.path);
  return {
    ...assembled,
    absent,
    findings: [finding],
    complete: false,
    format: assembled.report.format,
    recognized: true,
    locate(path, start, end) {
      const m = narratives.get(path);
      if (!m || !m.pieces.length) return undefined;
      return doc.index.span(m.toDoc(start), m.toDoc(end));
    },
  };
}

/** Longest agency line a title split over two lines may have (`临川区市场监督管理局`). */
const AGENCY_LINE = /^[\u3400-\u9fff（）()]{2,40}$/;

/**
 * The title among the lines before the first section: a line that reads as one, joined with the
 * line above when the title was set over two lines, the agency on the first
 * (`临川区市场监督管理局` / `2024 年政府信息公开工作年度报告`).
 */
function titleLines(lines: DocLine[], layout: FormatLayout): MappedText | undefined {
  const texts = lines.map((l) => l.text.trim());
  const at = texts.findIndex((t) => looksLikeTitle(t.text, layout));
  if (at < 0) return undefined;
  const title = texts[at];
  if (parseTitle(title.text, layout).agency) return title;
  let above = at - 1;
  while (above >= 0 && texts[above].text === '') above--;
  const prev = texts[above];
  if (!prev || !AGENCY_LINE.test(squeeze(prev.text))) return title;
  const both = MappedText.join([prev, title], '');
  return parseTitle(both.text, layout).agency ? both : title;
}

const hasSource = (c: GridCell): c is { text: string; source: SourceLocation } =>
  typeof c !== 'string' && c.source !== undefined;

/**
 * Reads one table section's grids. A section that is the document's last and stops short is cut
 * off, not incomplete: the document ended there.
 */
function readSection(
  layout: FormatLayout,
  tableId: TableLayout['id'],
  inputs: TableInput[],
  isLast: boolean,
  lang: Lang,
): FoundTable {
  const rows: GridCell[][] = inputs.flatMap((i) =>
    'cells' in i ? streamRows(layout, tableId, i.cells) : i.rows,
  );
  if (!rows.some((r) => r.some((c) => textOf(c).trim() !== ''))) return { cut: isLast };
  const reading = readPublishedTable(layout, tableId, rows, { lang, complete: true });
  return { reading, rows, cut: isLast && reading.truncated };
}
