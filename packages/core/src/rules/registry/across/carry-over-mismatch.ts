import { show } from '../../../check/diagnostic.js';
import { axisLeaves, cellsOf, describeCell, tableOf } from '../../../layout/cells.js';
import { getFormat } from '../../../layout/index.js';
import { getAt } from '../../../pointer.js';
import { CLEAN_JSON } from '../shared.js';
import { DOCUMENTS, type AcrossRule, type Found } from '../types.js';

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export default {
  id: 'carry-over-mismatch',
  category: 'across',
  severity: 'error',
  title: { 'zh-CN': '上年结转与上年度报告不符', en: 'Carry-over disagrees with last year' },
  description: {
    'zh-CN':
      '本年度“二、上年结转政府信息公开申请数量”应逐列等于上一年度报告的“四、结转下年度继续办理”。',
    en: "This year's 二、上年结转 must equal last year's 四、结转下年度继续办理, column by column.",
  },
  why: {
    'zh-CN':
      '上年结转的申请就是上一年度未办完的申请，两份报告的数不同，说明有申请在两年之间丢失或多出（2019与2021格式之间同样适用）。',
    en: "The applications carried over are last year's unfinished ones; when the two reports disagree, applications were lost or invented between the years (across the 2019/2021 switch too).",
  },
  messages: {
    differs: {
      'zh-CN': '{cell}为`{actual}`，应等于{previous}的“结转下年度继续办理”`{expected}`',
      en: 'Unexpected `{actual}` in {cell}, expected `{expected}` carried forward in {previous}',
    },
  },
  fixable: false,
  inputs: ['json', ...DOCUMENTS],
  examples: {
    // Last year's report is the same agency's, whose 结转下年度 differs from this year's 上年结转.
    fail: { input: 'json', base: CLEAN_JSON, previous: { base: CLEAN_JSON } },
    pass: {
      input: 'json',
      base: CLEAN_JSON,
      previous: {
        base: CLEAN_JSON,
        set: {
          '/applications/carriedForward/naturalPerson': 6,
          '/applications/carriedForward/legalService': 0,
        },
      },
    },
  },
  check(previous, current, previousName) {
    // Rows 一, 二, 四 and the columns are the same in 2019 and 2021: this holds across the switch.
    const layout = getFormat(getAt(current, '/format') === '2019' ? '2019' : '2021');
    const t3 = tableOf(layout, 'table3').blocks[0];
    const cells = cellsOf(layout);
    const out: Found<'differs'>[] = [];
    for (const col of axisLeaves(t3.columns).map((c) => c.segments.join('/'))) {
      const here = `${t3.base}/carriedOver/${col}`;
      const now = getAt(current, here);
      const before = getAt(previous, `${t3.base}/carriedForward/${col}`);
      if (!isNum(now) || !isNum(before) || now === before) continue;
      const cell = cells.find((c) => c.path === here)!;
      const values = (lang: 'zh-CN' | 'en') => ({
        cell: describeCell(cell, lang),
        actual: show(now),
        expected: show(before),
        previous: previousName,
      });
      out.push({
        message: 'differs',
        path: here,
        values: { 'zh-CN': values('zh-CN'), en: values('en') },
        actual: now,
        expected: before,
      });
    }
    return out;
  },
} satisfies AcrossRule<'differs'>;
