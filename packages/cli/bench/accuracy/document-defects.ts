import { computeTotals, NO_REGULATIONS, setAt } from '@nianbao/core';
import type { Defect } from './defects.js';
import {
  CARRIED_OVER,
  type Generated,
  int,
  iso,
  leaves,
  num,
  pick,
  type Rand,
  RECEIVED,
  REGULATIONS,
  type Report,
} from './generate.js';
import { lineOfCell, linesOf, render } from './render.js';
import { FORMATS } from './shapes/index.js';

/**
 * Defects the document rules find: a sentence that contradicts the tables or cites what was
 * superseded, a year or date that disagrees, a publication too late, 规章 where a level has none.
 */

/** A sentence added to a narrative, expected on that sentence. */
function sentenceDefect(
  id: string,
  title: string,
  rule: string,
  where: string,
  sentence: (g: Generated, rand: Rand) => string,
  applies?: (g: Generated) => boolean,
  change?: (r: Report, rand: Rand) => void,
): Defect {
  return {
    id,
    title,
    formats: FORMATS,
    applies,
    inject(g, format, rand) {
      const report = structuredClone(g.report);
      change?.(report, rand);
      const s = sentence(g, rand);
      report[where] = `${String(report[where])}\n\n${s}`;
      const text = render(g, report, format);
      // A change to the tables can make another, once true, sentence of the report false as well.
      const consequences = change ? [rule] : [];
      return {
        text,
        expect: { rules: [rule], paths: [`/${where}`], lines: linesOf(text, s), consequences },
      };
    },
  };
}

export const DOCUMENT_DEFECTS: Defect[] = [
  sentenceDefect(
    'narrative-count',
    'a narrative count that disagrees',
    'narrative-table-mismatch',
    'overview',
    (g, rand) => {
      const R = num(g.report, `${RECEIVED}/total`);
      const O = num(g.report, `${CARRIED_OVER}/total`);
      let n = R + pick(rand, [1, 2, 3, 7]);
      if (n === R + O) n++;
      return `全年共收到政府信息公开申请${n}件。`;
    },
  ),
  sentenceDefect(
    'review-none',
    '“未发生行政复议” with a non-zero table 四',
    'narrative-table-mismatch',
    'overview',
    () => '全年未发生因政府信息公开引起的行政复议、行政诉讼案件。',
    undefined,
    (r, rand) => {
      const leaf = pick(
        rand,
        leaves.filter((c) => c.table === 'table4'),
      );
      setAt(r, leaf.path, num(r, leaf.path) + int(rand, 1, 3));
      Object.assign(r, computeTotals(r));
    },
  ),
  {
    id: 'town-regulations',
    title: 'a town, sub-district or county with 规章',
    formats: FORMATS,
    applies: (g) => NO_REGULATIONS.includes(g.level),
    inject(g, format, rand) {
      const report = structuredClone(g.report);
      const path = pick(rand, REGULATIONS);
      setAt(report, path, int(rand, 1, 12));
      return {
        text: render(g, report, format),
        expect: {
          rules: ['regulations-implausible'],
          paths: [path],
          lines: lineOfCell(g, report, format, path),
        },
      };
    },
  },
  sentenceDefect(
    'citation-outdated',
    'a superseded citation in a 2021+ report',
    'citation-outdated',
    'otherMatters',
    (g, rand) =>
      pick(rand, [
        '本报告按照国办公开办函〔2019〕60号要求编制。',
        '本报告依据《中华人民共和国政府信息公开工作年度报告格式（试行）》编制。',
      ]),
  ),
  {
    id: 'title-year',
    title: 'a title year that disagrees',
    formats: FORMATS,
    isolate: true,
    inject(g, format) {
      const report = structuredClone(g.report);
      const year = report.meta.year as number;
      report.meta.title = String(report.meta.title).replace(String(year), String(year - 1));
      const text = render(g, report, format);
      // Where the year is read from the title, the rest of the report seems a year late.
      return {
        text,
        expect: {
          rules: ['year-mismatch'],
          paths: ['/meta/title'],
          lines: linesOf(text, String(report.meta.title)),
          consequences: ['late-publication'],
        },
      };
    },
  },
  sentenceDefect(
    'date-without-nian',
    'a date without 年 (自20251月1日)',
    'year-mismatch',
    'otherMatters',
    (g) => {
      const y = g.report.meta.year as number;
      return `本报告统计期限自${y}1月1日起至${y}年12月31日止。`;
    },
  ),
  {
    id: 'late-department',
    title: 'a department published after 31 January',
    formats: FORMATS,
    applies: (g) => g.level === 'department',
    inject(g, format, rand) {
      const report = structuredClone(g.report);
      report.meta.publishedAt = iso(
        (report.meta.year as number) + 1,
        int(rand, 2, 6),
        int(rand, 1, 28),
      );
      const gg = { ...g, dateLine: true };
      const text = render(gg, report, format);
      return {
        text,
        expect: {
          rules: ['late-publication'],
          paths: ['/meta/publishedAt'],
          lines: linesOf(text, String(report.meta.publishedAt)),
        },
      };
    },
  },
];
