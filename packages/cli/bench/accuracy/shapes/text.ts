import { layout } from '../generate.js';
import { tabText } from './published.js';
import type { Shape } from './types.js';

export const DATE_LABEL = '发布日期：';

/** Text copied out of Word: one table row a line, cells separated by tabs. */
export const text: Shape = {
  id: 'txt',
  ext: 'txt',
  render(report, { dateLine }) {
    const t = tabText(layout, report);
    if (!dateLine) return t;
    const nl = t.indexOf('\n');
    return `${t.slice(0, nl)}\n${DATE_LABEL}${String(report.meta.publishedAt)}${t.slice(nl)}`;
  },
  labelCells: [
    ['\n', '\t'],
    ['\t', '\t'],
    ['\t', '\n'],
  ],
};
