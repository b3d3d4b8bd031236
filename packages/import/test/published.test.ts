import { readFileSync } from 'node:fs';
import { getFormat } from '@nianbao/core';
import { describe, expect, it } from 'vitest';
import { checkReading, DocumentError, fromDocx, fromPdf } from '../src/index.js';
import { fillTemplate } from './fill-docx.js';

/**
 * Reports as agencies attach them: PDFs printed by Chromium from a Word-like layout (two page
 * layouts, table 三 breaking across pages, its header repeated or not, labels wrapped with the
 * numbers on the middle line, group labels down merged cells, `- 3 -` page numbers), and the
 * official Word template filled in (scripts/make-fixtures.ts makes them all).
 */

const bytes = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures-published/${name}`, import.meta.url)));
const expected = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures-pdf/${name}.json`, import.meta.url), 'utf8'));
const REPORTS = ['county-natural-resources-2023', 'district-market-regulation-2022'];
const TABLES = ['proactive', 'applications', 'reviewLitigation'] as const;

/** A valid PDF of `n` empty A4 pages, written object by object with a correct cross-reference table. */
function blankPages(n: number): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Count ${n} /Kids [${Array.from({ length: n }, (_, i) => `${i + 3} 0 R`).join(' ')}] >>`,
    ...Array.from({ length: n }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'),
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

describe('PDF', () => {
  for (const name of REPORTS)
    for (const layout of ['portrait', 'landscape'])
      it(`reads every cell of ${name} (${layout}) with no finding`, async () => {
        const r = await fromPdf(bytes(`${name}.${layout}.pdf`));
        const want = expected(name);
        for (const t of TABLES) expect(r.report[t as keyof typeof r.report]).toEqual(want[t]);
        expect(r.report.meta.title).toBe(want.meta.title);
        expect(r.report.problems).toBe(want.problems);
        expect(checkReading(r)).toEqual([]);
      }, 60_000);

  it('places a cell on its page and printed line', async () => {
    const r = await fromPdf(bytes('county-natural-resources-2023.portrait.pdf'));
    const s = r.sources.get('/applications/outcomes/total/total');
    expect(s?.page).toBeGreaterThan(1);
    expect(s?.text).toBe(
      String(expected('county-natural-resources-2023').applications.outcomes.total.total),
    );
    expect(s?.cell?.table).toBe(2);
  }, 60_000);

  const refusal = async (p: Promise<unknown>) => {
    const e = await p.then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(DocumentError);
    return e as DocumentError;
  };

  it('says so when the fonts have no Unicode map, and reads nothing', async () => {
    const e = await refusal(fromPdf(bytes('garbled-fonts.pdf')));
    expect(e.id).toBe('pdf-garbled');
    expect(e.text('zh-CN')).toContain('乱码');
    expect(e.text('en')).toContain('Unicode');
  }, 60_000);

  it('says so when a scan has no text layer', async () => {
    expect((await refusal(fromPdf(bytes('scanned.pdf')))).id).toBe('pdf-scanned');
  }, 60_000);

  it('refuses too many pages before reading any, and too many bytes before parsing', async () => {
    const e = await refusal(
      fromPdf(bytes('county-natural-resources-2023.portrait.pdf'), { maxPages: 3 }),
    );
    expect(e.id).toBe('too-many-pages');
    expect(e.text('zh-CN')).toContain('5 页');
    expect((await refusal(fromPdf(bytes('scanned.pdf'), { maxBytes: 1000 }))).id).toBe('too-large');
  }, 60_000);

  it('refuses a 500-page PDF from its page tree, before parsing a page', async () => {
    const e = await refusal(fromPdf(blankPages(500)));
    expect(e.id).toBe('too-many-pages');
    expect(e.values.pages).toBe(500);
  }, 60_000);

  it('refuses bytes that are not a PDF with a message, not a crash', async () => {
    const broken = bytes('scanned.pdf').slice(0, 400);
    expect((await refusal(fromPdf(broken))).id).toBe('pdf-invalid');
  }, 60_000);
});

describe('Word', () => {
  for (const name of REPORTS)
    it(`reads every cell of ${name}.docx, merged cells as Word wrote them`, () => {
      const r = fromDocx(bytes(`${name}.docx`));
      const want = expected(name);
      for (const t of TABLES) expect(r.report[t as keyof typeof r.report]).toEqual(want[t]);
      expect(r.report.meta.title).toBe(want.meta.title);
      expect(checkReading(r)).toEqual([]);
    });

  it('points a blank cell at its table, row and column', () => {
    const report = expected(REPORTS[0]);
    report.applications.outcomes.granted.commercial = null;
    const r = fromDocx(
      fillTemplate(bytes('official-2021-template.docx'), getFormat('2021'), report),
    );
    const blank = checkReading(r).find((d) => d.ruleId === 'cell-blank');
    expect(blank?.path).toBe('/applications/outcomes/granted/commercial');
    // 表三 is the template's second table; row 6 (three header rows, 一, 二, （一）), column 5.
    expect(blank?.source?.cell).toEqual({ table: 2, row: 6, column: 5 });
  });

  it('tells an old binary .doc to be saved as .docx', () => {
    expect(() => fromDocx(bytes('old-word.doc'))).toThrow(DocumentError);
    try {
      fromDocx(bytes('old-word.doc'));
    } catch (e) {
      expect((e as DocumentError).id).toBe('doc-binary');
      expect((e as DocumentError).text('zh-CN')).toContain('.docx');
    }
  });

  it('refuses a document.xml larger than the limit before inflating it', () => {
    expect(() => fromDocx(bytes(`${REPORTS[0]}.docx`), { maxXmlBytes: 1000 })).toThrow(/too-large/);
  });
});
