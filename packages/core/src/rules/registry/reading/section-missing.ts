import { onMarkdown } from '../shared.js';
import { DOCUMENTS, type ReadingRule } from '../types.js';

export default {
  id: 'section-missing',
  category: 'reading',
  severity: 'error',
  title: { 'zh-CN': '缺少部分', en: 'Section missing' },
  description: {
    'zh-CN':
      '报告缺少六个部分（总体情况、主动公开、收到和处理申请、复议诉讼、存在的问题及改进、其他事项）之一。',
    en: 'One of the six sections 一 to 六 of a report is not there.',
  },
  why: {
    'zh-CN':
      '《条例》第五十条和2021年格式要求六个部分齐全；没有内容的部分也应写明“无”。缺少的部分中的表格单元格不再另行报告为空白。',
    en: 'Article 50 of the 条例 and the 2021 format require all six, with 无 where there is nothing to say. The cells of a missing section are not reported again as blank.',
  },
  messages: {
    missing: {
      'zh-CN': '缺少第{no}部分`{heading}`',
      en: 'Missing section {no} `{heading}`',
    },
  },
  fixable: false,
  inputs: DOCUMENTS,
  examples: {
    fail: onMarkdown([
      '## 六、其他需要报告的事项\n\n本年度依据《政府信息公开信息处理费管理办法》收取信息处理费0元。\n\n办理人大代表建议52件、政协提案71件，已全部办结并公开答复全文。\n',
      '',
    ]),
    pass: onMarkdown([
      '## 六、其他需要报告的事项\n\n本年度依据《政府信息公开信息处理费管理办法》收取信息处理费0元。\n\n办理人大代表建议52件、政协提案71件，已全部办结并公开答复全文。\n',
      '## 六、其他需要报告的事项\n\n无。\n',
    ]),
  },
  raisedBy: 'packages/core/src/read/findings.ts',
} satisfies ReadingRule<'missing'>;
