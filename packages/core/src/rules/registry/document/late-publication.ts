import { DEADLINES } from '../../../document/data.js';
import { publishedAt } from '../../../document/text.js';
import { onReport } from '../shared.js';
import { DOCUMENTS, type DocumentRule } from '../types.js';

export default {
  id: 'late-publication',
  category: 'document',
  severity: 'warning',
  title: { 'zh-CN': '发布晚于法定期限', en: 'Published after the legal deadline' },
  description: {
    'zh-CN': '报告的发布日期晚于《条例》第四十九条规定的期限。',
    en: 'The report was published after the deadline of 条例 Article 49.',
  },
  why: {
    'zh-CN':
      '县级以上人民政府部门应在每年1月31日前、县级以上地方人民政府应在每年3月31日前公布上一年度报告。',
    en: 'Departments of governments at county level or above publish by 31 January, local governments by 31 March of the following year.',
  },
  messages: {
    late: {
      'zh-CN': '发布日期`{published}`晚于法定期限`{due}`（《条例》第四十九条）',
      en: 'Unexpected publication on `{published}`, expected by `{due}` (条例 Article 49)',
    },
  },
  fixable: false,
  inputs: ['json', ...DOCUMENTS],
  examples: {
    fail: onReport({ '/meta/agencyLevel': 'department', '/meta/publishedAt': '2025-02-10' }),
    pass: onReport({ '/meta/agencyLevel': 'department', '/meta/publishedAt': '2025-01-20' }),
  },
  check(c) {
    const published = publishedAt(c.report);
    const deadline = c.level ? DEADLINES[c.level] : undefined;
    if (!deadline || c.year === undefined || published === undefined) return [];
    const due = `${c.year + 1}-${String(deadline.month).padStart(2, '0')}-${String(deadline.day).padStart(2, '0')}`;
    if (published <= due) return [];
    return [
      {
        message: 'late',
        path: '/meta/publishedAt',
        values: { 'zh-CN': { published, due }, en: { published, due } },
        actual: published,
      },
    ];
  },
} satisfies DocumentRule<'late'>;
