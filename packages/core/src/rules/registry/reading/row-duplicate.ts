import { onMarkdown } from '../shared.js';
import { DOCUMENTS, type ReadingRule } from '../types.js';

export default {
  id: 'row-duplicate',
  category: 'reading',
  severity: 'warning',
  title: { 'zh-CN': '重复的行', en: 'Row repeated' },
  description: {
    'zh-CN': '表格中同一行出现了两次。',
    en: 'A row of the table appears twice.',
  },
  why: {
    'zh-CN': '两行的数可能不同，读者无法知道哪一行是对的；只读取第一次出现的数据。',
    en: 'The two rows may hold different numbers and no reader can tell which is right; the first is read.',
  },
  messages: {
    repeated: {
      'zh-CN': '{table}的 `{label}` 行出现了不止一次，只读取了第一次',
      en: 'Unexpected repeated row `{label}` in {table}, expected it once; the first one was read',
    },
  },
  fixable: false,
  inputs: DOCUMENTS,
  examples: {
    fail: onMarkdown(['| 行政强制 | 27 |\n', '| 行政强制 | 27 |\n| 行政强制 | 27 |\n']),
    pass: onMarkdown(),
  },
  raisedBy: 'packages/core/src/read/grid/reader.ts',
} satisfies ReadingRule<'repeated'>;
