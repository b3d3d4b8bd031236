import type { Shape } from './types.js';

export const json: Shape = {
  id: 'json',
  ext: 'json',
  structured: true,
  render: (report) => `${JSON.stringify(report, null, 2)}\n`,
};
