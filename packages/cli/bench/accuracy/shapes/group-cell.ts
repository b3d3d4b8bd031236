import { toMarkdown } from '@nianbao/markdown';
import type { Shape } from './types.js';

/**
 * Markdown pasted from a page whose group label shares a cell with its first row
 * (`| （四）无法提供 1.本机关不掌握相关政府信息 | 18 | …`): every group row of table 三 that has
 * nothing but its label is merged into the row below it.
 */

/** A table row holding only a group label (`（三）不予公开`), then the row of its first child. */
const GROUP_THEN_CHILD = /^\| (（[一二三四五六七八九十]+）[^|]+?) \|(?: +\|)+\n\| (1\.[^|]+?) \|/gm;

export const markdownGroupCell: Shape = {
  id: 'md-group',
  ext: 'md',
  render: (report) => toMarkdown(report).replace(GROUP_THEN_CHILD, '| $1 $2 |'),
  // A label stands alone in its cell, or after its group's label in the merged cell.
  labelCells: [
    ['| ', ' |'],
    [' ', ' |'],
  ],
};
