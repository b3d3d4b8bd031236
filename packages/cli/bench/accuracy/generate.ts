import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import {
  cellsOf,
  computeTotals,
  format2021,
  getAt,
  setAt,
  AGENCY_LEVELS,
  DEADLINES,
  type AgencyLevel,
} from '@nianbao/core';

/** Random reconciled reports whose narratives state only what their tables say. */

export const layout = format2021;
const CORE_FIXTURES = join(
  dirname(createRequire(import.meta.url).resolve('@nianbao/core/package.json')),
  'fixtures',
);

export type Report = Record<string, unknown> & { meta: Record<string, unknown> };

export type Rand = () => number;
export function rng(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    // mulberry32
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export const int = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
export const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

// ---------------------------------------------------------------------------------------------
// Correct reports

export const cells = cellsOf(layout);
export const leaves = cells.filter((c) => !c.derived);
/** Applicant columns of table 三, from the layout: the leaf columns of the received row. */
export const RECEIVED = '/applications/received';
export const CARRIED_OVER = '/applications/carriedOver';
const CARRIED_FORWARD = '/applications/carriedForward';
const OUTCOMES_TOTAL = '/applications/outcomes/total';
const applicantCols = leaves
  .filter((c) => c.path.startsWith(`${RECEIVED}/`))
  .map((c) => c.path.slice(RECEIVED.length + 1));
export const REGULATIONS = cells
  .filter((c) => c.path.startsWith('/proactive/regulations/'))
  .map((c) => c.path);
const TABLE4_TOTALS = cells.filter((c) => c.table === 'table4' && c.derived).map((c) => c.path);

const PLACES = [
  '江州',
  '临川',
  '青阳',
  '白沙',
  '云溪',
  '东湖',
  '石桥',
  '龙泉',
  '桃源',
  '清河',
  '安平',
  '南岭',
  '北山',
  '柳江',
  '凤凰',
];
const DEPARTMENTS = [
  '财政局',
  '自然资源和规划局',
  '住房和城乡建设局',
  '市场监督管理局',
  '卫生健康委员会',
  '教育局',
  '生态环境局',
  '人力资源和社会保障局',
];

const SECOND = [
  '山',
  '阳',
  '平',
  '安',
  '兴',
  '华',
  '宁',
  '丰',
  '源',
  '城',
  '口',
  '水',
  '林',
  '田',
  '川',
  '峰',
  '塘',
  '湾',
  '坪',
  '岗',
];
/**
 * An agency of the given kind, named as such agencies name themselves. Report i gets a place of its
 * own: the command line compares reports of the same agency found in one folder (carry-over), and
 * these reports are not one agency's years.
 */
function agencyOf(i: number, level: AgencyLevel, rand: Rand): string {
  const p = `${PLACES[i % PLACES.length]}${SECOND[Math.floor(i / PLACES.length) % SECOND.length]}${i >= PLACES.length * SECOND.length ? chinese(Math.floor(i / (PLACES.length * SECOND.length)) % 10) : ''}`;
  switch (level) {
    case 'province':
      return `${p}省人民政府`;
    case 'city':
      return `${p}市人民政府`;
    case 'county':
      return `${p}县人民政府`;
    case 'township':
      return `${p}${pick(rand, ['镇', '乡'])}人民政府`;
    case 'subdistrict':
      return `${p}街道办事处`;
    case 'department':
      return `${p}${pick(rand, ['市', '县', '区'])}${pick(rand, DEPARTMENTS)}`;
    case 'stateCouncilDepartment':
      return `国家${p}管理局`;
  }
}
const SELF: Partial<Record<AgencyLevel, string>> = {
  township: '我镇',
  subdistrict: '我街道',
  county: '我县',
  department: '我局',
};

const makesRegulations = (level: AgencyLevel) =>
  ['province', 'city', 'stateCouncilDepartment'].includes(level);
export const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** A publication date within the deadline for the agency's kind (towns: within the first quarter). */
function publicationDate(level: AgencyLevel, year: number, rand: Rand): string {
  const due = DEADLINES[level] ?? { month: 3, day: 31 };
  const month = int(rand, 1, due.month);
  return iso(year + 1, month, int(rand, month === 1 ? 5 : 1, month === due.month ? due.day : 28));
}

/** 23 → 二十三, for counts narratives write in Chinese numerals. */
function chinese(n: number): string {
  const d = '零一二三四五六七八九';
  if (n < 10) return d[n];
  if (n < 20) return `十${n % 10 ? d[n % 10] : ''}`;
  if (n < 100) return `${d[Math.floor(n / 10)]}十${n % 10 ? d[n % 10] : ''}`;
  return String(n);
}

export const num = (r: unknown, p: string) => getAt(r, p) as number;

/** Leaf values of a report's tables at one of four sizes: none, a handful, dozens, hundreds. */
function fillTables(r: Report, level: AgencyLevel, rand: Rand): void {
  const size = pick(rand, [0, 0, 3, 3, 30, 300]);
  const count = (max: number, zeroShare: number) => (rand() < zeroShare ? 0 : int(rand, 0, max));
  for (const c of leaves) {
    let v: number;
    if (c.kind === 'money') v = rand() < 0.5 ? 0 : Math.round(rand() * 100000) / 100;
    else if (c.table === 'table2')
      v =
        REGULATIONS.includes(c.path) && !makesRegulations(level)
          ? 0
          : count(size ? size * 5 : 20, 0.3);
    else if (c.table === 'table3') v = size ? count(size, 0.6) : 0;
    else v = count(3, 0.8);
    setAt(r, c.path, v);
  }
  if (rand() < 0.5) for (const c of leaves) if (c.table === 'table4') setAt(r, c.path, 0);
  // R1 per column: 一 + 二 = 三（七） + 四, with 二 at most what was handled.
  let t = computeTotals(r) as Report;
  for (const col of applicantCols) {
    const out = num(t, `${OUTCOMES_TOTAL}/${col}`) + num(t, `${CARRIED_FORWARD}/${col}`);
    const over = Math.min(out, size ? count(Math.ceil(size / 3), 0.5) : 0);
    setAt(t, `${CARRIED_OVER}/${col}`, over);
    setAt(t, `${RECEIVED}/${col}`, out - over);
  }
  t = computeTotals(t) as Report;
  Object.assign(r, t);
}

/** How this report speaks of its applications; every statement is true of its table 三. */
function applicationsText(r: Report, year: number, rand: Rand): string {
  const R = num(r, `${RECEIVED}/total`);
  const O = num(r, `${CARRIED_OVER}/total`);
  const F = num(r, `${CARRIED_FORWARD}/total`);
  const said: string[] = [];
  if (R === 0) {
    said.push(
      O > 0
        ? `全年未收到新的政府信息公开申请，上年结转${O}件已全部办结。`
        : pick(rand, ['全年未收到政府信息公开申请。', '本年度我单位未收到政府信息公开申请。']),
    );
  } else {
    said.push(
      pick(rand, [
        `全年共收到政府信息公开申请${R}件，上年结转${O}件，结转下年度继续办理${F}件，均在法定期限内答复。`,
        `${year}年，共受理政府信息公开申请${R < 100 ? chinese(R) : R}件，其中自然人申请${num(r, `${RECEIVED}/${applicantCols[0]}`)}件。`,
        `本年度新收政府信息公开申请${R}件，办结${R + O - F}件。`,
        O > 0 ? `全年共收到政府信息公开申请${R + O}件。` : `全年共收到政府信息公开申请${R}件。`,
      ]),
    );
  }
  if (F === 0 && rand() < 0.4) said.push('无结转下年度继续办理的申请。');
  return said.join('');
}

/** How it speaks of review and litigation; true of its table 四. */
function reviewText(r: Report, rand: Rand): string {
  const [review, direct, after] = TABLE4_TOTALS.map((p) => num(r, p));
  const litigation = direct + after;
  if (review + litigation === 0) {
    return pick(rand, [
      '全年未发生因政府信息公开引起的行政复议、行政诉讼案件。',
      '本年度没有因政府信息公开工作被申请行政复议或提起行政诉讼的情况。',
    ]);
  }
  // Half the time 行政复议 and 行政诉讼 are stated apart, "未发生" naming only the one that is zero.
  const partial = rand() < 0.5;
  if (litigation === 0 && partial)
    return `全年因政府信息公开被申请行政复议${review}件。未发生因政府信息公开引起的行政诉讼。`;
  if (review === 0 && partial)
    return `全年未发生政府信息公开行政复议案件。被提起行政诉讼${litigation}件。`;
  return `因政府信息公开被申请行政复议${review}件、被提起行政诉讼${litigation}件。`;
}

/** The sentence stating the statistics period, when a report has one. */
export const periodSentence = (year: number) =>
  `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`;

export interface Generated {
  id: string;
  report: Report;
  level: AgencyLevel;
  /** Text renderings add a `发布日期：` line under the title (text pulled from a web page). */
  dateLine: boolean;
}

/** One random reconciled report whose narratives state only what its tables say. */
export function generateReport(i: number, rand: Rand): Generated {
  const level = pick(rand, [
    ...AGENCY_LEVELS,
    'township',
    'township',
    'department',
    'department',
    'county',
    'subdistrict',
  ] as AgencyLevel[]);
  const agency = agencyOf(i, level, rand);
  const year = int(rand, 2021, 2025);
  const title = pick(rand, [
    `${agency}${year}年政府信息公开工作年度报告`,
    `${agency}${year}年度政府信息公开工作年度报告`,
  ]);
  const r = JSON.parse(
    readFileSync(join(CORE_FIXTURES, 'seed-yuguan-2023.json'), 'utf8'),
  ) as Report;
  r.meta = {
    agency,
    year,
    title,
    publishedAt: publicationDate(level, year, rand),
    agencyLevel: level,
  };
  fillTables(r, level, rand);
  const self = SELF[level] ?? '本机关';
  const inForce = num(r, '/proactive/regulations/inForce');
  const normative = num(r, '/proactive/normativeDocuments/inForce');
  r.overview = [
    `${year}年，${agency}坚持以公开为常态、不公开为例外，认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开工作。${rand() < 0.5 ? periodSentence(year) : ''}`,
    '### （一）主动公开',
    `全年主动公开政府信息${int(rand, 20, 9000)}条，其中政策文件${int(rand, 0, 300)}件，发布政策解读${int(rand, 0, 90)}篇。`,
    '### （二）依申请公开',
    `${applicationsText(r, year, rand)}${reviewText(r, rand)}`,
    '### （三）政府信息管理',
    inForce > 0
      ? `对现行有效的${inForce}件规章、${normative}件行政规范性文件进行集中清理。`
      : `${self}对现行有效的${normative}件行政规范性文件进行清理，及时公布清理结果。`,
    '### （四）政府信息公开平台建设',
    '优化政府网站“政府信息公开”专栏，规范栏目设置，提升检索功能。',
    '### （五）监督保障',
    `将政务公开工作纳入年度绩效考核，开展业务培训${int(rand, 1, 9)}次，培训工作人员${int(rand, 10, 400)}人次。`,
  ].join('\n\n');
  r.problems = pick(rand, [
    '一是政策解读的形式还不够丰富。下一步将增加图解、视频解读。\n\n二是依申请公开答复的规范化程度有待提高。下一步将统一答复文书模板。',
    `${year}年，${self}政务公开工作取得一定成效，但仍存在公开内容不够全面等问题。${year + 1}年将进一步加强培训，提高公开质量。`,
  ]);
  r.otherMatters = pick(rand, [
    '本年度未收取信息处理费。',
    '本年度依据《政府信息公开信息处理费管理办法》收取信息处理费0元。',
    '本报告按照《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制。',
    '无。',
  ]);
  return { id: `r${String(i).padStart(4, '0')}`, report: r, level, dateLine: rand() < 0.5 };
}

export function generateReports(n: number, seed: number): Generated[] {
  const rand = rng(seed);
  return Array.from({ length: n }, (_, i) => generateReport(i, rand));
}
