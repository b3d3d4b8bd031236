import { ALL_INPUTS, type DataRule } from '../types.js';
import { CLEAN_TOWNSHIP_JSON, onReport } from '../shared.js';

export default {
  id: 'cell-blank',
  category: 'cell',
  severity: 'error',
  title: { 'zh-CN': '空白单元格', en: 'Blank cell' },
  description: {
    'zh-CN': '模板要求每个单元格都填写，未发生的填0；空白、“/”、“-”、“—”、“无”都不是0。',
    en: 'The template expects every cell filled, with 0 where nothing happened; blank, `/`, `-`, `—` or `无` is not 0.',
  },
  why: {
    'zh-CN': '空白可能是“没有发生”，也可能是“忘了填”；核对时不能当作0，否则会掩盖漏填。',
    en: 'A blank may mean "none" or "forgot to fill in"; reading it as 0 would hide the omission, so it never is.',
  },
  messages: {
    blank: {
      'zh-CN': '{cell}为空白{raw}，应填写数字（未发生填`0`）',
      en: 'Unexpected blank{raw} in {cell}, expected a number (`0` if nothing happened)',
    },
  },
  fixable: false,
  inputs: ALL_INPUTS,
  examples: {
    fail: onReport({ '/proactive/coercion/decisions': null }, CLEAN_TOWNSHIP_JSON),
    pass: onReport({ '/proactive/coercion/decisions': 0 }, CLEAN_TOWNSHIP_JSON),
  },
  data: { kind: 'cell', cells: 'cells', test: 'blank' },
} satisfies DataRule<'blank'>;
