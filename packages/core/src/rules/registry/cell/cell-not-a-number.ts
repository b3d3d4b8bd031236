import { ALL_INPUTS, type DataRule } from '../types.js';
import { onReport } from '../shared.js';

export default {
  id: 'cell-not-a-number',
  category: 'cell',
  severity: 'error',
  title: { 'zh-CN': '非数字内容', en: 'Not a number' },
  description: {
    'zh-CN': '单元格里写了文字、单位或符号（如“251000元”“减4”）。',
    en: 'The cell holds words, units or signs (like `251000元` or `减4`).',
  },
  why: {
    'zh-CN': '写了文字的单元格无法核对，也无法汇总；金额栏以万元为单位，写“元”常常差一万倍。',
    en: 'A cell with words in it can be neither reconciled nor rolled up; amounts are in 万元, so a value in 元 is often 10,000 times too large.',
  },
  messages: {
    text: {
      'zh-CN': '{cell}为`{actual}`，应为数字',
      en: 'Unexpected `{actual}` in {cell}, expected a number',
    },
  },
  fixable: false,
  inputs: ALL_INPUTS,
  examples: {
    fail: onReport({ '/proactive/fees/amount': '251000元' }),
    pass: onReport({ '/proactive/fees/amount': 25.1 }),
  },
  data: { kind: 'cell', cells: 'cells', test: 'not-a-number' },
} satisfies DataRule<'text'>;
