/**
 * Recognises a report laid out before the national format of 2019: a 政府信息公开情况统计表 with
 * 指标名称 / 计量单位 columns instead of the 申请人 matrix of table 三. Such a report is said to be
 * of an older format once, instead of being read as a 2019 or 2021 report with every section and
 * table missing.
 */

export interface OlderFormat {
  /** What gave it away, as written. */
  evidence: string;
  /** Offset of the evidence in the text. */
  at: number;
}

/** Marks of the pre-2019 statistics table. */
const MARKS = [/政府信息公开(?:工作)?情况统计表/, /指标名称\s*计量单位/];
/** Labels only the 2019 and 2021 tables have: a report with them is read on those formats. */
const CURRENT = /申请人情况|本年新收政府信息公开申请数量|第二十条第[（(]一[）)]项/;

export function olderFormat(text: string): OlderFormat | null {
  if (CURRENT.test(text)) return null;
  for (const re of MARKS) {
    const m = re.exec(text);
    if (m) return { evidence: m[0], at: m.index };
  }
  return null;
}
