import type { ReadingRule, RuleAbout } from '../types.js';

const CORPUS = 'packages/core/fixtures/corpus';

export default {
  id: 'format-older',
  category: 'reading',
  severity: 'error',
  title: { 'zh-CN': '2019年以前的旧格式', en: 'Format older than 2019' },
  description: {
    'zh-CN':
      '2019年以前的年度报告没有统一的表格格式（如“政府信息公开情况统计表”）；本工具按2019年及以后的格式核对，不读取这类报告的表格。',
    en: 'Reports before 2019 had no national table format (a 政府信息公开情况统计表 instead); nianbao checks the 2019 and 2021 formats and does not read such tables.',
  },
  messages: {
    older: {
      'zh-CN':
        '这是2019年以前的旧格式报告（{evidence}），没有按2019年或2021年格式填写的表格，未读取其数据',
      en: 'Unexpected report format older than 2019 ({evidence}), expected the tables of the 2019 or 2021 format; its figures were not read',
    },
  },
  fixable: false,
  // Published pages and text only: JSON and Markdown reports are written on a format by design.
  inputs: ['html', 'text'],
  raisedBy: 'packages/import/src/assemble.ts',
} satisfies ReadingRule<'older'>;

/** What it is for and what it looks like: docs/rules.md, SARIF and `nianbao rules`, not the checkers. */
export const about = {
  why: {
    'zh-CN': '把旧表格的数字按新格式读取只会得出错误的结论；说明一次，而不是逐部分、逐格报告缺失。',
    en: 'Reading an old table’s figures as the new format’s would only mislead; it is said once, not as every section and cell missing.',
  },
  examples: {
    fail: { input: 'text', base: `${CORPUS}/pingtan-zonghe-shiyanqu-2018-pre2019.txt` },
    pass: { input: 'text', base: `${CORPUS}/pingtan-zonghe-shiyanqu-2019.txt` },
  },
} satisfies RuleAbout;
