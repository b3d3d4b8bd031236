import type { ReadingRule } from '../types.js';

const CLEAN_TEXT = 'packages/core/fixtures/reports/seed-yuguan-2023.txt';

export default {
  id: 'table-incomplete',
  category: 'reading',
  severity: 'error',
  title: { 'zh-CN': '表格不完整', en: 'Table cut off' },
  description: {
    'zh-CN': '表格在中途结束，之后的单元格没有读到（常见于截断的网页或PDF）。',
    en: 'The table ends part-way and the cells after it were not read (a page or PDF cut off).',
  },
  why: {
    'zh-CN': '没有读到的单元格不会被当作0；检查者需要找到完整的原文。',
    en: 'The cells not read are not taken as 0; whoever checks needs the complete original.',
  },
  messages: {
    cut: {
      'zh-CN': '文档在{last}之后中断：自{first}起的{count}个单元格未能读取',
      en: 'Unexpected end of the document after {last}, expected {count} more cells from {first} on',
    },
  },
  fixable: false,
  // A Markdown file is read whole: no table of it is ever cut off.
  inputs: ['html', 'text', 'pdf', 'docx'],
  examples: {
    fail: { input: 'text', base: CLEAN_TEXT, cut: '\t\t3.要求提供公开出版物' },
    pass: { input: 'text', base: CLEAN_TEXT },
  },
  raisedBy: 'packages/core/src/read/findings.ts',
} satisfies ReadingRule<'cut'>;
