import { CLEAN_MARKDOWN } from '../shared.js';
import type { ReadingRule, RuleAbout } from '../types.js';

export default {
  id: 'input-too-deep',
  category: 'reading',
  severity: 'error',
  title: { 'zh-CN': '嵌套过深', en: 'Nested too deeply' },
  description: {
    'zh-CN': 'JSON 的数组和对象，或 Markdown 的引用和列表，嵌套层数超过了读取上限，文档未读取。',
    en: 'JSON arrays and objects, or Markdown quotes and lists, are nested beyond what is read; the document is not read.',
  },
  messages: {
    'too-deep': {
      'zh-CN': '{at}嵌套过深，超过上限 {limit} 层，未读取',
      en: '{at}nested too deeply, over the limit of {limit} levels; not read',
    },
    'too-much-nesting': {
      'zh-CN': '{at}列表和引用过多，各行嵌套层数合计超过上限 {limit}，未读取',
      en: '{at}too many nested lists and quotes, over the limit of {limit} levels in all lines together; not read',
    },
  },
  fixable: false,
  inputs: ['json', 'markdown', 'form'],
  raisedBy: 'packages/core/src/limits/message.ts',
} satisfies ReadingRule<'too-deep' | 'too-much-nesting'>;

/** What it is for and what it looks like: docs/rules.md, SARIF and `nianbao rules`, not the checkers. */
export const about = {
  why: {
    'zh-CN': '报告的结构最多几层；嵌套极深的输入会让解析器耗尽栈或时间，因此在解析之前拒绝。',
    en: 'A report is a few levels deep; input nested far deeper exhausts a parser’s stack or time, so it is refused before parsing.',
  },
  examples: {
    fail: {
      input: 'markdown',
      base: CLEAN_MARKDOWN,
      replace: [
        ['## 六、其他需要报告的事项\n', `## 六、其他需要报告的事项\n\n${'>'.repeat(70)} 无\n`],
      ],
    },
    pass: {
      input: 'markdown',
      base: CLEAN_MARKDOWN,
      replace: [['## 六、其他需要报告的事项\n', '## 六、其他需要报告的事项\n\n> 无\n']],
    },
  },
} satisfies RuleAbout;
