import { axisLeaves, getAt, type FormatLayout } from '@nianbao/core';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Fills the official blank template (政府信息公开工作年度报告格式模板, as Word saved it) with a
 * report: the title, each narrative in place of `（文字描述）`, and each number in its empty cell.
 * Only text is added; the tables' rows, `gridSpan`s and `vMerge`s stay exactly as Word wrote them.
 */

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const isBlank = (tc: string) =>
  !/<w:vMerge\/>|<w:vMerge w:val="continue"\/>/.test(tc) &&
  textOf(tc).replace(/[\s　]/g, '') === '';

function setText(tc: string, value: string): string {
  let first = true;
  const out = tc.replace(/(<w:t(?:\s[^>]*)?>)[^<]*(<\/w:t>)/g, (_m, a: string, b: string) => {
    const v = first ? esc(value) : '';
    first = false;
    return `${a}${v}${b}`;
  });
  return first ? out.replace('</w:p>', `<w:r><w:t>${esc(value)}</w:t></w:r></w:p>`) : out;
}

function paragraph(text: string): string {
  return `<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
}

function fillTable(xml: string, rows: string[][]): string {
  let next = 0;
  return xml.replace(/<w:tr[ >][\s\S]*?<\/w:tr>/g, (tr) => {
    const values = rows[next];
    if (!values) return tr;
    const tcs = [...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
    const tail = tcs.slice(-values.length);
    if (tcs.length < values.length || !tail.every(isBlank)) return tr;
    next++;
    let out = tr;
    tail.forEach((tc, i) => {
      out = out.replace(tc, setText(tc, values[i]));
    });
    return out;
  });
}

type ReportLike = Record<string, unknown> & { meta: Record<string, unknown> };

export function fillTemplate(
  template: Uint8Array,
  layout: FormatLayout,
  report: ReportLike,
): Uint8Array {
  return zipDocx(template, fillDocumentXml(templateXml(template), layout, report));
}

/** The template's `word/document.xml`. */
export function templateXml(template: Uint8Array): string {
  return strFromU8(unzipSync(template)['word/document.xml']);
}

/** The template's other parts with this `word/document.xml`: a .docx Word opens. */
export function zipDocx(template: Uint8Array, xml: string): Uint8Array {
  const files = unzipSync(template);
  files['word/document.xml'] = strToU8(xml);
  return zipSync(files, { level: 6 });
}

/** `word/document.xml` of the template with the report written in. */
export function fillDocumentXml(
  templateXml: string,
  layout: FormatLayout,
  report: ReportLike,
): string {
  let xml = templateXml;
  xml = xml.replace('政府信息公开工作年度报告格式模板', esc(String(report.meta.title ?? '')));
  // Each narrative section's placeholder, in the order of the sections.
  const narratives = layout.sections.filter((s) => !s.table);
  let k = 0;
  xml = xml.replace(/<w:p[ >](?:(?!<w:p[ >])[\s\S])*?（文字描述[^<]*）[\s\S]*?<\/w:p>/g, () => {
    const s = narratives[k++];
    const text = String((s && report[s.key]) ?? '');
    return text
      .split(/\n{2,}/)
      .map((p) => paragraph(p.replace(/^### /, '')))
      .join('');
  });
  const tables = layout.sections.filter((s) => s.table).map((s) => s.table!);
  let t = 0;
  xml = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (tbl) => {
    const id = tables[t++];
    const table = layout.tables.find((x) => x.id === id);
    if (!table) return tbl;
    const rows = table.blocks.flatMap((block) => {
      const cols = axisLeaves(block.columns);
      return axisLeaves(block.rows).map((leaf) =>
        cols.map((c) => {
          const v = getAt(report, [block.base, ...leaf.segments, ...c.segments].join('/'));
          return v === null || v === undefined ? '' : String(v);
        }),
      );
    });
    return fillTable(tbl, rows);
  });
  return xml;
}
