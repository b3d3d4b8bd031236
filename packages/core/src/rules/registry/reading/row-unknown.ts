import { onMarkdown } from '../shared.js';
import { DOCUMENTS, type ReadingRule } from '../types.js';

export default {
  id: 'row-unknown',
  category: 'reading',
  severity: 'warning',
  title: { 'zh-CN': '无法识别的行', en: 'Unknown row' },
  description: {
    'zh-CN': '表格中有一行不属于模板，如省里自行增加的行，或旧格式的行。',
    en: 'A row that is not in the template: a province’s own row, or one of an old format.',
  },
  why: {
    'zh-CN': '该行保留原样，不参与核对；读者应知道这些数没有被检查。',
    en: 'It is kept as written and not reconciled; the reader should know those numbers were not checked.',
  },
  messages: {
    unknown: {
      'zh-CN': '{table}中的行 `{text}` 不是模板中的行，其数据未读取',
      en: 'Unexpected row `{text}` in {table}, expected a row of the template',
    },
  },
  fixable: false,
  inputs: DOCUMENTS,
  examples: {
    fail: onMarkdown(['| 行政强制 | 27 |\n', '| 行政强制 | 27 |\n| 行政征收 | 5 |\n']),
    pass: onMarkdown(),
  },
  raisedBy: 'packages/core/src/read/grid/reader.ts',
} satisfies ReadingRule<'unknown'>;
