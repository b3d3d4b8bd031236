import { onMarkdown } from '../shared.js';
import { DOCUMENTS, type ReadingRule } from '../types.js';

export default {
  id: 'row-missing',
  category: 'reading',
  severity: 'error',
  title: { 'zh-CN': '缺少行', en: 'Row missing' },
  description: {
    'zh-CN': '表格缺少模板中的一行。',
    en: 'A row of the template is not in the table.',
  },
  why: {
    'zh-CN':
      '缺少的行无法核对，也无法与其他机关的报告比较；这些单元格不会被当作0，也不再另行报告为空白。',
    en: 'A missing row can be neither reconciled nor compared with other reports; its cells are not taken as 0 nor reported again as blank.',
  },
  messages: {
    missing: {
      'zh-CN': '表{no}缺少 `{row}` 行',
      en: 'Missing row `{row}` in table {no}',
    },
    inTable: {
      'zh-CN': '{table}缺少 `{label}` 行',
      en: 'Missing row `{label}` in {table}',
    },
  },
  fixable: false,
  inputs: DOCUMENTS,
  examples: {
    fail: onMarkdown(['| 行政强制 | 27 |\n', '']),
    pass: onMarkdown(),
  },
  raisedBy: 'packages/core/src/read/grid/reader.ts',
} satisfies ReadingRule<'missing' | 'inTable'>;
