import { text } from './text.js';
import { glue, isTableRow, NEEDS_SEPARATORS, tabRows } from './extracted.js';
import type { Shape } from './types.js';

/**
 * A report as a crawler saves a page: a header block, then the whole body on one line — page
 * chrome, the title, headings mid-line, narratives run together, every table row its labels with
 * the numbers glued on.
 */
export const oneLine: Shape = {
  id: 'oneline',
  ext: 'oneline.txt',
  render(report, options) {
    const rows = tabRows(text.render(report, options));
    const [title, ...rest] = rows;
    const body = rest
      .map((r, i) =>
        isTableRow(r)
          ? `${r.labels.filter((c) => c.trim() !== '').join('')}${glue(r.data, i)}`
          : r.labels.join(''),
      )
      .join('');
    const t = title.labels.join('');
    return `标题: ${t}\n==================== 正文 ====================\n当前位置： 首页>政务公开>年度报告 ${t} ${body} 附件下载`;
  },
  expresses: (defect) =>
    // Sections cannot be cut out of one line, and table 二's runs have no sum to split them by.
    !NEEDS_SEPARATORS.has(defect) && defect !== 'section-missing' && defect !== 'town-regulations',
};
