import { ALL_INPUTS, type DataRule } from '../types.js';
import { INCOMPLETE_SUM, onReport } from '../shared.js';

export default {
  id: 'row-total',
  category: 'table',
  severity: 'error',
  title: { 'zh-CN': '行总计', en: 'Row total' },
  description: {
    'zh-CN': '表三每一行的“总计”应等于自然人与五类法人或其他组织之和。',
    en: 'In every row of table 三, 总计 must equal the sum of natural persons and the five kinds of organisation.',
  },
  why: {
    'zh-CN': '总计是汇总和比较各机关报告时最先读的数；与分项不符时，读者无法知道哪个数是对的。',
    en: 'The total is the number read first when reports are compared and rolled up; when it disagrees with its parts no reader can tell which is right.',
  },
  messages: {
    mismatch: {
      'zh-CN': '{cell}为`{actual}`，应为`{expected}`（本行各申请人列之和）',
      en: 'Unexpected `{actual}` in {cell}, expected `{expected}` (the sum of the applicant columns)',
    },
    incomplete: INCOMPLETE_SUM,
  },
  fixable: true,
  inputs: ALL_INPUTS,
  examples: {
    fail: onReport({ '/applications/received/total': 130 }),
    pass: onReport({ '/applications/received/total': 131 }),
  },
  data: {
    kind: 'sum',
    forEach: { row: 'table3.rows' },
    left: [{ each: 'table3.applicantColumns', as: 'col', path: '{row}/{col}' }],
    right: ['{row}/total'],
    derives: true,
  },
} satisfies DataRule<'mismatch' | 'incomplete'>;
