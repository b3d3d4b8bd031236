import { onMarkdown } from '../shared.js';
import { DOCUMENTS, type ReadingRule, type RuleAbout } from '../types.js';

export default {
  id: 'table-unrecognized',
  category: 'reading',
  severity: 'error',
  title: { 'zh-CN': '表格无法识别', en: 'Table not recognised' },
  description: {
    'zh-CN': '第二、三、四部分下有表格，但没有一行是模板中的行：表格的样式无法识别。',
    en: 'Section 二, 三 or 四 holds a table, but not one of its rows is a row of the template: its layout is not recognised.',
  },
  messages: {
    unrecognized: {
      'zh-CN': '第{no}部分的表格无法识别：{rows}行中没有一行是`{table}`的行，表格中的数据未读取',
      en: 'Unexpected table layout in section {no}: none of its {rows} rows is a row of `{table}`; its figures were not read',
    },
  },
  fixable: false,
  inputs: DOCUMENTS,
  raisedBy: 'packages/core/src/read/findings.ts',
} satisfies ReadingRule<'unrecognized'>;

/** What it is for and what it looks like: docs/rules.md, SARIF and `nianbao rules`, not the checkers. */
export const about = {
  why: {
    'zh-CN':
      '读不出的表格只说一次，说在表格所在的地方；逐行、逐格地报告“缺少”或“无法识别”只会淹没真正的问题。',
    en: 'A table that cannot be read is said once, where it is; reporting every row and cell of it as missing or unknown would bury the real problems.',
  },
  examples: {
    fail: onMarkdown([
      '|  | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n| :-- | --: | --: | --: | --: | --: |\n| 行政复议 | 3 | 1 | 1 | 1 | 6 |\n| 行政诉讼：未经复议直接起诉 | 2 | 0 | 1 | 1 | 4 |\n| 行政诉讼：复议后起诉 | 1 | 0 | 0 | 0 | 1 |\n',
      '| 类别 | 件数 |\n| :-- | --: |\n| 复议案件 | 6 |\n| 诉讼案件 | 5 |\n',
    ]),
    pass: onMarkdown(),
  },
} satisfies RuleAbout;
