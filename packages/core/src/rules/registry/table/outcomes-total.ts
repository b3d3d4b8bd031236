import { ALL_INPUTS, type DataRule } from '../types.js';
import { INCOMPLETE_SUM, onReport } from '../shared.js';

export default {
  id: 'outcomes-total',
  category: 'table',
  severity: 'error',
  title: { 'zh-CN': '办理结果总计', en: 'Outcomes total' },
  description: {
    'zh-CN':
      '表三每一列的“（七）总计”应等于（一）至（六）各办理结果行之和（2021年格式21行，2019年格式19行）。',
    en: 'In every column of table 三, （七）总计 must equal the sum of the outcome rows （一） to （六） (21 rows in the 2021 format, 19 in 2019).',
  },
  why: {
    'zh-CN': '每件办结的申请都应归入一种办理结果；总计与各结果之和不符，说明有申请漏填或重复统计。',
    en: 'Every answered application falls under exactly one outcome; a total that differs from their sum means some were left out or counted twice.',
  },
  messages: {
    mismatch: {
      'zh-CN': '{cell}为`{actual}`，应为`{expected}`（（一）至（六）各办理结果之和）',
      en: 'Unexpected `{actual}` in {cell}, expected `{expected}` (the sum of outcomes （一） to （六）)',
    },
    incomplete: INCOMPLETE_SUM,
  },
  fixable: true,
  inputs: ALL_INPUTS,
  examples: {
    fail: onReport({
      '/applications/outcomes/withheld/stateSecret/naturalPerson': 2,
      '/applications/outcomes/withheld/stateSecret/total': 2,
    }),
    pass: onReport({
      '/applications/outcomes/withheld/stateSecret/naturalPerson': 2,
      '/applications/outcomes/withheld/stateSecret/total': 2,
      '/applications/outcomes/total/naturalPerson': 114,
      '/applications/outcomes/total/total': 132,
    }),
  },
  data: {
    kind: 'sum',
    forEach: { col: 'table3.columns' },
    left: [{ each: 'table3.resultRows', as: 'row', path: '{row}/{col}' }],
    right: ['/applications/outcomes/total/{col}'],
    derives: true,
  },
} satisfies DataRule<'mismatch' | 'incomplete'>;
