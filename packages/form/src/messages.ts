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
  formatUnavailable: '无法加载 {format} 年格式的检查规则，报告未打开。请检查网络后重试。',
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
  formatUnavailable:
    'Could not load the checks of the {format} format, so the report was not opened. Check the network and try again.',
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
  return fillIn(tables[lang][key], values);
}

/** Words that only lazily loaded code needs (file import, paste) live beside it, in both languages. */
export type Texts<K extends string> = Record<K, Record<Lang, string>>;

export function fillIn(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) =>
    Object.hasOwn(values, k) ? String(values[k]) : m,
  );
}

/** A section number as the template prints it (一、) or as English readers expect (1.). */
export function sectionNo(lang: Lang, no: string, index: number): string {
  return lang === 'en' ? `${index + 1}.` : `${no}、`;
}
