import { ALL_INPUTS, type DataRule } from '../types.js';
import { onReport } from '../shared.js';

export default {
  id: 'schema',
  category: 'document',
  severity: 'error',
  title: { 'zh-CN': '结构不符合', en: 'Schema violation' },
  description: {
    'zh-CN': '报告的JSON不符合报告的JSON Schema（缺少字段、多余字段、类型错误等）。',
    en: 'The report JSON does not follow the report schema (missing or unknown properties, wrong types).',
  },
  why: {
    'zh-CN': '其他系统按照这份Schema读取报告；不符合的报告，它们读不了或读错。',
    en: 'Other systems read reports by this schema; a report that does not follow it is unreadable to them, or misread.',
  },
  messages: {
    violation: { 'zh-CN': '`{path}`：{detail}', en: '`{path}`: {detail}' },
  },
  fixable: false,
  inputs: ALL_INPUTS,
  examples: {
    fail: onReport({ '/meta/year': '2024年' }),
    pass: onReport({ '/meta/year': 2024 }),
  },
  data: { kind: 'schema' },
} satisfies DataRule<'violation'>;
