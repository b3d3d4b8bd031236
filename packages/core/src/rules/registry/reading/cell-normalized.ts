import { onMarkdown } from '../shared.js';
import { DOCUMENTS, type ReadingRule } from '../types.js';

export default {
  id: 'cell-normalized',
  category: 'reading',
  severity: 'info',
  title: { 'zh-CN': '数字写法不规范', en: 'Number written unusually' },
  description: {
    'zh-CN': '数字写成了全角数字（１２）或带千位分隔符（1,234）。',
    en: 'A number written with full-width digits (１２) or thousands separators (1,234).',
  },
  why: {
    'zh-CN': '这样的数能读出数值，但其他系统未必能读；应写成普通数字。',
    en: 'nianbao reads such a number, but other systems may not; write it plainly.',
  },
  messages: {
    normalized: {
      'zh-CN': '{cell}写作 `{actual}`，按 `{expected}` 读取',
      en: 'Unexpected `{actual}` in {cell}, expected `{expected}`',
    },
  },
  fixable: false,
  inputs: DOCUMENTS,
  examples: {
    fail: onMarkdown(['| 行政许可 | 1286 |', '| 行政许可 | 1,286 |']),
    pass: onMarkdown(),
  },
  raisedBy: 'packages/core/src/read/grid/reader.ts',
} satisfies ReadingRule<'normalized'>;
