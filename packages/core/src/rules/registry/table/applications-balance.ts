import { ALL_INPUTS, type DataRule } from '../types.js';
import { INCOMPLETE_SUM, onReport } from '../shared.js';

export default {
  id: 'applications-balance',
  category: 'table',
  severity: 'error',
  title: {
    'zh-CN': '申请数量平衡（一＋二＝三（七）＋四）',
    en: 'Applications balance (一 + 二 = 三（七） + 四)',
  },
  description: {
    'zh-CN':
      '表三每一列中，本年新收与上年结转之和，应等于本年度办理结果总计与结转下年度继续办理之和。',
    en: 'In every column of table 三, applications received this year plus those carried over must equal the total of outcomes plus those carried forward.',
  },
  why: {
    'zh-CN':
      '这是模板左上角写明的勾稽关系：每一件申请要么已办结，要么结转下年，不能凭空多出或少掉。',
    en: 'The template states this relation in its top-left cell: every application is either answered or carried forward, none appears or vanishes.',
  },
  messages: {
    mismatch: {
      'zh-CN': '{column}列：三（七）总计＋四为`{actual}`，应等于一＋二`{expected}`',
      en: 'Unexpected `{actual}` for 三（七）+ 四 in column “{column}”, expected `{expected}` (一 + 二)',
    },
    incomplete: INCOMPLETE_SUM,
  },
  fixable: false,
  inputs: ALL_INPUTS,
  examples: {
    fail: onReport({
      '/applications/carriedForward/naturalPerson': 6,
      '/applications/carriedForward/total': 8,
    }),
    pass: onReport({
      '/applications/carriedForward/naturalPerson': 6,
      '/applications/carriedForward/total': 8,
      '/applications/carriedOver/naturalPerson': 7,
      '/applications/carriedOver/total': 8,
    }),
  },
  data: {
    kind: 'sum',
    forEach: { col: 'table3.columns' },
    left: ['/applications/received/{col}', '/applications/carriedOver/{col}'],
    right: ['/applications/outcomes/total/{col}', '/applications/carriedForward/{col}'],
  },
} satisfies DataRule<'mismatch' | 'incomplete'>;
