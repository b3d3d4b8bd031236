import { getAt } from '../pointer.js';
import type { Bilingual } from '../rules/types.js';
import type { DocumentContext } from '../rules/registry/types.js';
import { FORMAT_2021_FROM_YEAR, type AgencyLevel } from './data.js';

/** What the document rules share: reading numbers out of the report and out of its sentences. */

/** Chinese numerals as they appear in counts (二十三件). */
export function chineseNumber(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  const digits: Record<string, number> = {
    零: 0,
    〇: 0,
    一: 1,
    二: 2,
    两: 2,
    三: 3,
    四: 4,
    五: 5,
    六: 6,
    七: 7,
    八: 8,
    九: 9,
  };
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch in digits) current = digits[ch];
    else if (ch === '十') (total += (current || 1) * 10), (current = 0);
    else if (ch === '百') (total += (current || 1) * 100), (current = 0);
    else return undefined;
  }
  return total + current;
}

/** A count written in digits or Chinese numerals. */
export const NUM = '(\\d+|[零〇一二两三四五六七八九十百]+)';

/** The finite number at a path of the report, if it holds one. */
export const num = (report: unknown, path: string): number | undefined => {
  const v = getAt(report, path);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
};

/** The report is for a year the 2021 format applies to. */
export const newerThan2019 = (c: DocumentContext): boolean =>
  c.year !== undefined && c.year >= FORMAT_2021_FROM_YEAR;

/** Sentences, with their offsets, split at 。；! ? and line breaks. */
export function sentences(text: string): { s: string; at: number }[] {
  const out: { s: string; at: number }[] = [];
  const re = /[^。；;！!？?\n]+/g;
  for (const m of text.matchAll(re)) out.push({ s: m[0], at: m.index! });
  return out;
}

/** How a message names a kind of agency. */
export const LEVEL_NAMES: Partial<Record<AgencyLevel, Bilingual>> = {
  township: { 'zh-CN': '乡镇', en: 'a township' },
  subdistrict: { 'zh-CN': '街道', en: 'a sub-district' },
  county: { 'zh-CN': '县级机关', en: 'a county-level agency' },
  department: { 'zh-CN': '政府部门', en: 'a department of a government' },
};

/** A publication date as the report states it (YYYY-MM-DD), if it does. */
export function publishedAt(report: unknown): string | undefined {
  const p = getAt(report, '/meta/publishedAt');
  return typeof p === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(p) ? p : undefined;
}
