import { DOCUMENTS, type ReadingRule, type RuleAbout } from '../types.js';

const ONE_LINE = 'packages/core/fixtures/shapes/one-line-2021.txt';

export default {
  id: 'glued-ambiguous',
  category: 'reading',
  severity: 'warning',
  title: { 'zh-CN': '数字连在一起，无法拆分', en: 'Numbers run together' },
  description: {
    'zh-CN':
      '网页或PDF转出的文字丢失了单元格之间的分隔，一行的数字连成一串（如“121000013”）。按列数和勾稽关系能唯一拆分的照常读取；有多种拆法都符合的，列出各种可能。',
    en: 'Text taken from a page or PDF lost the separators between cells, so a row’s numbers run together (`121000013`). Runs that the columns and the sums split one way only are read; where several splits fit, they are listed.',
  },
  messages: {
    ambiguous: {
      'zh-CN':
        '{row}的数字连在一起（`{actual}`），有{count}种拆法都符合勾稽关系，无法确定：{candidates}',
      en: 'Unexpected run of digits `{actual}` in {row}, expected separate cells: {count} splits fit every sum ({candidates})',
    },
    noSum: {
      'zh-CN':
        '{row}的数字连在一起（`{actual}`），没有一种拆法能使本行总计相符，无法确定：{candidates}',
      en: 'Unexpected run of digits `{actual}` in {row}, expected separate cells: no split adds up ({candidates})',
    },
    unchecked: {
      'zh-CN':
        '{row}的数字连在一起（`{actual}`），该行没有勾稽关系可用来拆分，有{count}种可能：{candidates}',
      en: 'Unexpected run of digits `{actual}` in {row}, expected separate cells: no sum checks this row, {count} splits are possible ({candidates})',
    },
    tooLong: {
      'zh-CN': '{row}的数字连在一起（`{actual}`），位数太多，无法拆分为各列',
      en: 'Unexpected run of digits `{actual}` in {row}, expected separate cells: too long to split',
    },
  },
  fixable: false,
  inputs: DOCUMENTS,
  raisedBy: 'packages/core/src/read/glued/index.ts',
} satisfies ReadingRule<'ambiguous' | 'noSum' | 'unchecked' | 'tooLong'>;

/** What it is for and what it looks like: docs/rules.md, SARIF and `nianbao rules`, not the checkers. */
export const about = {
  why: {
    'zh-CN': '猜错拆法会把看似合理的数字放进错误的格子；这些格子不作猜测、不当作0，需对照原件。',
    en: 'A wrong split would put plausible numbers in the wrong cells; those cells are neither guessed nor taken as 0, and need the original.',
  },
  examples: {
    // 新收, （一） and （七） all read 12/1/… or 1/2/10/…, and every sum holds either way.
    fail: {
      input: 'text',
      base: ONE_LINE,
      replace: [
        ['数量1000001三、', '数量0000000三、'],
        ['予以公开101000011', '予以公开121000013'],
        ['（七）总计111000012', '（七）总计121000013'],
        ['本机关不掌握相关政府信息1000001', '本机关不掌握相关政府信息0000000'],
        ['继续办理2 000 002', '继续办理0000000'],
      ],
    },
    pass: { input: 'text', base: ONE_LINE },
  },
} satisfies RuleAbout;
