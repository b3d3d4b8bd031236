import { OUTDATED_CITATIONS } from '../../../document/data.js';
import { newerThan2019 } from '../../../document/text.js';
import { CLEAN_TOWNSHIP_JSON, onReport } from '../shared.js';
import { DOCUMENTS, type DocumentRule, type Found } from '../types.js';

export default {
  id: 'citation-outdated',
  category: 'document',
  severity: 'warning',
  title: { 'zh-CN': '引用了已废止的格式文件', en: 'Cites the superseded format' },
  description: {
    'zh-CN': '2021年及以后的报告引用了国办公开办函〔2019〕60号或《……年度报告格式（试行）》。',
    en: 'A report for 2021 or later cites 国办公开办函〔2019〕60号 or 《…年度报告格式（试行）》.',
  },
  why: {
    'zh-CN': '引用已废止的文件，说明报告是照旧模板改的，表格和口径也可能沿用了旧格式。',
    en: 'Citing the superseded notice shows the report was made from an old template; its tables and definitions may be the old ones too.',
  },
  messages: {
    cited: {
      'zh-CN': '{year}年度报告引用了已废止的`{cited}`，应为国办公开办函〔2021〕30号',
      en: 'Unexpected citation of `{cited}` in a report for {year}, expected 国办公开办函〔2021〕30号',
    },
  },
  fixable: false,
  inputs: ['json', ...DOCUMENTS],
  examples: {
    fail: onReport(
      { '/otherMatters': '本报告按照国办公开办函〔2019〕60号要求编制。' },
      CLEAN_TOWNSHIP_JSON,
    ),
    pass: onReport(
      { '/otherMatters': '本报告按照国办公开办函〔2021〕30号要求编制。' },
      CLEAN_TOWNSHIP_JSON,
    ),
  },
  check(c) {
    if (!newerThan2019(c)) return [];
    const year = String(c.year);
    const out: Found<'cited'>[] = [];
    for (const { path, text } of c.texts) {
      for (const { pattern } of OUTDATED_CITATIONS) {
        for (const m of text.matchAll(pattern)) {
          out.push({
            message: 'cited',
            path,
            span: [m.index!, m.index! + m[0].length],
            values: { 'zh-CN': { year, cited: m[0] }, en: { year, cited: m[0] } },
          });
        }
      }
    }
    return out;
  },
} satisfies DocumentRule<'cited'>;
