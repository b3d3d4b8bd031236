import { axisLeaves, cellsOf, tableOf } from '../layout/cells.js';
import type { FormatLayout } from '../layout/types.js';
import type { Rule, RuleSet } from './types.js';

/**
 * The reconciliation rules (勾稽关系) and cell rules as data. The named sets are read off the
 * layout, so the JSON written by `generate` lists every path explicitly and other projects can
 * evaluate it without our code.
 */

export const RULES_DOCS_URL = 'https://github.com/nianbao/nianbao/blob/main/docs/rules.md#{id}';

export function ruleSets(layout: FormatLayout): Record<string, string[]> {
  const t3 = tableOf(layout, 'table3').blocks[0];
  const rowPaths = axisLeaves(t3.rows).map((r) => [t3.base, ...r.segments].join('/'));
  const derivedRow = (r: ReturnType<typeof axisLeaves>[number]) => r.chain.some((n) => n.derived);
  const outcomes = axisLeaves(t3.rows).filter((r) => r.segments[0] === 'outcomes');
  const colKeys = axisLeaves(t3.columns).map((c) => c.segments.join('/'));
  const colLeaves = axisLeaves(t3.columns);

  const t4 = tableOf(layout, 'table4').blocks[0];
  const t4cols = axisLeaves(t4.columns);
  const groups = [...new Set(t4cols.map((c) => [t4.base, ...c.segments.slice(0, -1)].join('/')))];
  const groupCols = [...new Set(t4cols.map((c) => c.segments[c.segments.length - 1]))];
  const t4Derived = new Set(
    t4cols.filter((c) => c.chain.some((n) => n.derived)).map((c) => c.segments.at(-1)!),
  );

  const cells = cellsOf(layout);
  return {
    'table3.rows': rowPaths,
    'table3.columns': colKeys,
    'table3.applicantColumns': colLeaves
      .filter((c) => !c.chain.some((n) => n.derived))
      .map((c) => c.segments.join('/')),
    'table3.resultRows': outcomes
      .filter((r) => !derivedRow(r))
      .map((r) => [t3.base, ...r.segments].join('/')),
    'table4.groups': groups,
    'table4.resultColumns': groupCols.filter((c) => !t4Derived.has(c)),
    cells: cells.map((c) => c.path),
    countCells: cells.filter((c) => c.kind !== 'money').map((c) => c.path),
    unsignedCells: cells.filter((c) => c.kind !== 'signed').map((c) => c.path),
  };
}

const incomplete = {
  'zh-CN': '{cell}无法核对：`{blank}`为空或不是数字',
  en: 'Cannot reconcile {cell}: unexpected blank or non-numeric `{blank}`',
};

export const RULES: Rule[] = [
  {
    id: 'applications-balance',
    kind: 'sum',
    severity: 'error',
    title: {
      'zh-CN': '申请数量平衡（一＋二＝三（七）＋四）',
      en: 'Applications balance (一 + 二 = 三（七） + 四)',
    },
    description: {
      'zh-CN':
        '表三每一列中，本年新收与上年结转之和，应等于本年度办理结果总计与结转下年度继续办理之和。这是模板左上角写明的勾稽关系。',
      en: 'In every column of table 三, applications received this year plus those carried over must equal the total of outcomes plus those carried forward. The template states this relation in its top-left cell.',
    },
    forEach: { col: 'table3.columns' },
    left: ['/applications/received/{col}', '/applications/carriedOver/{col}'],
    right: ['/applications/outcomes/total/{col}', '/applications/carriedForward/{col}'],
    messages: {
      mismatch: {
        'zh-CN': '{column}列：三（七）总计＋四为`{actual}`，应等于一＋二`{expected}`',
        en: 'Unexpected `{actual}` for 三（七）+ 四 in column “{column}”, expected `{expected}` (一 + 二)',
      },
      incomplete,
    },
  },
  {
    id: 'row-total',
    kind: 'sum',
    severity: 'error',
    title: { 'zh-CN': '行总计', en: 'Row total' },
    description: {
      'zh-CN': '表三每一行的“总计”应等于自然人与五类法人或其他组织之和。',
      en: 'In every row of table 三, 总计 must equal the sum of natural persons and the five kinds of organisation.',
    },
    forEach: { row: 'table3.rows' },
    left: [{ each: 'table3.applicantColumns', as: 'col', path: '{row}/{col}' }],
    right: ['{row}/total'],
    derives: true,
    messages: {
      mismatch: {
        'zh-CN': '{cell}为`{actual}`，应为`{expected}`（本行各申请人列之和）',
        en: 'Unexpected `{actual}` in {cell}, expected `{expected}` (the sum of the applicant columns)',
      },
      incomplete,
    },
  },
  {
    id: 'outcomes-total',
    kind: 'sum',
    severity: 'error',
    title: { 'zh-CN': '办理结果总计', en: 'Outcomes total' },
    description: {
      'zh-CN':
        '表三每一列的“（七）总计”应等于（一）至（六）各办理结果行之和（2021年格式21行，2019年格式19行）。',
      en: 'In every column of table 三, （七）总计 must equal the sum of the outcome rows （一） to （六） (21 rows in the 2021 format, 19 in 2019).',
    },
    forEach: { col: 'table3.columns' },
    left: [{ each: 'table3.resultRows', as: 'row', path: '{row}/{col}' }],
    right: ['/applications/outcomes/total/{col}'],
    derives: true,
    messages: {
      mismatch: {
        'zh-CN': '{cell}为`{actual}`，应为`{expected}`（（一）至（六）各办理结果之和）',
        en: 'Unexpected `{actual}` in {cell}, expected `{expected}` (the sum of outcomes （一） to （六）)',
      },
      incomplete,
    },
  },
  {
    id: 'review-litigation-total',
    kind: 'sum',
    severity: 'error',
    title: { 'zh-CN': '行政复议、行政诉讼总计', en: 'Review and litigation totals' },
    description: {
      'zh-CN':
        '表四的行政复议、未经复议直接起诉、复议后起诉三组中，“总计”应等于结果维持、结果纠正、其他结果、尚未审结之和。',
      en: 'In each of the three groups of table 四, 总计 must equal upheld + corrected + other + pending.',
    },
    forEach: { group: 'table4.groups' },
    left: [{ each: 'table4.resultColumns', as: 'col', path: '{group}/{col}' }],
    right: ['{group}/total'],
    derives: true,
    messages: {
      mismatch: {
        'zh-CN': '{cell}为`{actual}`，应为`{expected}`（维持、纠正、其他、尚未审结之和）',
        en: 'Unexpected `{actual}` in {cell}, expected `{expected}` (upheld + corrected + other + pending)',
      },
      incomplete,
    },
  },
  {
    id: 'cell-blank',
    kind: 'cell',
    severity: 'error',
    cells: 'cells',
    test: 'blank',
    title: { 'zh-CN': '空白单元格', en: 'Blank cell' },
    description: {
      'zh-CN':
        '模板要求每个单元格都填写，未发生的填0。空白、“/”、“-”、“—”、“无”都不是0，核对时不能当作0。',
      en: 'The template expects every cell filled, with 0 where nothing happened. Blank, `/`, `-`, `—` or `无` is not 0 and is never read as 0.',
    },
    message: {
      'zh-CN': '{cell}为空白{raw}，应填写数字（未发生填`0`）',
      en: 'Unexpected blank{raw} in {cell}, expected a number (`0` if nothing happened)',
    },
  },
  {
    id: 'cell-not-a-number',
    kind: 'cell',
    severity: 'error',
    cells: 'cells',
    test: 'not-a-number',
    title: { 'zh-CN': '非数字内容', en: 'Not a number' },
    description: {
      'zh-CN': '单元格里写了文字、单位或符号（如“251000元”“减4”），无法核对。金额栏以万元为单位。',
      en: 'The cell holds words, units or signs (like `251000元` or `减4`) and cannot be reconciled. Amounts are in 万元.',
    },
    message: {
      'zh-CN': '{cell}为`{actual}`，应为数字',
      en: 'Unexpected `{actual}` in {cell}, expected a number',
    },
  },
  {
    id: 'cell-negative',
    kind: 'cell',
    severity: 'error',
    cells: 'unsignedCells',
    test: 'negative',
    title: { 'zh-CN': '负数', en: 'Negative value' },
    description: {
      'zh-CN': '件数和金额不能为负数。',
      en: 'Counts and amounts cannot be negative.',
    },
    message: {
      'zh-CN': '{cell}为`{actual}`，不能为负数',
      en: 'Unexpected `{actual}` in {cell}, expected a number of at least `0`',
    },
  },
  {
    id: 'cell-not-integer',
    kind: 'cell',
    severity: 'error',
    cells: 'countCells',
    test: 'not-integer',
    title: { 'zh-CN': '件数不是整数', en: 'Count is not a whole number' },
    description: {
      'zh-CN': '件数、决定数量应为整数；只有行政事业性收费金额（万元）可以有小数。',
      en: 'Counts are whole numbers; only the fee amount (万元) may have decimals.',
    },
    message: {
      'zh-CN': '{cell}为`{actual}`，应为整数',
      en: 'Unexpected `{actual}` in {cell}, expected a whole number',
    },
  },
  {
    id: 'schema',
    kind: 'schema',
    severity: 'error',
    title: { 'zh-CN': '结构不符合', en: 'Schema violation' },
    description: {
      'zh-CN': '报告的JSON不符合报告的JSON Schema（缺少字段、多余字段、类型错误等）。',
      en: 'The report JSON does not follow the report schema (missing or unknown properties, wrong types).',
    },
    message: {
      'zh-CN': '`{path}`：{detail}',
      en: '`{path}`: {detail}',
    },
  },
];

export function buildRuleSet(layout: FormatLayout): RuleSet {
  return { format: layout.format, docs: RULES_DOCS_URL, sets: ruleSets(layout), rules: RULES };
}
