import type { Lang } from '@nianbao/core';

/**
 * The form's own words (buttons, headings, notices). Template labels never appear here: they come
 * from the layout. One table per element language; `{n}`-style placeholders are filled by `say`.
 */
const zh = {
  meta: '基本信息',
  agency: '报告机关',
  year: '报告年度',
  title: '报告标题',
  toolbar: '操作',
  import: '导入…',
  exportJson: '导出 JSON',
  exportMarkdown: '导出 Markdown',
  print: '打印',
  undo: '撤销',
  redo: '重做',
  findings: '检查结果',
  noFindings: '未发现问题。',
  findingsCount: '{errors} 个错误，{warnings} 个提醒',
  narrativeHint: '可使用 Markdown：### 小标题、空行分段。',
  restoreOffer: '本页有 {time} 自动保存的未提交内容。',
  restore: '恢复',
  discard: '丢弃',
  importFailed: '无法导入 {name}：{reason}',
  importNotReport: '文件不是年度报告（没有 format 字段或年度报告的章节标题）',
  invalidSummary: '报告有 {errors} 个错误，第一个：{first}',
  severity_error: '错误',
  severity_warning: '提醒',
  severity_info: '提示',
  computed: '自动合计',
  totalsReplaced:
    '自动合计替换了报告中 {n} 个与分项之和不符的合计数：{cells}{more}。请核对原报告。',
  totalReplaced: '{cell}原为 {was}，现为 {now}',
  totalsMore: '；另有 {n} 个',
  blankValue: '空',
  pasteNotPlaced: '粘贴的内容带有标题，但没有一行与本表的行标题对应，未填入任何数据。',
  pasteRowsUnplaced: '粘贴的内容中有 {n} 行的标题与本表的行标题都不对应，这些行未填入。',
  pasteOutside:
    '粘贴的 {total} 个值中有 {n} 个超出本表范围，未填入（{rows} 行在表格末行之下，{cols} 个值在末列之右）。',
  tooLarge: '内容过大（{size} 个字符，上限 {max} 个），未读取。',
  tooDeep: '内容嵌套过深（上限 {max} 层），未读取。',
  tooDeepAt: '内容第 {line} 行嵌套过深（上限 {max} 层），未读取。',
  tooManyValues: '内容的项目过多（上限 {max} 项），未读取。',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  meta: 'About the report',
  agency: 'Reporting agency',
  year: 'Year',
  title: 'Title',
  toolbar: 'Actions',
  import: 'Import…',
  exportJson: 'Download JSON',
  exportMarkdown: 'Download Markdown',
  print: 'Print',
  undo: 'Undo',
  redo: 'Redo',
  findings: 'Findings',
  noFindings: 'No problems found.',
  findingsCount: '{errors} errors, {warnings} warnings',
  narrativeHint: 'Markdown allowed: ### sub-headings, blank lines between paragraphs.',
  restoreOffer: 'This page has unsubmitted changes saved automatically at {time}.',
  restore: 'Restore',
  discard: 'Discard',
  importFailed: 'Could not import {name}: {reason}',
  importNotReport:
    'the file is not an annual report (no format field or section headings of the template)',
  invalidSummary: 'The report has {errors} errors; the first: {first}',
  severity_error: 'Error',
  severity_warning: 'Warning',
  severity_info: 'Note',
  computed: 'computed',
  totalsReplaced:
    'Autosum replaced {n} totals of the report that did not match the sum of their parts: {cells}{more}. Check the original report.',
  totalReplaced: '{cell} was {was}, now {now}',
  totalsMore: '; and {n} more',
  blankValue: 'blank',
  pasteNotPlaced:
    'The pasted block has labels, but none of its rows matches a row of this table: nothing was filled in.',
  pasteRowsUnplaced:
    '{n} rows of the pasted block match no row of this table and were not filled in.',
  pasteOutside:
    '{n} of the {total} pasted values fall outside this table ({rows} rows below its last row, {cols} values right of its last column) and were not filled in.',
  tooLarge: 'too large ({size} characters, limit {max}); nothing was read.',
  tooDeep: 'nested too deeply (limit {max} levels); nothing was read.',
  tooDeepAt: 'nested too deeply at line {line} (limit {max} levels); nothing was read.',
  tooManyValues: 'too many values (limit {max}); nothing was read.',
};

const tables: Record<Lang, Record<MessageKey, string>> = { 'zh-CN': zh, en };

/** The element's language from its `lang` attribute: English when it says so, Chinese otherwise. */
export function langOf(lang: string | null | undefined): Lang {
  return lang && /^en\b/i.test(lang) ? 'en' : 'zh-CN';
}

export function say(
  lang: Lang,
  key: MessageKey,
  values: Record<string, string | number> = {},
): string {
  return tables[lang][key].replace(/\{(\w+)\}/g, (m, k: string) =>
    Object.hasOwn(values, k) ? String(values[k]) : m,
  );
}

/** A section number as the template prints it (一、) or as English readers expect (1.). */
export function sectionNo(lang: Lang, no: string, index: number): string {
  return lang === 'en' ? `${index + 1}.` : `${no}、`;
}
