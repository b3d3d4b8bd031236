import { toMarkdown } from '@nianbao/markdown';
import type { Shape } from './types.js';

export const markdown: Shape = {
  id: 'md',
  ext: 'md',
  render: (report) => toMarkdown(report),
  labelCells: [['| ', ' |']],
};
