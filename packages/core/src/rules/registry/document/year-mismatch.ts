import { publishedAt } from '../../../document/text.js';
import type { Bilingual } from '../../types.js';
import { onReport } from '../shared.js';
import { DOCUMENTS, type DocumentRule, type Found } from '../types.js';

const PERIOD =
  /统计(?:期限|时间|区间|周期|期间|时段)?(?:为|是|：|:|自)?\s*(?:自)?\s*(\d{4})\s*年\s*1\s*月\s*1\s*日\s*(?:起)?\s*(?:至|到|—|－|-|~)\s*(\d{4})\s*年\s*12\s*月\s*31\s*日/g;
/** A date whose year runs into its month (自20251月1日): 年 is missing. */
const DATE_WITHOUT_NIAN = /(?<!\d)((?:19|20)\d{2})(1[0-2]|[1-9])月(\d{1,2})日/g;

type Case = 'stated' | 'noNian';

export default {
  id: 'year-mismatch',
  category: 'document',
  severity: 'error',
  title: { 'zh-CN': '年份不一致', en: 'Years disagree' },
  description: {
    'zh-CN':
      '标题中的年度、统计期限或发布日期与报告年度不一致，或日期缺少“年”字（如“20251月1日”）。',
    en: 'The year in the title, the statistics period or the publication date disagrees with the report year, or a date lacks 年 (like 20251月1日).',
  },
  why: {
    'zh-CN': '年份不一致的报告多是照上一年的报告改的，读者无法确认数据属于哪一年。',
    en: "A report whose years disagree was usually edited from last year's; no reader can tell which year its numbers are for.",
  },
  messages: {
    stated: {
      'zh-CN': '{what}为`{stated}`，与报告年度`{year}`不一致',
      en: 'Unexpected `{stated}` in {what}, expected the report year `{year}`',
    },
    noNian: {
      'zh-CN': '日期`{stated}`缺少“年”字，应为`{fixed}`',
      en: 'Unexpected date `{stated}` without 年, expected `{fixed}`',
    },
  },
  fixable: false,
  inputs: ['json', ...DOCUMENTS],
  examples: {
    fail: onReport({ '/problems': '本报告所列数据的统计期限为2023年1月1日至2023年12月31日。' }),
    pass: onReport({ '/problems': '本报告所列数据的统计期限为2024年1月1日至2024年12月31日。' }),
  },
  check(c) {
    if (c.year === undefined) return [];
    const year = String(c.year);
    const out: Found<Case>[] = [];
    const mismatch = (path: string, span: [number, number], what: Bilingual, stated: string) =>
      out.push({
        message: 'stated',
        path,
        span,
        values: {
          'zh-CN': { what: what['zh-CN'], stated, year },
          en: { what: what.en, stated, year },
        },
      });
    const title = c.texts.find((t) => t.path === '/meta/title');
    if (title) {
      const m = /(\d{4})\s*年?度?/.exec(title.text);
      if (
        m &&
        Number(m[1]) !== c.year &&
        /年/.test(m[0] + title.text.slice(m.index + m[0].length, m.index + m[0].length + 1))
      ) {
        mismatch(
          '/meta/title',
          [m.index, m.index + m[1].length],
          { 'zh-CN': '标题中的年度', en: 'the title' },
          m[0].trim(),
        );
      }
    }
    for (const { path, text } of c.texts) {
      for (const m of text.matchAll(PERIOD)) {
        if (Number(m[1]) !== c.year || Number(m[2]) !== c.year) {
          mismatch(
            path,
            [m.index!, m.index! + m[0].length],
            { 'zh-CN': '统计期限', en: 'the statistics period' },
            m[0],
          );
        }
      }
      for (const m of text.matchAll(DATE_WITHOUT_NIAN)) {
        const fixed = `${m[1]}年${m[2]}月${m[3]}日`;
        out.push({
          message: 'noNian',
          path,
          span: [m.index!, m.index! + m[0].length],
          values: { 'zh-CN': { stated: m[0], fixed }, en: { stated: m[0], fixed } },
        });
      }
    }
    const published = publishedAt(c.report);
    if (published !== undefined && published <= `${year}-12-31`) {
      mismatch(
        '/meta/publishedAt',
        [0, published.length],
        { 'zh-CN': '发布日期', en: 'the publication date' },
        published,
      );
    }
    return out;
  },
} satisfies DocumentRule<Case>;
