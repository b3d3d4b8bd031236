import { labelText } from '../../layout/cells.js';
import type { Lang } from '../../layout/types.js';
import type { Bilingual, Severity } from '../../rules/types.js';
import type { RowNode } from './model.js';

/** What the grid reader says about rows and labels, in both languages. */

export const TEMPLATES: Record<string, Bilingual> = {
  'row-unknown': {
    'zh-CN': '{table}中的行 `{text}` 不是模板中的行，其数据未读取',
    en: 'Unexpected row `{text}` in {table}, expected a row of the template',
  },
  'row-missing': {
    'zh-CN': '{table}缺少 `{label}` 行',
    en: 'Missing row `{label}` in {table}',
  },
  'row-duplicate': {
    'zh-CN': '{table}的 `{label}` 行出现了不止一次，只读取了第一次',
    en: 'Unexpected repeated row `{label}` in {table}, expected it once; the first one was read',
  },
  'label-variant': {
    'zh-CN': '{table}的标签 `{actual}` 与模板不一致，应为 `{expected}`',
    en: 'Unexpected label `{actual}` in {table}, expected `{expected}`',
  },
  'format-outdated': {
    'zh-CN':
      '{table}的 `{label}` 只写了一行，是{format}年（试行）格式的写法；现行格式把它分为{count}行，各行的数据无法读出',
    en: 'Unexpected single row `{label}` in {table}, as the {format} trial format has it; the current format splits it into {count} rows, whose figures cannot be read',
  },
  'cell-normalized': {
    'zh-CN': '{cell}写作 `{actual}`，按 `{expected}` 读取',
    en: 'Unexpected `{actual}` in {cell}, expected `{expected}`',
  },
};

export const SEVERITY: Record<string, Severity> = {
  'row-unknown': 'warning',
  'row-missing': 'error',
  'row-duplicate': 'warning',
  'label-variant': 'warning',
  'cell-normalized': 'info',
  'format-outdated': 'error',
};

/** A row named in the template's words: nested rows from their group down, as describeCell does. */
export function rowName(r: RowNode, lang: Lang): string {
  const chain = r.chain.filter((l) => l.zh);
  if (lang === 'en') return chain.map((l) => l.en).join(' › ');
  return (chain.length > 1 ? chain.slice(1) : chain).map(labelText).join(' ');
}
