import { axisLeaves } from '@nianbao/core';
import { layout } from '../generate.js';
import { tabRows } from './extracted.js';
import { text } from './text.js';
import type { Shape } from './types.js';

/**
 * Text from a PDF extractor that reads tables 三 and 四 column by column: table 三's row labels,
 * then each column under its header, one cell a line, the 总计 column before the last applicant
 * column; table 四 each column's header and its number. Table 二 stays as tab-separated rows.
 */

const t3 = layout.tables.find((t) => t.id === 'table3')!.blocks[0];
const columns = axisLeaves(t3.columns).map((c) => c.chain[c.chain.length - 1].label.zh);
/** The order the columns come out in: 总计 moved before 其他. */
const order = [0, 1, 2, 3, 4, 6, 5];

const t4 = layout.tables.find((t) => t.id === 'table4')!.blocks[0];
/** Table 四 column by column: the group headers as they begin, each column's header and its number. */
function table4(report: Record<string, unknown>): string[] {
  const out: string[] = [];
  let groups: string[] = [];
  for (const leaf of axisLeaves(t4.columns)) {
    const names = leaf.chain.slice(0, -1).map((n) => n.label.zh);
    out.push(...names.filter((g, i) => groups[i] !== g));
    groups = names;
    let v: unknown = report;
    for (const k of [t4.base.slice(1), ...leaf.segments]) v = (v as Record<string, unknown>)[k];
    out.push(leaf.chain[leaf.chain.length - 1].label.zh, v === null ? '' : String(v));
  }
  return out;
}

export const columnMajor: Shape = {
  id: 'colmajor',
  ext: 'colmajor.txt',
  render(report, options) {
    const rows = tabRows(text.render(report, options));
    const out: string[] = [];
    let values: string[][] = [];
    const flush = () => {
      if (!values.length) return;
      out.push('申请人情况');
      for (const c of order) {
        if (c === 1) out.push('法人或其他组织');
        out.push(columns[c], ...values.map((v) => v[c] ?? ''));
      }
      values = [];
    };
    let table4Done = false;
    for (const r of rows) {
      if (r.section === '四' && !r.heading) {
        if (!table4Done && r.labels.some((c) => c.trim() !== '')) {
          out.push(...table4(report));
          table4Done = true;
        } else if (!r.labels.some((c) => c.trim() !== '')) out.push('');
        continue;
      }
      if (r.section !== '三' || r.heading) {
        flush();
        out.push([...r.labels, ...r.data].join('\t'));
        continue;
      }
      const labels = r.labels.filter((c) => c.trim() !== '');
      // Header rows of table 三 are left out: each column block carries its own header.
      if (!r.data.length && labels.some((l) => columns.includes(l) || l === '申请人情况')) continue;
      out.push(...labels);
      if (r.data.length) values.push(r.data.slice(-columns.length).map((c) => c.trim()));
    }
    flush();
    return out.join('\n');
  },
  labelCells: [
    ['\n', '\t'],
    ['\t', '\t'],
    ['\t', '\n'],
    ['\n', '\n'],
  ],
  // A blank cell leaves no line in a column read top to bottom.
  expresses: (defect) => defect !== 'cell-blank',
};
