import { ALL_INPUTS, type DataRule } from '../types.js';
import { INCOMPLETE_SUM, onReport } from '../shared.js';

export default {
  id: 'review-litigation-total',
  category: 'table',
  severity: 'error',
  title: { 'zh-CN': '行政复议、行政诉讼总计', en: 'Review and litigation totals' },
  description: {
    'zh-CN':
      '表四的行政复议、未经复议直接起诉、复议后起诉三组中，“总计”应等于结果维持、结果纠正、其他结果、尚未审结之和。',
    en: 'In each of the three groups of table 四, 总计 must equal upheld + corrected + other + pending.',
  },
  why: {
    'zh-CN': '复议和诉讼的纠错率按这些数计算；总计不符时，纠错率就算错了。',
    en: 'The rate at which reviews and courts correct the agency is computed from these cells; a wrong total gives a wrong rate.',
  },
  messages: {
    mismatch: {
      'zh-CN': '{cell}为`{actual}`，应为`{expected}`（维持、纠正、其他、尚未审结之和）',
      en: 'Unexpected `{actual}` in {cell}, expected `{expected}` (upheld + corrected + other + pending)',
    },
    incomplete: INCOMPLETE_SUM,
  },
  fixable: true,
  inputs: ALL_INPUTS,
  examples: {
    fail: onReport({ '/reviewLitigation/review/total': 5 }),
    pass: onReport({ '/reviewLitigation/review/pending': 0, '/reviewLitigation/review/total': 5 }),
  },
  data: {
    kind: 'sum',
    forEach: { group: 'table4.groups' },
    left: [{ each: 'table4.resultColumns', as: 'col', path: '{group}/{col}' }],
    right: ['{group}/total'],
    derives: true,
  },
} satisfies DataRule<'mismatch' | 'incomplete'>;
