import { CLEAN_MARKDOWN } from '../shared.js';
import type { ReadingRule, RuleAbout } from '../types.js';

/** A table row of more cells than any report has: one of the sizes refused before parsing. */
const WIDE_ROW = `|${' x |'.repeat(250)}`;

export default {
  id: 'input-too-large',
  category: 'reading',
  severity: 'error',
  title: { 'zh-CN': '文档过大', en: 'Document too large' },
  description: {
    'zh-CN': '文档、其中一个值、一段文字的标记或一行表格的单元格超过了读取上限，文档未读取。',
    en: 'The document, one of its values, the marks of a paragraph or the cells of a table row exceed what is read; the document is not read.',
  },
  messages: {
    'too-large': {
      'zh-CN': '文档过大（{found}），超过上限 {limit}，未读取',
      en: 'Document too large ({found}), over the limit of {limit}; not read',
    },
    'string-too-long': {
      'zh-CN': '{at}一个值过长（{found}），超过上限 {limit}，未读取',
      en: '{at}a value is too long ({found}), over the limit of {limit}; not read',
    },
    'too-many-marks': {
      'zh-CN': '{at}一段文字中的强调、链接标记（* _ ~ [ ]）过多，超过上限 {limit} 个，未读取',
      en: '{at}too many emphasis and link marks (* _ ~ [ ]) in one paragraph, over the limit of {limit}; not read',
    },
    'too-many-columns': {
      'zh-CN': '{at}表格一行中的单元格过多，超过上限 {limit} 个，未读取',
      en: '{at}too many cells in one table row, over the limit of {limit}; not read',
    },
  },
  fixable: false,
  inputs: ['json', 'markdown', 'form'],
  raisedBy: 'packages/core/src/limits/message.ts',
} satisfies ReadingRule<'too-large' | 'string-too-long' | 'too-many-marks' | 'too-many-columns'>;

/** What it is for and what it looks like: docs/rules.md, SARIF and `nianbao rules`, not the checkers. */
export const about = {
  why: {
    'zh-CN':
      '真实的年度报告只有几十KB；过大的输入会让解析耗时数秒乃至不能结束，因此在解析之前拒绝。',
    en: 'A real report is a few dozen KB; inputs far larger make parsers take seconds or never finish, so they are refused before parsing.',
  },
  examples: {
    fail: {
      input: 'markdown',
      base: CLEAN_MARKDOWN,
      replace: [['## 六、其他需要报告的事项\n', `## 六、其他需要报告的事项\n\n${WIDE_ROW}\n`]],
    },
    pass: { input: 'markdown', base: CLEAN_MARKDOWN },
  },
} satisfies RuleAbout;
