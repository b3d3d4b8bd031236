import { newerThan2019 } from '../../../document/text.js';
import { DOCUMENTS, type DocumentRule, type RuleAbout } from '../types.js';

export default {
  id: 'format-outdated',
  category: 'document',
  severity: 'error',
  title: { 'zh-CN': '使用了已废止的2019年格式', en: 'Laid out on the superseded 2019 format' },
  description: {
    'zh-CN': '2021年及以后的年度报告的表格仍为2019年（试行）格式，例如表二仍有“本年新制作数量”。',
    en: 'A report for 2021 or later laid out on the 2019 trial format, e.g. a table 二 with 本年新制作数量.',
  },
  messages: {
    outdated: {
      'zh-CN': '{year}年度报告使用了已废止的2019年（试行）格式，应使用国办公开办函〔2021〕30号格式',
      en: 'Unexpected 2019 trial format in a report for {year}, expected the format of 国办公开办函〔2021〕30号',
    },
    // Raised by the grid reader: one table of a report on the current format keeps 2019's row.
    singleRow: {
      'zh-CN':
        '{table}的 `{label}` 只写了一行，是{format}年（试行）格式的写法；现行格式把它分为{count}行，各行的数据无法读出',
      en: 'Unexpected single row `{label}` in {table}, as the {format} trial format has it; the current format splits it into {count} rows, whose figures cannot be read',
    },
  },
  fixable: false,
  inputs: ['json', ...DOCUMENTS],
  check(c) {
    if (c.layout.format !== '2019' || !newerThan2019(c)) return [];
    const year = String(c.year);
    return [{ message: 'outdated', path: '/format', values: { 'zh-CN': { year }, en: { year } } }];
  },
} satisfies DocumentRule<'outdated' | 'singleRow'>;

/** What it is for and what it looks like: docs/rules.md, SARIF and `nianbao rules`, not the checkers. */
export const about = {
  why: {
    'zh-CN':
      '2021年及以后的年度报告应使用国办公开办函〔2021〕30号印发的格式；旧格式的表格与新格式逐项比较不了。',
    en: 'Reports for 2021 onward must use the format of 国办公开办函〔2021〕30号; tables on the old format cannot be compared with the new one cell by cell.',
  },
  examples: {
    fail: {
      input: 'json',
      base: 'packages/core/fixtures/examples/format-2019.json',
      set: { '/meta/year': 2022 },
    },
    pass: { input: 'json', base: 'packages/core/fixtures/examples/format-2019.json' },
  },
} satisfies RuleAbout;
