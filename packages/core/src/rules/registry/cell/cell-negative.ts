import { ALL_INPUTS, type DataRule } from '../types.js';
import { CLEAN_TOWNSHIP_JSON, onReport } from '../shared.js';

export default {
  id: 'cell-negative',
  category: 'cell',
  severity: 'error',
  title: { 'zh-CN': '负数', en: 'Negative value' },
  description: {
    'zh-CN': '件数和金额不能为负数。',
    en: 'Counts and amounts cannot be negative.',
  },
  why: {
    'zh-CN': '负数多半是把“减少了多少”填进了“数量”栏，核对和汇总都会因此出错。',
    en: 'A negative is usually a decrease typed into a count, and it throws every sum it is part of off.',
  },
  messages: {
    negative: {
      'zh-CN': '{cell}为`{actual}`，不能为负数',
      en: 'Unexpected `{actual}` in {cell}, expected a number of at least `0`',
    },
  },
  fixable: false,
  inputs: ALL_INPUTS,
  examples: {
    fail: onReport({ '/proactive/licensing/decisions': -4 }, CLEAN_TOWNSHIP_JSON),
    pass: onReport({ '/proactive/licensing/decisions': 4 }, CLEAN_TOWNSHIP_JSON),
  },
  data: { kind: 'cell', cells: 'unsignedCells', test: 'negative' },
} satisfies DataRule<'negative'>;
