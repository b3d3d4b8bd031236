import { format2021 } from '../layout/format-2021.js';
import type { FormatLayout } from '../layout/types.js';
import { squeeze } from './normalize.js';

/**
 * The agency and year a report's title names, shared by every reader. The wordings a title may
 * use are the layout's `reportTitle` (its text and aliases): a title reads as a report's when the
 * year is followed by the subject a wording names (the wording up to 公开: 政府信息公开, 政务公开,
 * 信息公开), since published titles vary in the words after it (工作年度报告, 情况的报告, 年报…).
 * Only what is written is taken; nothing is guessed.
 */

export interface TitleParts {
  agency?: string;
  year?: number;
}

/** An agency name: the run of CJK characters (and brackets) that ends right before the year. */
const AGENCY_TAIL = /[\u3400-\u9fff（）()·]+$/;
/** Words that open a title without naming anyone: `关于…的报告`, a list number. */
const LEADING_WORDS = /^(?:关于|有关|[（(]?[一二三四五六七八九十]+[）)、])+/;
/** A year outside this range is not the year of a report under the regulations (2008 on). */
const FIRST_YEAR = 2008;
const LAST_YEAR = 2100;

interface TitlePatterns {
  /** `余关镇人民政府2023年政府信息公开…`, `关于2022年度政府信息公开…`: the agency before the year. */
  before: RegExp;
  /** `2022年度螅镇政府信息公开…`: the agency after the year. */
  after: RegExp;
  /** How the wordings end (报告, 年报): a line that says none of them is not a title. */
  ending: RegExp;
}

const cache = new WeakMap<FormatLayout, TitlePatterns>();

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patterns(layout: FormatLayout): TitlePatterns {
  let p = cache.get(layout);
  if (!p) {
    const wordings = [layout.reportTitle.zh, ...(layout.reportTitle.aliases ?? [])].map(squeeze);
    const subjects = [
      ...new Set(
        wordings.map((w) => w.slice(0, w.indexOf('公开') + 2)).filter((s) => s.length > 2),
      ),
    ];
    const endings = [...new Set(wordings.map((w) => w.slice(-2)))];
    // Longest first, so 政府信息公开 is preferred over 信息公开 where both would match.
    const subject = subjects
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|');
    p = {
      // `2022度` (年 dropped) is still the year of the title.
      before: new RegExp(`^(.*?)(\\d{4})(?:年度?|度)(?:的)?(?:${subject})`),
      after: new RegExp(`^(\\d{4})(?:年度?|度)([\\u3400-\\u9fff（）()]{2,30}?)(?:${subject})`),
      ending: new RegExp(endings.map(escapeRegExp).join('|')),
    };
    cache.set(layout, p);
  }
  return p;
}

/** The agency and year a title names (either may be missing); `{}` when it is not a report's title. */
export function parseTitle(text: string, layout: FormatLayout = format2021): TitleParts {
  const s = squeeze(text);
  const { before, after } = patterns(layout);
  const m = before.exec(s);
  const a = m ? null : after.exec(s);
  if (!m && !a) return {};
  const year = Number(m ? m[2] : a![1]);
  const out: TitleParts = year >= FIRST_YEAR && year <= LAST_YEAR ? { year } : {};
  const tail = m ? AGENCY_TAIL.exec(m[1]) : null;
  const agency = m ? (tail ? tail[0].replace(LEADING_WORDS, '') : '') : a![2];
  if (agency.length >= 2) out.agency = agency;
  return out;
}

/** Does this line read like the title of an annual report (short, naming a year and the report)? */
export function looksLikeTitle(text: string, layout: FormatLayout = format2021): boolean {
  const s = squeeze(text);
  const { before, after, ending } = patterns(layout);
  return s.length <= 80 && (before.test(s) || after.test(s)) && ending.test(s);
}

/** The title a report gets when it has none: the template's wording after the agency and year. */
export function defaultTitle(
  agency: string,
  year: number | string,
  layout: FormatLayout = format2021,
): string {
  return `${agency}${year}年${layout.reportTitle.zh}`;
}
