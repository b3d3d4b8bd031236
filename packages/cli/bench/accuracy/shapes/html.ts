import { layout } from '../generate.js';
import { pageHtml } from './published.js';
import type { Shape } from './types.js';

/** A government web page with the tables as HTML tables. */
export const html: Shape = {
  id: 'html',
  ext: 'html',
  render: (report) => pageHtml(layout, report),
  labelCells: [['>', '<']],
  bodyEnd: '</div>',
};
