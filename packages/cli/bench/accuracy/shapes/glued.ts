import { text } from './text.js';
import { glue, isTableRow, NEEDS_SEPARATORS, tabRows } from './extracted.js';
import type { Shape } from './types.js';

/**
 * Text whose extractor dropped the separators between numbers: each row of tables 三 and 四 is
 * its label and, after a tab, the row's numbers glued into one run (`121000013`), now and then
 * with a stray space inside. Table 二 has no sum to split a run by and keeps its tabs. (Labels
 * glued to their numbers too are the one-line shape's.)
 */
export const glued: Shape = {
  id: 'glued',
  ext: 'glued.txt',
  render(report, options) {
    return tabRows(text.render(report, options))
      .map((r, i) =>
        isTableRow(r, ['三', '四'])
          ? [...r.labels.filter((c) => c.trim() !== ''), glue(r.data, i)].join('\t')
          : [...r.labels, ...r.data].join('\t'),
      )
      .join('\n');
  },
  expresses: (defect) => !NEEDS_SEPARATORS.has(defect),
};
