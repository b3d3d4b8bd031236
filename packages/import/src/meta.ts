import { parseTitle, squeeze, type LineIndex, type SourceLocation } from '@nianbao/core';
import type { Part } from './model.js';

/**
 * What a report says about itself: the agency and year from how its text speaks (the title is
 * core's `parseTitle`), the publication date from the page's metadata. Only what is written is
 * taken; nothing is guessed from a file name or the current date.
 */

/**
 * `2023年1月1日至2023年12月31日` names the year reported on, also written with 年 dropped
 * (`自20241月1日至202412月31日`) or with dots (`2023.1.1-2023.12.31`).
 */
const YEAR = '(\\d{4})\\s*(?:年|[.．/\\-])?\\s*';
const MONTH = '\\s*(?:月|[.．/\\-])\\s*';
const PERIOD = new RegExp(
  `${YEAR}0?1${MONTH}0?1\\s*日?\\s*(?:起)?\\s*(?:至|到|—|－|-|~|～)\\s*${YEAR}12${MONTH}31\\s*日?`,
);
/** `2022年，二道区房屋征收工作管理办公室认真贯彻…`: the year opening the overview, and the agency after it. */
const OPENING =
  /^(?:\d{4})\s*年(?:度|以来)?\s*[，,]?\s*(?:我|本)?([\u3400-\u9fff（）()]{4,40}?(?:人民政府|政府|办公室|管理局|委员会|局|委|办|中心|街道办事处|街道|镇|乡|院|所|厅|署))(?=认真|坚持|深入|严格|全面|继续|持续|积极|按照|根据|紧紧|始终|围绕|以|在|高度|贯彻|不断|进一步|扎实|切实)/;
/** `我镇2023年政府信息公开工作`, `我局2023年`. */
const YEAR_OF_WORK = /(\d{4})\s*年度?\s*(?:的)?\s*(?:政府信息公开|政务公开|信息公开)工作/;

/** The year reported on, from the statistics period or the text's own statement. */
export function yearFromText(
  text: string,
): { year: number; at: number; from: 'period' | 'work' | 'opening' } | undefined {
  const p = PERIOD.exec(text);
  if (p && p[1] === p[2]) return { year: Number(p[1]), at: p.index, from: 'period' };
  const w = YEAR_OF_WORK.exec(text);
  if (w) return { year: Number(w[1]), at: w.index, from: 'work' };
  const o = /^\s*(\d{4})\s*年/m.exec(text);
  if (o) return { year: Number(o[1]), at: o.index, from: 'opening' };
  return undefined;
}

/** `…特编制X局2023年政府信息公开工作年度报告`: the report named in the text, title and all. */
const COMPILED = /(?:编制|形成|发布|公布)(?:了|本|此)?([^。，,；;\n]{4,80}?(?:报告|年报))/g;

/** The agency as the overview names itself in its opening sentence, if it does. */
export function agencyFromText(text: string): { agency: string; at: number } | undefined {
  return agencyOpening(text) ?? agencyCompiled(text);
}

function agencyCompiled(text: string): { agency: string; at: number } | undefined {
  for (const m of text.matchAll(COMPILED)) {
    const agency = parseTitle(m[1]).agency;
    if (!agency) continue;
    const at = text.indexOf(agency, m.index);
    if (at >= 0) return { agency, at };
  }
  return undefined;
}

function agencyOpening(text: string): { agency: string; at: number } | undefined {
  for (const m of text.matchAll(/^\s*\d{4}\s*年[^\n]*/gm)) {
    const o = OPENING.exec(squeeze(m[0]));
    if (o) return { agency: o[1], at: m.index! + m[0].indexOf(o[1][0]) };
  }
  return undefined;
}

/** `2023-01-31`, `2023年1月31日`, `2023/1/31`, `2023.01.31` as YYYY-MM-DD, or undefined. */
export function isoDate(text: string): string | undefined {
  const m = /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 2000 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Labels of a publication date in page metadata, most specific first. */
export const DATE_LABELS = ['发布时间', '发布日期', '公开日期', '公开时间', '发文日期'];

/** `发布时间：2023-01-31 13:24` inside a line: the date and where it is. */
export function labelledDate(
  text: string,
): { date: string; at: number; length: number } | undefined {
  for (const label of DATE_LABELS) {
    const re = new RegExp(
      `${label}\\s*[:：]?\\s*(\\d{4}\\s*[-年/.]\\s*\\d{1,2}\\s*[-月/.]\\s*\\d{1,2})`,
    );
    const m = re.exec(text);
    if (m) {
      const date = isoDate(m[1]);
      if (date) return { date, at: m.index + m[0].length - m[1].length, length: m[1].length };
    }
  }
  return undefined;
}

/** The first `发布日期：…` written on a line of the document, placed in it. */
export function firstLabelledDate(
  parts: readonly Part[],
  index: LineIndex,
): { date: string; source: SourceLocation } | undefined {
  for (const p of parts) {
    if (p.kind !== 'line') continue;
    const d = labelledDate(p.text.text);
    if (d) {
      const a = p.text.toDoc(d.at);
      return { date: d.date, source: index.span(a, a + d.length) };
    }
  }
  return undefined;
}
