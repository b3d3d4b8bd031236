import { cellAt, describeCell } from '../../../layout/cells.js';
import type { Lang } from '../../../layout/types.js';
import { chineseNumber, NUM, num, sentences } from '../../../document/text.js';
import { onReport } from '../shared.js';
import { DOCUMENTS, type DocumentRule, type Found } from '../types.js';

const RECEIVED = new RegExp(
  `(?:共|累计|全年|本年度?|合计)?(?:收到|受理|新收|接收|接到)(?:各类|各种)?(?:依申请公开|政府信息公开|信息公开)?申请(?:共计|共|合计|总计)?${NUM}(?:件|条|个|份|宗)`,
  'g',
);
const NONE = {
  applications:
    /(?:未|没有|无)(?:收到|受理|接到)[^。；，,]{0,16}(?:政府信息公开|信息公开|依申请公开)(?:申请)?/,
  review: /(?:未|没有|无)(?:发生|出现|收到)?[^。；]{0,20}(?:行政复议|行政诉讼)/,
  carry: /(?:无|没有|未有)(?:申请)?结转/,
};
const TABLE4_TOTALS = [
  '/reviewLitigation/review/total',
  '/reviewLitigation/litigationDirect/total',
  '/reviewLitigation/litigationAfterReview/total',
];

export default {
  id: 'narrative-table-mismatch',
  category: 'document',
  severity: 'error',
  title: { 'zh-CN': '正文与表格不一致', en: 'Narrative contradicts a table' },
  description: {
    'zh-CN':
      '正文中明确写出的数字或“未发生”等表述与表格数据矛盾，例如“共收到政府信息公开申请2件”而表三新收总计为3。',
    en: 'A number or a "none" stated plainly in the text contradicts the tables, e.g. "共收到政府信息公开申请2件" while table 三 says 3.',
  },
  why: {
    'zh-CN': '读者先读正文；正文与表格矛盾，至少有一处是错的，报告就不可信。',
    en: 'Readers read the text first; when it contradicts the tables at least one of them is wrong, and the report cannot be trusted.',
  },
  messages: {
    contradicts: {
      'zh-CN': '正文“{said}”与表格不一致：{cell}为`{value}`',
      en: 'Unexpected “{said}” in the text: {cell} is `{value}`',
    },
  },
  fixable: false,
  inputs: ['json', ...DOCUMENTS],
  examples: {
    fail: onReport({ '/otherMatters': '全年共受理政府信息公开申请2件。' }),
    pass: onReport({ '/otherMatters': '全年共受理政府信息公开申请131件。' }),
  },
  check({ report, layout, texts }) {
    const found: Found<'contradicts'>[] = [];
    const received = num(report, '/applications/received/total');
    const carriedOver = num(report, '/applications/carriedOver/total');
    const carriedForward = num(report, '/applications/carriedForward/total');
    const push = (path: string, at: number, sentence: string, cells: string[]) => {
      const name = (lang: Lang) =>
        cells.map((p) => describeCell(cellAt(layout, p)!, lang)).join(lang === 'en' ? '; ' : '、');
      const value = cells.map((p) => String(num(report, p))).join('、');
      const said = sentence.trim().slice(0, 60);
      found.push({
        message: 'contradicts',
        path,
        span: [at, at + sentence.length],
        paths: [path, ...cells],
        values: {
          'zh-CN': { said, cell: name('zh-CN'), value },
          en: { said, cell: name('en'), value },
        },
      });
    };
    for (const { path, text } of texts) {
      if (path === '/meta/title') continue;
      for (const { s, at } of sentences(text)) {
        // Clauses about other years, carry-overs or replies state other numbers.
        for (const c of s.matchAll(/[^，,]+/g)) {
          if (received === undefined || /上年|去年|上一年|同比|较|结转|办结|答复|以来/.test(c[0]))
            continue;
          for (const m of c[0].matchAll(RECEIVED)) {
            const n = chineseNumber(m[1]);
            // Some reports count this year's new and last year's carried-over applications together.
            if (
              n !== undefined &&
              n !== received &&
              !(carriedOver !== undefined && n === received + carriedOver)
            ) {
              push(path, at + c.index! + m.index!, m[0], ['/applications/received/total']);
            }
          }
        }
        if (
          received !== undefined &&
          received > 0 &&
          NONE.applications.test(s) &&
          !/结转/.test(s)
        ) {
          push(path, at, s, ['/applications/received/total']);
        }
        // Only the proceedings a clause says did not happen: 行政复议 and 行政诉讼 are often stated apart.
        for (const c of s.matchAll(/[^，,]+/g)) {
          if (!NONE.review.test(c[0]) || /\d/.test(c[0])) continue;
          const named = [
            ...(/行政复议/.test(c[0]) ? [TABLE4_TOTALS[0]] : []),
            ...(/行政诉讼/.test(c[0]) ? [TABLE4_TOTALS[1], TABLE4_TOTALS[2]] : []),
          ];
          const hits = named.filter((p) => (num(report, p) ?? 0) > 0);
          if (hits.length) push(path, at + c.index!, c[0], hits);
        }
        if (carriedForward !== undefined && carriedForward > 0 && NONE.carry.test(s)) {
          push(path, at, s, ['/applications/carriedForward/total']);
        }
      }
    }
    return found;
  },
} satisfies DocumentRule<'contradicts'>;
