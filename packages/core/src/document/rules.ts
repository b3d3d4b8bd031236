import { cellAt, cellsOf, describeCell } from '../layout/cells.js';
import { formats, getFormat } from '../layout/index.js';
import type { FormatLayout, Lang } from '../layout/types.js';
import { RULES_DOCS_URL } from '../rules/build-rules.js';
import { getAt } from '../pointer.js';
import type { Bilingual, Severity } from '../rules/types.js';
import { makeDiagnostic, type Diagnostic, type SourceLocation } from '../check/diagnostic.js';
import {
  DEADLINES,
  FORMAT_2021_FROM_YEAR,
  LEVEL_BY_NAME,
  LEVEL_BY_SELF_REFERENCE,
  NO_REGULATIONS,
  OUTDATED_CITATIONS,
  type AgencyLevel,
} from './data.js';

/**
 * Rules over the whole document: its year, its citations, its narrative against its tables, the
 * kind of agency against what it reports. Precision before recall: each rule fires only on a
 * statement it can read unambiguously, because a false alarm on a correct report is a bug.
 */

export interface DocumentRuleInfo {
  id: string;
  severity: Severity;
  title: Bilingual;
  description: Bilingual;
}

export const DOCUMENT_RULES: DocumentRuleInfo[] = [
  {
    id: 'format-outdated',
    severity: 'error',
    title: { 'zh-CN': '使用了已废止的2019年格式', en: 'Laid out on the superseded 2019 format' },
    description: {
      'zh-CN':
        '2021年及以后的年度报告应使用国办公开办函〔2021〕30号印发的格式；表二仍为“本年新制作数量”等2019年（试行）格式的，属于格式错误。',
      en: 'Reports for 2021 onward must use the format of 国办公开办函〔2021〕30号; a table 二 with 本年新制作数量 and the like is the superseded 2019 trial format.',
    },
  },
  {
    id: 'citation-outdated',
    severity: 'warning',
    title: { 'zh-CN': '引用了已废止的格式文件', en: 'Cites the superseded format' },
    description: {
      'zh-CN': '2021年及以后的报告不应再引用国办公开办函〔2019〕60号或《……年度报告格式（试行）》。',
      en: 'Reports for 2021 onward should not cite 国办公开办函〔2019〕60号 or 《…年度报告格式（试行）》.',
    },
  },
  {
    id: 'year-mismatch',
    severity: 'error',
    title: { 'zh-CN': '年份不一致', en: 'Years disagree' },
    description: {
      'zh-CN':
        '标题中的年度、统计期限、发布日期应与报告年度一致；缺少“年”字的日期（如“20251月1日”）无法确认年份。',
      en: 'The year in the title, the statistics period and the publication date must agree with the report year; a date missing 年 (like 20251月1日) is malformed.',
    },
  },
  {
    id: 'narrative-table-mismatch',
    severity: 'error',
    title: { 'zh-CN': '正文与表格不一致', en: 'Narrative contradicts a table' },
    description: {
      'zh-CN':
        '正文中明确写出的数字或“未发生”等表述与表格数据矛盾，例如“共收到政府信息公开申请2件”而表三新收总计为3。',
      en: 'A number or a "none" stated plainly in the text contradicts the tables, e.g. "共收到政府信息公开申请2件" while table 三 says 3.',
    },
  },
  {
    id: 'regulations-implausible',
    severity: 'warning',
    title: { 'zh-CN': '不应有规章数据', en: 'Implausible 规章' },
    description: {
      'zh-CN':
        '只有国务院部门、省级政府和设区的市政府能制定规章；乡镇、街道、县级机关报告规章数据，多半是填错了行。',
      en: 'Only State Council departments, provincial governments and governments of cities with districts make 规章; a township, sub-district or county reporting them has most likely filled the wrong row.',
    },
  },
  {
    id: 'late-publication',
    severity: 'warning',
    title: { 'zh-CN': '发布晚于法定期限', en: 'Published after the legal deadline' },
    description: {
      'zh-CN':
        '县级以上人民政府部门应在每年1月31日前、县级以上地方人民政府应在每年3月31日前公布上一年度报告（《条例》第四十九条）。',
      en: 'Departments of governments at county level or above publish by 31 January, local governments by 31 March of the following year (条例 Article 49).',
    },
  },
  {
    id: 'carry-over-mismatch',
    severity: 'error',
    title: { 'zh-CN': '上年结转与上年度报告不符', en: 'Carry-over disagrees with last year' },
    description: {
      'zh-CN':
        '本年度“二、上年结转政府信息公开申请数量”应逐列等于上一年度报告的“四、结转下年度继续办理”（2019与2021格式之间同样适用）。',
      en: "This year's 二、上年结转 must equal last year's 四、结转下年度继续办理, column by column (across the 2019/2021 switch too).",
    },
  },
];

export interface DocumentOptions {
  lang?: Lang;
  /**
   * Where a stretch of a narrative (`/overview`, `/problems`, `/otherMatters`, `/meta/title`) came
   * from in the original document, for readers that know.
   */
  locate?: (path: string, start: number, end: number) => SourceLocation | undefined;
  docsUrl?: string;
  /** Where each value was read from: the finding's `source` when it has no narrower span. */
  sources?: ReadonlyMap<string, SourceLocation>;
}

type Messages = Record<Lang, Record<string, string>>;

interface Found {
  id: string;
  path: string;
  templates: Bilingual;
  values: Messages;
  span?: [number, number];
  paths?: string[];
  actual?: unknown;
  expected?: unknown;
}

const NARRATIVES = ['/meta/title', '/overview', '/problems', '/otherMatters'] as const;

/** Chinese numerals as they appear in counts (二十三件). */
function chineseNumber(s: string): number | undefined {
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

const NUM = '(\\d+|[零〇一二两三四五六七八九十百]+)';

/** The agency's kind: as stated, else from its name, else from how the report speaks of itself. */
export function agencyLevelOf(report: unknown): AgencyLevel | undefined {
  const meta = getAt(report, '/meta') as { agencyLevel?: unknown; agency?: unknown } | undefined;
  if (typeof meta?.agencyLevel === 'string') return meta.agencyLevel as AgencyLevel;
  const name = typeof meta?.agency === 'string' ? meta.agency.trim() : '';
  for (const { pattern, level } of LEVEL_BY_NAME) if (pattern.test(name)) return level;
  const overview = getAt(report, '/overview');
  if (typeof overview === 'string') {
    for (const { pattern, level } of LEVEL_BY_SELF_REFERENCE)
      if (pattern.test(overview)) return level;
  }
  return undefined;
}

const num = (report: unknown, path: string) => {
  const v = getAt(report, path);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
};

/** What every document check reads. */
interface Context {
  report: unknown;
  layout: FormatLayout;
  year: number | undefined;
  texts: { path: string; text: string }[];
  level: AgencyLevel | undefined;
}

const NEWER_THAN_2019 = (c: Context) => c.year !== undefined && c.year >= FORMAT_2021_FROM_YEAR;

function formatOutdated(c: Context): Found[] {
  if (c.layout.format !== '2019' || !NEWER_THAN_2019(c)) return [];
  const year = String(c.year);
  return [
    {
      id: 'format-outdated',
      path: '/format',
      templates: {
        'zh-CN':
          '{year}年度报告使用了已废止的2019年（试行）格式，应使用国办公开办函〔2021〕30号格式',
        en: 'Unexpected 2019 trial format in a report for {year}, expected the format of 国办公开办函〔2021〕30号',
      },
      values: { 'zh-CN': { year }, en: { year } },
    },
  ];
}

function citationOutdated(c: Context): Found[] {
  if (!NEWER_THAN_2019(c)) return [];
  const year = String(c.year);
  const out: Found[] = [];
  for (const { path, text } of c.texts) {
    for (const { pattern } of OUTDATED_CITATIONS) {
      for (const m of text.matchAll(pattern)) {
        out.push({
          id: 'citation-outdated',
          path,
          span: [m.index!, m.index! + m[0].length],
          templates: {
            'zh-CN': '{year}年度报告引用了已废止的`{cited}`，应为国办公开办函〔2021〕30号',
            en: 'Unexpected citation of `{cited}` in a report for {year}, expected 国办公开办函〔2021〕30号',
          },
          values: { 'zh-CN': { year, cited: m[0] }, en: { year, cited: m[0] } },
        });
      }
    }
  }
  return out;
}

const PERIOD =
  /统计(?:期限|时间|区间|周期|期间|时段)?(?:为|是|：|:|自)?\s*(?:自)?\s*(\d{4})\s*年\s*1\s*月\s*1\s*日\s*(?:起)?\s*(?:至|到|—|－|-|~)\s*(\d{4})\s*年\s*12\s*月\s*31\s*日/g;
/** A date whose year runs into its month (自20251月1日): 年 is missing. */
const DATE_WITHOUT_NIAN = /(?<!\d)((?:19|20)\d{2})(1[0-2]|[1-9])月(\d{1,2})日/g;

function yearMismatch(c: Context): Found[] {
  if (c.year === undefined) return [];
  const year = String(c.year);
  const out: Found[] = [];
  const mismatch = (path: string, span: [number, number], what: Bilingual, stated: string) =>
    out.push({
      id: 'year-mismatch',
      path,
      span,
      templates: {
        'zh-CN': '{what}为`{stated}`，与报告年度`{year}`不一致',
        en: 'Unexpected `{stated}` in {what}, expected the report year `{year}`',
      },
      values: {
        'zh-CN': { what: what['zh-CN'], stated, year },
        en: { what: what.en, stated, year },
      },
    });
  const title = c.texts.find((t) => t.path === '/meta/title');
  if (title) {
    const m = /(\d{4})\s*年?度?/.exec(title.text);
    if (
      m &&
      Number(m[1]) !== c.year &&
      /年/.test(m[0] + title.text.slice(m.index + m[0].length, m.index + m[0].length + 1))
    ) {
      mismatch(
        '/meta/title',
        [m.index, m.index + m[1].length],
        { 'zh-CN': '标题中的年度', en: 'the title' },
        m[0].trim(),
      );
    }
  }
  for (const { path, text } of c.texts) {
    for (const m of text.matchAll(PERIOD)) {
      if (Number(m[1]) !== c.year || Number(m[2]) !== c.year) {
        mismatch(
          path,
          [m.index!, m.index! + m[0].length],
          { 'zh-CN': '统计期限', en: 'the statistics period' },
          m[0],
        );
      }
    }
    for (const m of text.matchAll(DATE_WITHOUT_NIAN)) {
      const fixed = `${m[1]}年${m[2]}月${m[3]}日`;
      out.push({
        id: 'year-mismatch',
        path,
        span: [m.index!, m.index! + m[0].length],
        templates: {
          'zh-CN': '日期`{stated}`缺少“年”字，应为`{fixed}`',
          en: 'Unexpected date `{stated}` without 年, expected `{fixed}`',
        },
        values: { 'zh-CN': { stated: m[0], fixed }, en: { stated: m[0], fixed } },
      });
    }
  }
  const published = getAt(c.report, '/meta/publishedAt');
  if (
    typeof published === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(published) &&
    published <= `${year}-12-31`
  ) {
    mismatch(
      '/meta/publishedAt',
      [0, published.length],
      { 'zh-CN': '发布日期', en: 'the publication date' },
      published,
    );
  }
  return out;
}

const LEVEL_NAMES: Partial<Record<AgencyLevel, Bilingual>> = {
  township: { 'zh-CN': '乡镇', en: 'a township' },
  subdistrict: { 'zh-CN': '街道', en: 'a sub-district' },
  county: { 'zh-CN': '县级机关', en: 'a county-level agency' },
  department: { 'zh-CN': '政府部门', en: 'a department of a government' },
};

function regulationsImplausible(c: Context): Found[] {
  const name = c.level && NO_REGULATIONS.includes(c.level) ? LEVEL_NAMES[c.level] : undefined;
  if (!name) return [];
  // The 规章 row of table 二, in whichever edition the report is laid out.
  const nonZero = cellsOf(c.layout)
    .filter((cell) => cell.path.startsWith('/proactive/regulations/'))
    .map((cell) => cell.path)
    .filter((p) => (num(c.report, p) ?? 0) > 0);
  if (!nonZero.length) return [];
  const values = nonZero.map((p) => String(num(c.report, p))).join('、');
  return [
    {
      id: 'regulations-implausible',
      path: nonZero[0],
      paths: nonZero,
      templates: {
        'zh-CN':
          '{level}报告了规章数据`{values}`：只有国务院部门、省级政府和设区的市政府能制定规章，应为`0`',
        en: 'Unexpected 规章 `{values}` reported by {level}, expected `0`: only State Council departments, provinces and cities with districts make 规章',
      },
      values: { 'zh-CN': { level: name['zh-CN'], values }, en: { level: name.en, values } },
    },
  ];
}

function latePublication(c: Context): Found[] {
  const published = getAt(c.report, '/meta/publishedAt');
  const deadline = c.level ? DEADLINES[c.level] : undefined;
  if (
    !deadline ||
    c.year === undefined ||
    typeof published !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}$/.test(published)
  )
    return [];
  const due = `${c.year + 1}-${String(deadline.month).padStart(2, '0')}-${String(deadline.day).padStart(2, '0')}`;
  if (published <= due) return [];
  return [
    {
      id: 'late-publication',
      path: '/meta/publishedAt',
      templates: {
        'zh-CN': '发布日期`{published}`晚于法定期限`{due}`（《条例》第四十九条）',
        en: 'Unexpected publication on `{published}`, expected by `{due}` (条例 Article 49)',
      },
      values: { 'zh-CN': { published, due }, en: { published, due } },
      actual: published,
    },
  ];
}

/** The document checks, one per rule, in the order their findings are listed. */
const CHECKS: ((c: Context) => Found[])[] = [
  formatOutdated,
  citationOutdated,
  yearMismatch,
  narrativeAgainstTables,
  regulationsImplausible,
  latePublication,
];

export function documentFindings(report: unknown, options: DocumentOptions = {}): Diagnostic[] {
  const lang = options.lang ?? 'zh-CN';
  const format = getAt(report, '/format');
  const context: Context = {
    report,
    layout: getFormat(
      typeof format === 'string' && Object.hasOwn(formats, format) ? format : '2021',
    ),
    year: num(report, '/meta/year'),
    texts: NARRATIVES.map((path) => ({ path, text: getAt(report, path) })).filter(
      (t): t is { path: (typeof NARRATIVES)[number]; text: string } => typeof t.text === 'string',
    ),
    level: agencyLevelOf(report),
  };
  const info = new Map(DOCUMENT_RULES.map((r) => [r.id, r]));
  const url = options.docsUrl ?? RULES_DOCS_URL;
  return CHECKS.flatMap((check) => check(context)).map((f) => {
    const d = makeDiagnostic(
      {
        ruleId: f.id,
        severity: info.get(f.id)!.severity,
        path: f.path,
        paths: f.paths ?? [f.path],
        url: url.replace('{id}', f.id),
        templates: f.templates,
        values: f.values,
        ...(f.actual !== undefined ? { actual: f.actual } : {}),
        ...(f.expected !== undefined ? { expected: f.expected } : {}),
      },
      lang,
    );
    const src =
      (f.span && options.locate?.(f.path, f.span[0], f.span[1])) || options.sources?.get(f.path);
    if (src) d.source = src;
    return d;
  });
}

/** Sentences, with their offsets, split at 。；! ? and line breaks. */
function sentences(text: string): { s: string; at: number }[] {
  const out: { s: string; at: number }[] = [];
  const re = /[^。；;！!？?\n]+/g;
  for (const m of text.matchAll(re)) out.push({ s: m[0], at: m.index! });
  return out;
}

function narrativeAgainstTables({ report, layout, texts }: Context): Found[] {
  const found: Found[] = [];
  const received = num(report, '/applications/received/total');
  const carriedOver = num(report, '/applications/carriedOver/total');
  const carriedForward = num(report, '/applications/carriedForward/total');
  const t4 = [
    '/reviewLitigation/review/total',
    '/reviewLitigation/litigationDirect/total',
    '/reviewLitigation/litigationAfterReview/total',
  ];
  const push = (path: string, at: number, sentence: string, cells: string[]) => {
    const name = (lang: Lang) =>
      cells.map((p) => describeCell(cellAt(layout, p)!, lang)).join(lang === 'en' ? '; ' : '、');
    const value = cells.map((p) => String(num(report, p))).join('、');
    const said = sentence.trim().slice(0, 60);
    found.push({
      id: 'narrative-table-mismatch',
      path,
      span: [at, at + sentence.length],
      paths: [path, ...cells],
      templates: {
        'zh-CN': '正文“{said}”与表格不一致：{cell}为`{value}`',
        en: 'Unexpected “{said}” in the text: {cell} is `{value}`',
      },
      values: {
        'zh-CN': { said, cell: name('zh-CN'), value },
        en: { said, cell: name('en'), value },
      },
    });
  };

  const receivedRe = new RegExp(
    `(?:共|累计|全年|本年度?|合计)?(?:收到|受理|新收|接收|接到)(?:各类|各种)?(?:依申请公开|政府信息公开|信息公开)?申请(?:共计|共|合计|总计)?${NUM}(?:件|条|个|份|宗)`,
    'g',
  );
  const none = {
    applications:
      /(?:未|没有|无)(?:收到|受理|接到)[^。；，,]{0,16}(?:政府信息公开|信息公开|依申请公开)(?:申请)?/,
    review: /(?:未|没有|无)(?:发生|出现|收到)?[^。；]{0,20}(?:行政复议|行政诉讼)/,
    carry: /(?:无|没有|未有)(?:申请)?结转/,
  };
  for (const { path, text } of texts) {
    if (path === '/meta/title') continue;
    for (const { s, at } of sentences(text)) {
      // Clauses about other years, carry-overs or replies state other numbers.
      for (const c of s.matchAll(/[^，,]+/g)) {
        if (received === undefined || /上年|去年|上一年|同比|较|结转|办结|答复|以来/.test(c[0]))
          continue;
        for (const m of c[0].matchAll(receivedRe)) {
          const n = chineseNumber(m[1]);
          // Some reports count this year's new and last year's carried-over applications together.
          if (
            n !== undefined &&
            n !== received &&
            !(carriedOver !== undefined && n === received + carriedOver)
          ) {
            push(path, at + c.index! + m.index!, m[0], ['/applications/received/total']);
          }
        }
      }
      if (received !== undefined && received > 0 && none.applications.test(s) && !/结转/.test(s)) {
        push(path, at, s, ['/applications/received/total']);
      }
      // Only the proceedings a clause says did not happen: 行政复议 and 行政诉讼 are often stated apart.
      for (const c of s.matchAll(/[^，,]+/g)) {
        if (!none.review.test(c[0]) || /\d/.test(c[0])) continue;
        const named = [
          ...(/行政复议/.test(c[0]) ? [t4[0]] : []),
          ...(/行政诉讼/.test(c[0]) ? [t4[1], t4[2]] : []),
        ];
        const hits = named.filter((p) => (num(report, p) ?? 0) > 0);
        if (hits.length) push(path, at + c.index!, c[0], hits);
      }
      if (carriedForward !== undefined && carriedForward > 0 && none.carry.test(s)) {
        push(path, at, s, ['/applications/carriedForward/total']);
      }
    }
  }
  return found;
}

export type { AgencyLevel };
