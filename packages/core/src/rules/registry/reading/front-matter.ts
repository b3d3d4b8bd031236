import { onMarkdown } from '../shared.js';
import type { ReadingRule } from '../types.js';

export default {
  id: 'front-matter',
  category: 'reading',
  severity: 'error',
  title: { 'zh-CN': '文件头信息', en: 'Front matter' },
  description: {
    'zh-CN': 'Markdown 文件开头的 YAML 文件头无法解析，或写了未知的格式版本。',
    en: 'The YAML front matter of a Markdown report cannot be parsed, or names an unknown format.',
  },
  why: {
    'zh-CN': '文件头给出报告机关、年度和格式版本；读不出来，年度、格式等检查就无从进行。',
    en: 'The front matter gives the agency, the year and the format; unread, none of the checks on them can run.',
  },
  messages: {
    invalid: {
      'zh-CN': '文件头（YAML）无法解析：{reason}',
      en: 'Unexpected front matter, expected YAML: {reason}',
    },
    format: {
      'zh-CN': '文件头中的格式版本`format: {actual}`未知，可用的格式版本：{accepted}',
      en: 'Unknown `format: {actual}` in front matter, expected one of: {accepted}',
    },
  },
  fixable: false,
  inputs: ['markdown'],
  examples: {
    fail: onMarkdown(['format: "2021"', 'format: "2022"']),
    pass: onMarkdown(['format: "2021"', 'format: "2019"'], ['year: 2024', 'year: 2020']),
  },
  raisedBy: 'packages/markdown/src/read/index.ts',
} satisfies ReadingRule<'invalid' | 'format'>;
