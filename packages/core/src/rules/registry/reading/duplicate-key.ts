import { CLEAN_JSON } from '../shared.js';
import type { ReadingRule } from '../types.js';

export default {
  id: 'duplicate-key',
  category: 'reading',
  severity: 'error',
  title: { 'zh-CN': '重复的键', en: 'Duplicate key' },
  description: {
    'zh-CN': 'JSON 报告的同一个对象中，同一个键出现了两次。',
    en: 'A key appears twice in one object of a JSON report.',
  },
  why: {
    'zh-CN': 'JSON 只保留最后一次出现的值，前一个值被悄悄丢掉；不同的程序可能读出不同的报告。',
    en: 'JSON keeps only the last value and silently drops the earlier one; different programs may read different reports.',
  },
  messages: {
    duplicate: {
      'zh-CN': '键`{key}`重复出现，前面的值`{value}`被忽略',
      en: 'Unexpected duplicate key `{key}`, the earlier value `{value}` is ignored',
    },
  },
  fixable: false,
  inputs: ['json'],
  examples: {
    fail: {
      input: 'json',
      base: CLEAN_JSON,
      replace: [['"year": 2024,', '"year": 2023,\n    "year": 2024,']],
    },
    pass: { input: 'json', base: CLEAN_JSON },
  },
  raisedBy: 'packages/cli/src/readers/json.ts',
} satisfies ReadingRule<'duplicate'>;
