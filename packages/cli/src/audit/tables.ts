import {
  axisDepth,
  axisLeaves,
  axisSpan,
  getFormat,
  labelIn,
  type AxisNode,
  type BlockLayout,
  type Lang,
} from '@nianbao/core';
import { cellIndex } from '../facts.js';
import { escapeHtml as e } from './escape.js';

/**
 * A report's tables in the official layout, rendered from core's layout data: header rows from the
 * column tree (colspan = leaves under a node, rowspan down to the leaves), row labels from the row
 * tree likewise. Nothing here names a label of the template.
 */

export interface Mark {
  /** Highest severity of the findings on the cell. */
  severity: 'error' | 'warning' | 'info';
  /** Numbers of the findings in the report's list. */
  refs: number[];
  titles: string[];
}

const labelled = (n: AxisNode) => n.label.zh !== '' || (n.children?.length ?? 0) > 0;

/** Header cells of a tree, level by level: the rows of a column header. */
function levels(nodes: readonly AxisNode[], depth: number): { node: AxisNode; level: number }[][] {
  const out: { node: AxisNode; level: number }[][] = Array.from({ length: depth }, () => []);
  const walk = (ns: readonly AxisNode[], level: number) => {
    for (const n of ns) {
      out[level].push({ node: n, level });
      if (n.children?.length) walk(n.children, level + 1);
    }
  };
  walk(nodes, 0);
  return out;
}

function cellHtml(
  value: number | string | null | undefined,
  mark: Mark | undefined,
  lang: Lang,
  anchor: string,
): string {
  const cls = [
    value === null || value === undefined ? 'blank' : typeof value === 'string' ? 'text' : 'num',
  ];
  if (mark) cls.push(`mark-${mark.severity}`);
  const shown = value === null || value === undefined ? '' : String(value);
  const refs = mark
    ? `<sup>${mark.refs.map((r) => `<a href="#${anchor}-f${r}">${r}</a>`).join(',')}</sup>`
    : '';
  const title = mark
    ? ` title="${e(mark.titles.join('\n'))}"`
    : value === null
      ? ` title="${lang === 'en' ? 'blank' : '空白'}"`
      : '';
  return `<td class="${cls.join(' ')}"${title}>${e(shown)}${refs}</td>`;
}

function blockHtml(
  block: BlockLayout,
  values: (number | string | null)[],
  index: Map<string, number>,
  marks: Map<string, Mark>,
  lang: Lang,
  anchor: string,
): string {
  const rowLeaves = axisLeaves(block.rows);
  const colLeaves = axisLeaves(block.columns);
  // A table whose only row has no label (table 四) has no row-label column.
  const rowDepth = block.rows.some(labelled) ? axisDepth(block.rows) : 0;
  const colDepth = axisDepth(block.columns);
  const width = rowDepth + colLeaves.length;
  const out: string[] = [];
  if (block.header)
    out.push(
      `<tr><th class="block" colspan="${width}">${e(labelIn(block.header, lang))}</th></tr>`,
    );
  levels(block.columns, colDepth).forEach((level, i) => {
    const cells: string[] = [];
    if (i === 0 && rowDepth > 0)
      cells.push(
        `<th class="corner" rowspan="${colDepth}" colspan="${rowDepth}">${e(block.corner ? labelIn(block.corner, lang) : '')}</th>`,
      );
    for (const { node } of level) {
      const leaf = !node.children?.length;
      cells.push(
        `<th colspan="${axisSpan(node)}"${leaf && colDepth - i > 1 ? ` rowspan="${colDepth - i}"` : ''}>${e(labelIn(node.label, lang))}</th>`,
      );
    }
    out.push(`<tr>${cells.join('')}</tr>`);
  });
  const started = new Set<AxisNode>();
  for (const r of rowLeaves) {
    const cells: string[] = [];
    if (rowDepth > 0) {
      r.chain.forEach((node, level) => {
        if (started.has(node)) return;
        started.add(node);
        const leaf = !node.children?.length;
        const rowspan = axisSpan(node);
        const colspan = leaf ? rowDepth - level : 1;
        cells.push(
          `<th${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}${colspan > 1 ? ` colspan="${colspan}"` : ''} class="row">${e(labelIn(node.label, lang))}</th>`,
        );
      });
    }
    for (const c of colLeaves) {
      const path = [block.base, ...r.segments, ...c.segments].join('/');
      cells.push(cellHtml(values[index.get(path) ?? -1], marks.get(path), lang, anchor));
    }
    out.push(`<tr>${cells.join('')}</tr>`);
  }
  return out.join('\n');
}

/** Every table of the report's format, with the marked cells highlighted; `anchor` prefixes the links to the findings. */
export function tablesHtml(
  layoutId: string,
  values: (number | string | null)[],
  marks: Map<string, Mark>,
  lang: Lang,
  anchor: string,
): string {
  const layout = getFormat(layoutId);
  const index = cellIndex(layoutId);
  const parts: string[] = [];
  for (const table of layout.tables) {
    const section = layout.sections.find((s) => s.table === table.id);
    const heading = section
      ? `${lang === 'en' ? '' : `${section.no}、`}${labelIn(section.heading, lang)}`
      : labelIn(table.title, lang);
    parts.push(
      `<h4>${e(heading)}</h4>\n<table class="report">\n${table.blocks.map((b) => blockHtml(b, values, index, marks, lang, anchor)).join('\n')}\n</table>`,
    );
  }
  return parts.join('\n');
}
