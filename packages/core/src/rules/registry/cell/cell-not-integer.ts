import { ALL_INPUTS, type DataRule } from '../types.js';
import { onReport } from '../shared.js';

export default {
  id: 'cell-not-integer',
  category: 'cell',
  severity: 'error',
  title: { 'zh-CN': '件数不是整数', en: 'Count is not a whole number' },
  description: {
    'zh-CN': '件数、决定数量应为整数；只有行政事业性收费金额（万元）可以有小数。',
    en: 'Counts are whole numbers; only the fee amount (万元) may have decimals.',
  },
  why: {
    'zh-CN': '半件申请、半个决定不存在；小数多半是把金额或比例填进了件数栏。',
    en: 'There is no half an application or half a decision; a fraction is usually an amount or a rate typed into a count.',
  },
  messages: {
    fraction: {
      'zh-CN': '{cell}为`{actual}`，应为整数',
      en: 'Unexpected `{actual}` in {cell}, expected a whole number',
    },
  },
  fixable: false,
  inputs: ALL_INPUTS,
  examples: {
    fail: onReport({ '/proactive/punishment/decisions': 12.5 }),
    pass: onReport({ '/proactive/fees/amount': 12.5 }),
  },
  data: { kind: 'cell', cells: 'countCells', test: 'not-integer' },
} satisfies DataRule<'fraction'>;
