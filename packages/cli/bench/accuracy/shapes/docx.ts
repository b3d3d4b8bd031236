import { readFileSync } from 'node:fs';
import { layout } from '../generate.js';
import { fillDocumentXml, TEMPLATE_URL, templateXml, zipDocx } from './printed.js';
import type { Shape } from './types.js';

/**
 * The official blank template (政府信息公开工作年度报告格式模板.docx) filled in, its merged cells
 * as Word wrote them. The rendered text is `word/document.xml`, one body paragraph or table a
 * line, so that a section can be cut out of it; the file is the template's zip with that part.
 */
let template: Uint8Array | undefined;
const tpl = () => (template ??= new Uint8Array(readFileSync(TEMPLATE_URL)));

/** A line break before each paragraph and table of the body (not those inside a table). */
function bodyLines(xml: string): string {
  let depth = 0;
  return xml.replace(/<w:tbl>|<\/w:tbl>|<w:p[ >]|<w:sectPr[ >]/g, (tag) => {
    if (tag === '<w:tbl>') return depth++ === 0 ? `\n${tag}` : tag;
    if (tag === '</w:tbl>') return --depth === 0 ? `${tag}\n` : tag;
    return depth === 0 ? `\n${tag}` : tag;
  });
}

export const docx: Shape = {
  id: 'docx',
  ext: 'docx',
  render(report, { dateLine }) {
    let xml = bodyLines(fillDocumentXml(templateXml(tpl()), layout, report));
    if (dateLine) {
      // Under the title, as a paragraph of its own.
      const title = xml.indexOf(String(report.meta.title));
      const end = xml.indexOf('</w:p>', title) + '</w:p>'.length;
      xml = `${xml.slice(0, end)}\n<w:p><w:r><w:t>发布日期：${String(report.meta.publishedAt)}</w:t></w:r></w:p>${xml.slice(end)}`;
    }
    return xml;
  },
  labelCells: [['>', '<']],
  bodyEnd: '<w:sectPr',
  finish: async (xml) => zipDocx(tpl(), xml),
};
