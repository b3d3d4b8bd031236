import {
  axisDepth,
  axisLeaves,
  axisSpan,
  getAt,
  labelText,
  type AxisLeaf,
  type AxisNode,
  type BlockLayout,
  type FormatLayout,
  type TableLayout,
} from '@nianbao/core';

/**
 * Writes a report the way a CMS or a word processor publishes it, from the layout data (no label
 * is spelled here): an HTML page with merged header cells, and text with tab-separated rows.
 */

export interface HeaderCell {
  text: string;
  rowspan: number;
  colspan: number;
}

/** Header rows of a column tree: a leaf above the deepest level spans down to the data. */
export function headerRows(columns: readonly AxisNode[]): HeaderCell[][] {
  const depth = axisDepth(columns);
  const rows: HeaderCell[][] = Array.from({ length: depth }, () => []);
  const visit = (nodes: readonly AxisNode[], level: number) => {
    for (const n of nodes) {
      const leaf = !n.children?.length;
      rows[level].push({
        text: labelText(n.label),
        rowspan: leaf ? depth - level : 1,
        colspan: axisSpan(n),
      });
      if (!leaf) visit(n.children!, level + 1);
    }
  };
  visit(columns, 0);
  return rows;
}

export interface Row {
  /** Label cells, first written only at the first leaf of its group, '' after. */
  labels: string[];
  values: string[];
}

/** What a cell of the report shows: its value as written, nothing for a blank. */
export function cellText(report: unknown, block: BlockLayout, row: AxisLeaf, col: AxisLeaf) {
  const v = getAt(report, [block.base, ...row.segments, ...col.segments].join('/'));
  return v === null || v === undefined ? '' : String(v);
}

export function dataRows(
  layout: FormatLayout,
  table: TableLayout,
  report: unknown,
  b: number,
): Row[] {
  const block = table.blocks[b];
  const depth = axisDepth(block.rows);
  const cols = axisLeaves(block.columns);
  const seen = new Set<AxisNode>();
  return axisLeaves(block.rows).map((leaf) => {
    const labels = leaf.chain.map((n) => {
      if (seen.has(n)) return '';
      seen.add(n);
      return labelText(n.label);
    });
    while (labels.length < depth) labels.push('');
    const values = cols.map((c) => cellText(report, block, leaf, c));
    return { labels, values };
  });
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function tableHtml(layout: FormatLayout, table: TableLayout, report: unknown): string {
  const out: string[] = ['<table border="1">'];
  table.blocks.forEach((block, b) => {
    const width = axisLeaves(block.columns).length;
    const labelCols = Math.max(1, axisDepth(block.rows));
    if (block.header)
      out.push(
        `<tr><td colspan="${width + labelCols}"><span>${esc(labelText(block.header))}</span></td></tr>`,
      );
    headerRows(block.columns).forEach((row, i) => {
      const corner =
        i === 0
          ? `<td rowspan="${axisDepth(block.columns)}" colspan="${labelCols}">${esc(block.corner ? labelText(block.corner) : '')}</td>`
          : '';
      out.push(
        `<tr>${corner}${row.map((c) => `<th rowspan="${c.rowspan}" colspan="${c.colspan}">${esc(c.text)}</th>`).join('')}</tr>`,
      );
    });
    for (const r of dataRows(layout, table, report, b)) {
      const labels = r.labels.filter(
        (l) => !(labelCols === 1 && l === '' && r.labels.length === 1),
      );
      const cells =
        labels.length && labels.some((l) => l) ? labels.map((l) => `<td>${esc(l)}</td>`) : [];
      out.push(
        `<tr>${cells.join('')}${r.values.map((v) => `<td><p><span><font face="仿宋">${esc(v)}</font></span></p></td>`).join('')}</tr>`,
      );
    }
  });
  out.push('</table>');
  return out.join('\n');
}

/** Paragraphs, a `### ` sub-heading as `<h3>` (a page) or as a paragraph of its own (a printed document). */
export function narrativeHtml(text: string, subheading: 'h3' | 'p' = 'h3'): string {
  return text
    .split(/\n{2,}/)
    .map((p) =>
      p.startsWith('### ')
        ? `<${subheading}>${esc(p.slice(4))}</${subheading}>`
        : `<p>${esc(p)}</p>`,
    )
    .join('\n');
}

/** A government site's page: site header and navigation, a metadata table, the article, a footer with a table of links. */
export function pageHtml(
  layout: FormatLayout,
  report: Record<string, unknown> & { meta: Record<string, unknown> },
): string {
  const body: string[] = [];
  for (const s of layout.sections) {
    body.push(`<p><strong>${s.no}、${esc(s.heading.zh)}</strong></p>`);
    if (s.table) body.push(tableHtml(layout, layout.tables.find((t) => t.id === s.table)!, report));
    else body.push(narrativeHtml(String(report[s.key] ?? '')));
  }
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${esc(String(report.meta.title))}-${esc(String(report.meta.agency))}</title>
<script>var x = "一、总体情况 <table>";</script></head>
<body>
<div class="header"><h2>${esc(String(report.meta.agency))}门户网站</h2><nav><a href="/">首页</a> <a href="/xxgk">政府信息公开</a></nav></div>
<table class="meta"><tr><td>索引号</td><td>000001/2025-00001</td><td>发布机构</td><td>${esc(String(report.meta.agency))}</td></tr>
<tr><td>发布日期</td><td>${esc(String(report.meta.publishedAt))}</td><td>主题分类</td><td>年度报告</td></tr></table>
<div class="article"><h1>${esc(String(report.meta.title))}</h1>
<div id="zoom">
${body.join('\n')}
</div></div>
<div class="footer"><table><tr><td>相关链接</td><td><a href="/a">国务院</a></td></tr><tr><td>网站标识码</td><td>1234</td></tr></table>
<p>主办单位：${esc(String(report.meta.agency))}办公室</p></div>
</body></html>`;
}

/** Text as copied out of a Word file: headings on their own lines, tables as tab-separated rows. */
export function tabText(
  layout: FormatLayout,
  report: Record<string, unknown> & { meta: Record<string, unknown> },
): string {
  const lines: string[] = [String(report.meta.title), ''];
  for (const s of layout.sections) {
    lines.push(`${s.no}、${s.heading.zh}`, '');
    if (!s.table) {
      lines.push(String(report[s.key] ?? '').replace(/^### /gm, ''), '');
      continue;
    }
    const table = layout.tables.find((t) => t.id === s.table)!;
    table.blocks.forEach((block, b) => {
      const labelCols = Math.max(1, axisDepth(block.rows));
      if (block.header) lines.push(labelText(block.header));
      headerRows(block.columns).forEach((row, i) => {
        const corner = i === 0 && block.corner ? labelText(block.corner) : '';
        const cells: string[] = [corner, ...Array(labelCols - 1).fill('')];
        for (const c of row) cells.push(c.text, ...Array(c.colspan - 1).fill(''));
        lines.push(cells.join('\t'));
      });
      for (const r of dataRows(layout, table, report, b))
        lines.push([...(r.labels.some((l) => l) ? r.labels : []), ...r.values].join('\t'));
    });
    lines.push('');
  }
  return lines.join('\n');
}
