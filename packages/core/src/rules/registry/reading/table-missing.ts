import { onMarkdown } from '../shared.js';
import { DOCUMENTS, type ReadingRule } from '../types.js';

export default {
  id: 'table-missing',
  category: 'reading',
  severity: 'error',
  title: { 'zh-CN': '缺少表格', en: 'Table missing' },
  description: {
    'zh-CN': '第二、三、四部分中有一部分只有标题，没有表格。',
    en: 'Section 二, 三 or 四 has its heading but no table under it.',
  },
  why: {
    'zh-CN': '这三张表是年度报告的核心数据；没有表格，就没有可以核对和汇总的数。',
    en: 'These three tables are the data of the report; without one there is nothing to reconcile or roll up.',
  },
  messages: {
    missing: {
      'zh-CN': '第{no}部分缺少表格`{table}`',
      en: 'Missing table `{table}` in section {no}',
    },
  },
  fixable: false,
  inputs: DOCUMENTS,
  examples: {
    fail: onMarkdown([
      '|  | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n| :-- | --: | --: | --: | --: | --: |\n| 行政复议 | 3 | 1 | 1 | 1 | 6 |\n| 行政诉讼：未经复议直接起诉 | 2 | 0 | 1 | 1 | 4 |\n| 行政诉讼：复议后起诉 | 1 | 0 | 0 | 0 | 1 |\n',
      '',
    ]),
    pass: onMarkdown(),
  },
  raisedBy: 'packages/core/src/read/findings.ts',
} satisfies ReadingRule<'missing'>;
