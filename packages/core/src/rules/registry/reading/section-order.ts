import { onMarkdown } from '../shared.js';
import { DOCUMENTS, type ReadingRule } from '../types.js';

export default {
  id: 'section-order',
  category: 'reading',
  severity: 'warning',
  title: { 'zh-CN': '部分顺序或编号不对', en: 'Section out of order' },
  description: {
    'zh-CN': '某一部分排在了模板中在它之后的部分后面，或同一部分出现了两次。',
    en: 'A section comes after one the template puts after it, or a section appears twice.',
  },
  why: {
    'zh-CN':
      '模板规定了顺序，读者和检查者逐部分比较各机关的报告；重复的部分多是粘贴失误，只读取第一次出现的内容。',
    en: 'The template fixes the order, and readers compare reports section by section; a repeated section is usually a paste accident, and only the first is read.',
  },
  messages: {
    order: {
      'zh-CN': '第{no}部分`{heading}`应排在第{prev}部分之前',
      en: 'Unexpected section {no} `{heading}` after section {prev}, expected it before',
    },
    duplicate: {
      'zh-CN': '第{no}部分`{heading}`重复出现，只读取第一次出现的内容',
      en: 'Unexpected second section {no} `{heading}`, expected it once; the first one is read',
    },
  },
  fixable: false,
  inputs: DOCUMENTS,
  examples: {
    fail: onMarkdown([
      '已全部办结并公开答复全文。\n',
      '已全部办结并公开答复全文。\n\n## 五、存在的主要问题及改进情况\n\n无。\n',
    ]),
    pass: onMarkdown(),
  },
  raisedBy: 'packages/core/src/read/findings.ts',
} satisfies ReadingRule<'order' | 'duplicate'>;
