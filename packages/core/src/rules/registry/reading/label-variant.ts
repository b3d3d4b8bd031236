import { onMarkdown } from '../shared.js';
import { DOCUMENTS, type ReadingRule } from '../types.js';

export default {
  id: 'label-variant',
  category: 'reading',
  severity: 'warning',
  title: { 'zh-CN': '标签与模板不一致', en: 'Altered template label' },
  description: {
    'zh-CN': '行、列或部分的标签被改动了文字，如“只计这一情况”应为“只计这一情形”。',
    en: 'A row, column or section label differs in wording from the template, like 只计这一情况 for 情形.',
  },
  why: {
    'zh-CN': '标签是模板规定的统计口径；改动的文字会让读者怀疑口径变了。模板原文就是修正。',
    en: 'The labels are the template’s definitions; altered wording makes readers wonder whether the definition changed. The template’s text is the fix.',
  },
  messages: {
    label: {
      'zh-CN': '标签 `{actual}` 与模板不一致，应为 `{expected}`',
      en: 'Unexpected label `{actual}`, expected `{expected}`',
    },
    heading: {
      'zh-CN': '标题 `{actual}` 与模板不一致，应为 `{expected}`',
      en: 'Unexpected heading `{actual}`, expected `{expected}`',
    },
    inTable: {
      'zh-CN': '{table}的标签 `{actual}` 与模板不一致，应为 `{expected}`',
      en: 'Unexpected label `{actual}` in {table}, expected `{expected}`',
    },
  },
  fixable: false,
  inputs: DOCUMENTS,
  examples: {
    fail: onMarkdown(['5.属于三类内部事务信息', '5.属于三类内容事务信息']),
    pass: onMarkdown(),
  },
  raisedBy: 'packages/core/src/read/grid/reader.ts',
} satisfies ReadingRule<'label' | 'heading' | 'inTable'>;
