import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/check/diagnostic.js';
import { cellsOf, format2021, type SectionKey, type TableLayout } from '../src/layout/index.js';
import { getAt } from '../src/pointer.js';
import {
  assembleReport,
  emptyReport,
  explainedByReader,
  LineIndex,
  matchSection,
  readTable,
  type FoundParts,
  type FoundTable,
  type GridCell,
} from '../src/read/index.js';
import { FIXTURES, fixture } from './helpers.js';

/**
 * `assembleReport` on a real report: the seed, tab-separated text, read the way a text reader
 * would (headings by matchSection, tables by the grid reader), then broken on purpose.
 */

const TEXT = readFileSync(join(FIXTURES, 'reports', 'seed-yuguan-2023.txt'), 'utf8');
const index = new LineIndex(TEXT);

interface Line {
  text: string;
  start: number;
}
const LINES: Line[] = [];
{
  let start = 0;
  for (const text of TEXT.split('\n')) {
    LINES.push({ text, start });
    start += text.length + 1;
  }
}

/** Tab-separated cells, each with its exact place in the text. */
const cellsOfLine = (l: Line): GridCell[] => {
  const out: GridCell[] = [];
  let at = 0;
  for (const text of l.text.split('\t')) {
    out.push({ text, source: index.span(l.start + at, l.start + at + text.length) });
    at += text.length + 1;
  }
  return out;
};

/** Headings: a line without tabs that names a section; the first of each counts. */
const headingLines = new Map<SectionKey, number>();
LINES.forEach((l, i) => {
  if (l.text.includes('\t') || !/^[一二三四五六]、/.test(l.text.trim())) return;
  const m = matchSection(l.text, format2021);
  if (m && !headingLines.has(m.section.key)) headingLines.set(m.section.key, i);
});
const order = [...headingLines.entries()].sort((a, b) => a[1] - b[1]);
const linesOf = (key: SectionKey) => {
  const at = headingLines.get(key)!;
  const next = order.find(([, i]) => i > at)?.[1] ?? LINES.length;
  return LINES.slice(at + 1, next);
};
const headingSource = (key: SectionKey) => {
  const l = LINES[headingLines.get(key)!];
  return index.span(l.start, l.start + l.text.trimEnd().length);
};
const rowsOf = (key: SectionKey) =>
  linesOf(key)
    .filter((l) => l.text.trim() !== '')
    .map(cellsOfLine);
const tableOf = (key: SectionKey, rows = rowsOf(key)): FoundTable => {
  const section = format2021.sections.find((s) => s.key === key)!;
  return { reading: readTable(format2021, section.table!, rows), rows };
};

/** Every part of the seed, found. */
function seedParts(): FoundParts {
  const parts: FoundParts = { meta: { title: 'seed' }, headings: {}, narratives: {}, tables: {} };
  for (const s of format2021.sections) {
    parts.headings[s.key] = headingSource(s.key);
    if (s.table) parts.tables![s.table] = tableOf(s.key);
    else {
      const ls = linesOf(s.key).filter((l) => l.text.trim());
      const a = ls[0].start;
      const last = ls[ls.length - 1];
      parts.narratives![s.key] = {
        text: TEXT.slice(a, last.start + last.text.length),
        source: index.span(a, last.start + last.text.length),
      };
    }
  }
  return parts;
}

const cellsOfTable = (id: TableLayout['id']) =>
  cellsOf(format2021)
    .filter((c) => c.table === id)
    .map((c) => c.path);
const ids = (ds: Diagnostic[]) => ds.map((d) => d.ruleId);
const seed = fixture('seed-yuguan-2023') as unknown as Record<string, unknown>;

describe('emptyReport', () => {
  it('has every cell null and every narrative empty, and a fresh copy each time', () => {
    const a = emptyReport(format2021);
    for (const c of cellsOf(format2021)) expect(getAt(a, c.path), c.path).toBeNull();
    expect(a).toMatchObject({
      format: '2021',
      meta: {},
      overview: '',
      problems: '',
      otherMatters: '',
    });
    (a.meta as Record<string, unknown>).year = 2023;
    expect(emptyReport(format2021).meta).toEqual({});
  });
});

describe('assembleReport on a whole report', () => {
  const r = assembleReport(format2021, seedParts());

  it('reads every cell the document has, with its place, and nothing else', () => {
    expect(r.findings).toEqual([]);
    expect(r.absent.size).toBe(0);
    expect(r.complete).toBe(true);
    for (const c of cellsOf(format2021)) {
      expect(getAt(r.report, c.path), c.path).toBe(getAt(seed, c.path));
      const s = r.sources.get(c.path)!;
      expect(TEXT.slice(s.offset, s.endOffset), c.path).toBe('0');
    }
  });

  it('keeps narratives, meta and section sources', () => {
    expect(r.report.meta).toEqual({ title: 'seed' });
    expect(String(r.report.problems)).toMatch(/^\S/);
    expect(r.sources.get('/problems')!.text).toBe(r.report.problems);
    expect(r.sources.get('/applications')).toEqual(headingSource('applications'));
  });
});

describe('assembleReport on a broken report', () => {
  it('a missing table section: its cells absent, one section-missing at the section before', () => {
    const parts = seedParts();
    delete parts.headings.applications;
    const r = assembleReport(format2021, parts);
    expect(ids(r.findings)).toEqual(['section-missing']);
    const d = r.findings[0];
    expect(d.paths).toEqual(cellsOfTable('table3'));
    expect(d.source).toEqual(headingSource('proactive'));
    expect(d.url).toMatch(/docs\/rules\.md#section-missing$/);
    expect(d.messages).toEqual({
      'zh-CN': '缺少第三部分`三、收到和处理政府信息公开申请情况`',
      en: 'Missing section 三 `三、收到和处理政府信息公开申请情况`',
    });
    expect([...r.absent].sort()).toEqual(cellsOfTable('table3').sort());
    for (const p of cellsOfTable('table3')) expect(getAt(r.report, p), p).toBeNull();
    expect(r.complete).toBe(false);
  });

  it('a missing narrative section: the finding names the section, no cell is absent', () => {
    const parts = seedParts();
    delete parts.headings.overview;
    const start = index.span(0, 5);
    const r = assembleReport(format2021, { ...parts, start }, { lang: 'en' });
    expect(r.findings.map((d) => [d.ruleId, d.path, d.message])).toEqual([
      ['section-missing', '/overview', 'Missing section 一 `一、总体情况`'],
    ]);
    expect(r.findings[0].source).toEqual(start);
    expect(r.report.overview).toBe('');
    expect(r.absent.size).toBe(0);
  });

  it('a heading without a table: table-missing at the heading', () => {
    const parts = seedParts();
    delete parts.tables!.table4;
    const r = assembleReport(format2021, parts);
    expect(ids(r.findings)).toEqual(['table-missing']);
    expect(r.findings[0]).toMatchObject({
      path: cellsOfTable('table4')[0],
      paths: cellsOfTable('table4'),
      source: headingSource('reviewLitigation'),
    });
    expect(r.absent.size).toBe(15);
  });

  it('a document cut inside table 三: table-incomplete, no row-missing, later sections not missing', () => {
    const parts = seedParts();
    const rows = rowsOf('applications').slice(0, 8);
    parts.tables!.table3 = { ...tableOf('applications', rows), cut: true };
    for (const k of ['reviewLitigation', 'problems', 'otherMatters'] as const)
      delete parts.headings[k];
    delete parts.tables!.table4;
    const r = assembleReport(format2021, parts, { lang: 'en' });
    expect(ids(r.findings)).toEqual(['table-incomplete']);
    const d = r.findings[0];
    const cells = cellsOfTable('table3');
    const read = cells.filter((p) => r.sources.has(p));
    expect(read.length).toBeGreaterThan(0);
    expect(d.paths).toEqual(cells.slice(read.length));
    expect(d.message).toMatch(
      /^Unexpected end of the document after .+, expected \d+ more cells from /,
    );
    expect(d.source).toEqual(r.sources.get(read[read.length - 1]));
    for (const p of d.paths) expect(r.absent.has(p), p).toBe(true);
    for (const p of read) expect(r.absent.has(p), p).toBe(false);
    expect(r.absent.size).toBe(d.paths.length + 15);
    expect(r.complete).toBe(false);
  });

  it('a document cut right after a heading: table-incomplete from the first cell', () => {
    const parts = seedParts();
    parts.tables!.table4 = { cut: true };
    for (const k of ['problems', 'otherMatters'] as const) delete parts.headings[k];
    const r = assembleReport(format2021, parts);
    expect(ids(r.findings)).toEqual(['table-incomplete']);
    expect(r.findings[0]).toMatchObject({
      path: cellsOfTable('table4')[0],
      source: headingSource('reviewLitigation'),
    });
    expect(r.findings[0].messages['zh-CN']).toMatch(/^文档在标题之后中断/);
  });

  it('a row short of cells reads them as blank at its label when the rows are given', () => {
    const rows = rowsOf('applications');
    const at = rows.findIndex((r) =>
      r.some((c) => typeof c !== 'string' && c.text.includes('予以公开')),
    );
    const label = rows[at].find((c) => typeof c !== 'string' && c.text.includes('予以公开'))!;
    // Keep the label and the first two numbers: text one cell a line drops blank cells so.
    const short = rows.map((r, i) => (i === at ? r.slice(0, r.indexOf(label) + 3) : r));
    const granted = cellsOfTable('table3').filter((p) =>
      p.startsWith('/applications/outcomes/granted/'),
    );
    const parts = seedParts();
    parts.tables!.table3 = tableOf('applications', short);
    const r = assembleReport(format2021, parts);
    expect(granted.map((p) => getAt(r.report, p))).toEqual([
      0,
      0,
      ...granted.slice(2).map(() => null),
    ]);
    expect(granted.length).toBeGreaterThan(3);
    // The row's first written cell: here the merged group label it repeats.
    const first = short[at].find((c) => typeof c !== 'string' && c.text.trim() !== '') as {
      source: object;
    };
    expect(r.sources.get(granted[2])).toEqual({ ...first.source, text: '' });
    expect(r.absent.has(granted[2])).toBe(false);

    parts.tables!.table3 = { ...tableOf('applications', short), rows: undefined };
    const without = assembleReport(format2021, parts);
    expect(getAt(without.report, granted[2])).toBeNull();
    expect(without.sources.has(granted[2])).toBe(false);
  });

  it('places a grid finding without a source at the fallback, with its docs url', () => {
    const rows = rowsOf('applications').map((r) =>
      r.map((c) => (typeof c === 'string' ? c : c.text)),
    );
    const withoutRow = rows.filter(
      (r) => !r.some((c) => c.includes('不予公开')) || r.some((c) => c.includes('本年度办理结果')),
    );
    const fallback = index.span(0, 3);
    const parts = seedParts();
    parts.tables!.table3 = { reading: readTable(format2021, 'table3', withoutRow), fallback };
    const r = assembleReport(format2021, parts);
    const missing = r.findings.filter((d) => d.ruleId === 'row-missing');
    expect(missing.length).toBeGreaterThan(0);
    for (const d of missing) {
      expect(d.source).toEqual(fallback);
      expect(d.url).toMatch(/docs\/rules\.md#row-missing$/);
      for (const p of d.paths) expect(r.absent.has(p)).toBe(true);
    }
  });

  it("says the reader's own table findings first and counts their cells absent", () => {
    const parts = seedParts();
    const own: Diagnostic = {
      ruleId: 'row-missing',
      severity: 'error',
      message: 'x',
      messages: { 'zh-CN': 'x', en: 'x' },
      path: '/x',
      paths: ['/x'],
    };
    parts.tables!.table2 = {
      ...parts.tables!.table2,
      findings: [own],
      absent: ['/proactive/regulations/issued'],
    };
    const r = assembleReport(format2021, parts);
    expect(r.findings).toEqual([own]);
    expect([...r.absent]).toEqual(['/proactive/regulations/issued']);
    expect(r.complete).toBe(false);
  });
});

describe('explainedByReader', () => {
  const d = (ruleId: string, path: string, paths: string[], expected?: number): Diagnostic => ({
    ruleId,
    severity: 'error',
    message: '',
    messages: { 'zh-CN': '', en: '' },
    path,
    paths,
    ...(expected === undefined ? {} : { expected }),
  });
  const absent = new Set(['/a/x']);

  it('drops a finding on an absent cell, and a sum left unchecked by one', () => {
    expect(explainedByReader(d('cell-blank', '/a/x', ['/a/x']), absent)).toBe(true);
    expect(explainedByReader(d('row-total', '/a/total', ['/a/total', '/a/x']), absent)).toBe(true);
  });

  it('keeps a sum that could be checked, and findings on cells the document has', () => {
    expect(explainedByReader(d('row-total', '/a/total', ['/a/total', '/a/x'], 3), absent)).toBe(
      false,
    );
    expect(explainedByReader(d('cell-blank', '/a/y', ['/a/y']), absent)).toBe(false);
    expect(explainedByReader(d('cell-blank', '/a/y', ['/a/y', '/a/x']), absent)).toBe(false);
  });
});
