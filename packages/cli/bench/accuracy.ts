// Accuracy of `nianbao check` over every input format (issue 5, section 6: "No finding on a correct
// report is as important as every finding on a broken one: measure both").
//
// Generates N random reconciled reports with consistent narratives, renders each as JSON, Markdown,
// a government web page and tab-separated text, and checks them all with the real command line
// (`nianbao check -f json`, a child process): every error or warning on them is a false alarm.
// Then injects one defect of each class of what-goes-wrong.md that nianbao claims to detect, in
// every format that can express it, and counts how many are found with the expected rule at the
// expected place (JSON Pointer, and the line of the defect). Findings that the defect does not
// explain count against precision.
//
//   npm run accuracy -w @nianbao/cli            # 200 reports (ACCURACY_N to change), seed 1 (ACCURACY_SEED)
//
// The test (test/accuracy.test.ts) runs a small corpus of the same generator.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import {
  cellsOf,
  computeTotals,
  format2021,
  getAt,
  labelText,
  setAt,
  AGENCY_LEVELS,
  DEADLINES,
  NO_REGULATIONS,
  type AgencyLevel,
  type CellInfo,
  type Label,
} from '@nianbao/core';
import { toMarkdown } from '@nianbao/markdown';

/**
 * The renderers of @nianbao/import's tests (a government page, text copied out of Word). They are
 * no package's export, so they are loaded by URL, which keeps them out of this package's type
 * program (its rootDir); their signatures are restated here.
 */
interface Renderers {
  pageHtml(layout: typeof format2021, report: Report): string;
  tabText(layout: typeof format2021, report: Report): string;
}
const RENDER_URL = new URL('../../import/test/render.ts', import.meta.url).href;
const { pageHtml, tabText } = (await import(RENDER_URL)) as Renderers;

const layout = format2021;
const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const CORE_FIXTURES = join(
  dirname(createRequire(import.meta.url).resolve('@nianbao/core/package.json')),
  'fixtures',
);

type Report = Record<string, unknown> & { meta: Record<string, unknown> };
export const FORMATS = ['json', 'md', 'html', 'txt'] as const;
export type Format = (typeof FORMATS)[number];

// ---------------------------------------------------------------------------------------------
// Random but reproducible

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
const int = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

// ---------------------------------------------------------------------------------------------
// Correct reports

const cells = cellsOf(layout);
const leaves = cells.filter((c) => !c.derived);
const byPath = new Map(cells.map((c) => [c.path, c]));
/** Applicant columns of table 三, from the layout: the leaf columns of the received row. */
const RECEIVED = '/applications/received';
const CARRIED_OVER = '/applications/carriedOver';
const CARRIED_FORWARD = '/applications/carriedForward';
const OUTCOMES_TOTAL = '/applications/outcomes/total';
const applicantCols = leaves
  .filter((c) => c.path.startsWith(`${RECEIVED}/`))
  .map((c) => c.path.slice(RECEIVED.length + 1));
const REGULATIONS = cells
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
const iso = (y: number, m: number, d: number) =>
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

const num = (r: unknown, p: string) => getAt(r, p) as number;

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

// ---------------------------------------------------------------------------------------------
// Rendering

const DATE_LABEL = '发布日期：';

export function render(g: Pick<Generated, 'dateLine'>, report: Report, format: Format): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'md':
      return toMarkdown(report);
    case 'html':
      return pageHtml(layout, report);
    case 'txt': {
      const text = tabText(layout, report);
      if (!g.dateLine) return text;
      const nl = text.indexOf('\n');
      return `${text.slice(0, nl)}\n${DATE_LABEL}${String(report.meta.publishedAt)}${text.slice(nl)}`;
    }
  }
}

/** 1-based lines of `text` on which `snippet` appears. */
export function linesOf(text: string, snippet: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(snippet); at >= 0; at = text.indexOf(snippet, at + 1))
    out.push(text.slice(0, at).split('\n').length);
  return out;
}

const MARK = 'QQ7Q';
/** The line a cell is printed on: its value replaced by a marker, as every renderer prints a cell on one line. */
function lineOfCell(g: Generated, report: Report, format: Format, path: string): number[] {
  const marked = structuredClone(report);
  setAt(marked, path, MARK);
  return linesOf(render(g, marked, format), MARK);
}

// ---------------------------------------------------------------------------------------------
// Defects

export interface Expectation {
  /** Rule ids that report this defect (any one of them). */
  rules: string[];
  /** The JSON Pointer the finding must name; a trailing `/` means "this path or below". */
  paths: string[];
  /** Lines the finding must cover, when the defect has a place in the document. */
  lines?: number[];
  /** Other rules whose findings follow from this defect (consequences, not false alarms). */
  consequences?: string[];
}

export interface Injected {
  text: string;
  expect: Expectation;
}

export interface Defect {
  id: string;
  /** What the defect looks like, for the table. */
  title: string;
  formats: readonly Format[];
  /**
   * The defect changes the year as read (a title year, in formats that take the year from the
   * title): checked alone per format, so that the command line does not take the other files of
   * the same agency for its next year's reports (carry-over).
   */
  isolate?: boolean;
  applies?: (g: Generated) => boolean;
  inject: (g: Generated, format: Format, rand: Rand) => Injected;
}

const RECONCILIATION: string[] = [
  'applications-balance',
  'row-total',
  'outcomes-total',
  'review-litigation-total',
];
const DOCS: readonly Format[] = ['md', 'html', 'txt'];

/** A defect in one cell: the model gets `value`, expected at the cell. */
function cellDefect(
  id: string,
  title: string,
  choose: (g: Generated, rand: Rand) => { path: string; value: unknown },
  rules: (f: Format) => string[],
  consequences: string[] = RECONCILIATION,
): Defect {
  return {
    id,
    title,
    formats: FORMATS,
    inject(g, format, rand) {
      const { path, value } = choose(g, rand);
      const report = structuredClone(g.report);
      setAt(report, path, value);
      return {
        text: render(g, report, format),
        expect: {
          rules: rules(format),
          paths: [path],
          lines: lineOfCell(g, report, format, path),
          consequences,
        },
      };
    },
  };
}

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

const totals = cells.filter((c) => c.derived);
const countLeaves = leaves.filter((c) => c.kind === 'count');
const blankish = (symbol: string | null) => (g: Generated, rand: Rand) => ({
  path: pick(rand, leaves).path,
  value: symbol,
});

/** Every label of the layout with a known altered wording (`variants`), with the paths of its row or column. */
function labelsWithVariants(): { label: Label; variant: string; paths: string[] }[] {
  const out = new Map<Label, { label: Label; variant: string; paths: string[] }>();
  const add = (label: Label, c: CellInfo) => {
    for (const variant of label.variants ?? []) {
      const e = out.get(label) ?? { label, variant, paths: [] };
      e.paths.push(c.path);
      out.set(label, e);
    }
  };
  for (const c of cells) for (const l of [...c.rowLabels, ...c.colLabels]) add(l, c);
  return [...out.values()];
}
const VARIANTS = labelsWithVariants();

/** Replaces a label where it is a table cell of its own (narratives may use the same words). */
function replaceLabel(text: string, format: Format, canonical: string, altered: string): string {
  const cell: Record<Format, [string, string][]> = {
    json: [],
    md: [['| ', ' |']],
    html: [['>', '<']],
    txt: [
      ['\n', '\t'],
      ['\t', '\t'],
      ['\t', '\n'],
    ],
  };
  for (const [a, b] of cell[format]) {
    const at = text.indexOf(`${a}${canonical}${b}`);
    if (at >= 0)
      return `${text.slice(0, at + a.length)}${altered}${text.slice(at + a.length + canonical.length)}`;
  }
  throw new Error(`the ${format} rendering has no cell \`${canonical}\``);
}

function sectionBounds(text: string, format: Format, no: number): [number, number] {
  const lines = text.split('\n');
  const head = (i: number) => `${layout.sections[i].no}、${layout.sections[i].heading.zh}`;
  const start = lines.findIndex((l) => l.includes(head(no)));
  let end =
    no + 1 < layout.sections.length
      ? lines.findIndex((l, i) => i > start && l.includes(head(no + 1)))
      : -1;
  if (end < 0)
    end =
      format === 'html'
        ? lines.findIndex((l, i) => i > start && l.startsWith('</div>'))
        : lines.length;
  return [start, end];
}

export const DEFECTS: Defect[] = [
  cellDefect(
    'total-off',
    'a total off by k',
    (g, rand) => {
      const c = pick(rand, totals);
      const v = num(g.report, c.path);
      const k = pick(rand, [-3, -1, 1, 2, 5]);
      // Off, never negative: a negative total would be a second defect.
      return { path: c.path, value: v + k >= 0 ? v + k : v - k };
    },
    () => RECONCILIATION,
    [...RECONCILIATION, 'narrative-table-mismatch'],
  ), // a changed total may contradict a sentence
  cellDefect('cell-blank', 'a blank cell', blankish(null), () => ['cell-blank']),
  cellDefect('cell-slash', '`/` in a cell', blankish('/'), () => ['cell-blank']),
  cellDefect('cell-wu', '`无` in a cell', blankish('无'), () => ['cell-blank']),
  cellDefect('cell-dash', '`—` in a cell', blankish('—'), () => ['cell-blank']),
  cellDefect(
    'fee-yuan',
    '`251000元` in the fee cell',
    () => ({ path: '/proactive/fees/amount', value: '251000元' }),
    () => ['cell-not-a-number'],
  ),
  cellDefect(
    'count-jian',
    '`减4` in a count',
    (g, rand) => ({ path: pick(rand, countLeaves).path, value: '减4' }),
    () => ['cell-not-a-number'],
  ),
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
  {
    id: 'label-altered',
    title: 'an altered template label',
    formats: DOCS,
    inject(g, format, rand) {
      const v = pick(rand, VARIANTS);
      const canonical = labelText(v.label);
      const altered = `${v.label.no ?? ''}${v.variant}`;
      const text = replaceLabel(render(g, g.report, format), format, canonical, altered);
      return {
        text,
        expect: { rules: ['label-variant'], paths: v.paths, lines: linesOf(text, altered) },
      };
    },
  },
  {
    id: 'section-missing',
    title: 'a missing section',
    formats: FORMATS,
    inject(g, format, rand) {
      const i = int(rand, 0, layout.sections.length - 1);
      const s = layout.sections[i];
      const tablePaths = s.table
        ? layout.tables.find((t) => t.id === s.table)!.blocks.map((b) => `${b.base}/`)
        : [];
      const paths = [`/${s.key}`, `/${s.key}/`, ...tablePaths];
      if (format === 'json') {
        const report = structuredClone(g.report);
        delete report[s.key];
        return {
          text: render(g, report, format),
          expect: { rules: ['section-missing', 'schema'], paths },
        };
      }
      const lines = render(g, g.report, format).split('\n');
      const [a, b] = sectionBounds(lines.join('\n'), format, i);
      lines.splice(a, b - a);
      return {
        text: lines.join('\n'),
        expect: { rules: ['section-missing'], paths, consequences: ['section-order'] },
      };
    },
  },
];

/**
 * What the measurement found missing or wrong, as of this writing: the test asserts these still
 * fail (so that it turns red, and this list is shortened, when one is fixed).
 */
export const KNOWN_GAPS: { defect: string; formats: Format[]; why: string }[] = [
  {
    defect: 'title-year',
    formats: ['html', 'txt'],
    why: 'a document read from its text takes the year from the title unless a statistics period states another; a report that states no period gives nothing for the title to disagree with',
  },
];
export const isKnownGap = (defect: string, format: Format) =>
  KNOWN_GAPS.some((g) => g.defect === defect && g.formats.includes(format));

// ---------------------------------------------------------------------------------------------
// Corpus, command line, scoring

export interface Case {
  file: string;
  /** The folder checked by one run of the command line. */
  run: string;
  format: Format;
  report: string;
  defect?: string;
  expect?: Expectation;
}

export interface Corpus {
  dir: string;
  cases: Case[];
  cleanup: () => void;
}

const EXT: Record<Format, string> = { json: 'json', md: 'md', html: 'html', txt: 'txt' };

/**
 * Writes every report in every format, and each report once more per applicable defect and
 * format; with `perDefect`, each defect goes into that many reports only.
 */
export function writeCorpus(
  reports: Generated[],
  defects: readonly Defect[],
  seed: number,
  perDefect = Infinity,
): Corpus {
  const used = new Map<string, number>();
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-accuracy-'));
  const folder = (run: string) => {
    mkdirSync(join(dir, run), { recursive: true });
    return join(dir, run);
  };
  const rand = rng(seed ^ 0x5eed);
  const cases: Case[] = [];
  for (const g of reports) {
    for (const format of FORMATS) {
      const file = join(folder('main'), `${g.id}.${EXT[format]}`);
      writeFileSync(file, render(g, g.report, format));
      cases.push({ file, run: 'main', format, report: g.id });
    }
    for (const d of defects) {
      if ((d.applies && !d.applies(g)) || (used.get(d.id) ?? 0) >= perDefect) continue;
      used.set(d.id, (used.get(d.id) ?? 0) + 1);
      for (const format of d.formats) {
        const { text, expect } = d.inject(g, format, rand);
        const run = d.isolate ? `${d.id}-${format}` : 'main';
        const file = join(folder(run), `${g.id}-${d.id}.${EXT[format]}`);
        writeFileSync(file, text);
        cases.push({ file, run, format, report: g.id, defect: d.id, expect });
      }
    }
  }
  return { dir, cases, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Finding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number | null;
  endLine: number | null;
  path: string;
}
interface Entry {
  file: string;
  format: string | null;
  diagnostics: Finding[];
  error?: string;
  crossReport?: boolean;
}

/** Checks every run's folder (one `nianbao check` each), entries by file. */
export async function checkCorpus(corpus: Corpus, jobs = 1): Promise<Map<string, Entry>> {
  const all = new Map<string, Entry>();
  for (const run of new Set(corpus.cases.map((c) => c.run)))
    for (const [k, v] of await checkFolder(join(corpus.dir, run), jobs)) all.set(k, v);
  return all;
}

/** Runs `nianbao check -f json <folder>` and returns its entries by file. */
export function checkFolder(dir: string, jobs = 1): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [BIN, 'check', '-f', 'json', '--no-progress', '-j', String(jobs), dir],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NO_COLOR: '1', CI: '1', NIANBAO_LANG: '' },
      },
    );
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 && code !== 1 && code !== 2)
        return reject(new Error(`nianbao exited ${code}: ${err}`));
      try {
        const byFile = new Map<string, Entry>();
        // Cross-report findings on a file already written come in a trailing entry: they are that file's findings.
        for (const e of JSON.parse(out) as Entry[]) {
          const seen = byFile.get(e.file);
          if (seen) seen.diagnostics.push(...e.diagnostics);
          else byFile.set(e.file, e);
        }
        resolve(byFile);
      } catch (e) {
        reject(
          new Error(`unreadable output (${(e as Error).message}); stderr: ${err.slice(0, 2000)}`),
        );
      }
    });
  });
}

const serious = (f: Finding) => f.severity !== 'info';
const pathMatches = (path: string, expected: string[]) =>
  expected.some((p) => (p.endsWith('/') ? path.startsWith(p) : path === p));
const lineMatches = (f: Finding, lines: number[] | undefined) =>
  !lines || lines.some((l) => f.line !== null && f.line <= l && l <= (f.endLine ?? f.line));

export interface Outcome {
  case: Case;
  /** The CLI could not use the file. */
  error?: string;
  /** A finding with an expected rule. */
  detected: boolean;
  /** ... at the expected path and line. */
  placed: boolean;
  /** Errors and warnings the defect does not explain (on a correct file: all of them). */
  unexplained: Finding[];
  /** All errors and warnings. */
  findings: Finding[];
}

export function score(cases: Case[], entries: Map<string, Entry>): Outcome[] {
  return cases.map((c) => {
    const e = entries.get(c.file);
    if (!e)
      return {
        case: c,
        error: 'no entry in the output',
        detected: false,
        placed: false,
        unexplained: [],
        findings: [],
      };
    const findings = e.diagnostics.filter(serious);
    if (!c.expect)
      return {
        case: c,
        error: e.error,
        detected: false,
        placed: false,
        unexplained: findings,
        findings,
      };
    const x = c.expect;
    const at = (f: Finding) =>
      x.rules.includes(f.ruleId) && pathMatches(f.path, x.paths) && lineMatches(f, x.lines);
    return {
      case: c,
      error: e.error,
      detected: findings.some((f) => x.rules.includes(f.ruleId)),
      placed: findings.some(at),
      unexplained: findings.filter((f) => !at(f) && !(x.consequences ?? []).includes(f.ruleId)),
      findings,
    };
  });
}

export interface Summary {
  reports: number;
  correct: {
    files: number;
    byFormat: Record<string, { files: number; falseAlarms: number; filesWithFalseAlarms: number }>;
    falseAlarmsByRule: Record<string, number>;
  };
  broken: {
    byDefect: Record<
      string,
      Record<string, { injected: number; detected: number; placed: number; unexplained: number }>
    >;
    findings: number;
    unexplained: number;
    unexplainedByRule: Record<string, number>;
    /** Unexplained findings that the correct file of the same report and format has too (its false alarms). */
    inherited: number;
    precision: number;
    /** Precision counting only what the injection added. */
    precisionOfInjection: number;
  };
}

export function summarize(reports: number, outcomes: Outcome[]): Summary {
  const correct: Summary['correct'] = { files: 0, byFormat: {}, falseAlarmsByRule: {} };
  const broken: Summary['broken'] = {
    byDefect: {},
    findings: 0,
    unexplained: 0,
    unexplainedByRule: {},
    inherited: 0,
    precision: 1,
    precisionOfInjection: 1,
  };
  const key = (o: Outcome, f: Finding) =>
    `${o.case.report}|${o.case.format}|${f.ruleId}|${f.path}|${f.message}`;
  const onCorrect = new Set(
    outcomes.filter((o) => !o.case.defect).flatMap((o) => o.unexplained.map((f) => key(o, f))),
  );
  for (const o of outcomes) {
    const f = o.case.format;
    if (!o.case.defect) {
      correct.files++;
      const b = (correct.byFormat[f] ??= { files: 0, falseAlarms: 0, filesWithFalseAlarms: 0 });
      b.files++;
      b.falseAlarms += o.unexplained.length + (o.error ? 1 : 0);
      if (o.unexplained.length || o.error) b.filesWithFalseAlarms++;
      for (const d of o.unexplained)
        correct.falseAlarmsByRule[d.ruleId] = (correct.falseAlarmsByRule[d.ruleId] ?? 0) + 1;
      continue;
    }
    const row = (broken.byDefect[o.case.defect] ??= {});
    const b = (row[f] ??= { injected: 0, detected: 0, placed: 0, unexplained: 0 });
    b.injected++;
    if (o.detected) b.detected++;
    if (o.placed) b.placed++;
    b.unexplained += o.unexplained.length;
    broken.findings += o.findings.length;
    broken.unexplained += o.unexplained.length;
    for (const d of o.unexplained) {
      broken.unexplainedByRule[d.ruleId] = (broken.unexplainedByRule[d.ruleId] ?? 0) + 1;
      if (onCorrect.has(key(o, d))) broken.inherited++;
    }
  }
  broken.precision = broken.findings ? 1 - broken.unexplained / broken.findings : 1;
  const added = broken.findings - broken.inherited;
  broken.precisionOfInjection = added ? 1 - (broken.unexplained - broken.inherited) / added : 1;
  return { reports, correct, broken };
}

// ---------------------------------------------------------------------------------------------
// The benchmark

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');

function printTable(s: Summary): void {
  console.log(
    `\nCorrect reports: ${s.reports} × ${FORMATS.length} formats = ${s.correct.files} files`,
  );
  console.log('format  files  false alarms  files with a false alarm');
  for (const [f, b] of Object.entries(s.correct.byFormat))
    console.log(
      `${f.padEnd(6)}  ${String(b.files).padStart(5)}  ${String(b.falseAlarms).padStart(12)}  ${String(b.filesWithFalseAlarms).padStart(5)}`,
    );
  if (Object.keys(s.correct.falseAlarmsByRule).length)
    console.log('false alarms by rule:', s.correct.falseAlarmsByRule);
  console.log(
    '\nBroken reports: recall = found with the expected rule at the expected path and line (found with the rule anywhere)',
  );
  console.log(`${'defect'.padEnd(20)}${FORMATS.map((f) => f.padStart(26)).join('')}`);
  for (const d of DEFECTS) {
    const row = s.broken.byDefect[d.id] ?? {};
    const cellText = (f: Format) => {
      const b = row[f];
      return (
        b
          ? `${b.placed}/${b.injected} ${pct(b.placed, b.injected)} (${pct(b.detected, b.injected)})${isKnownGap(d.id, f) ? '*' : ''}`
          : 'n/a'
      ).padStart(26);
    };
    console.log(`${d.id.padEnd(20)}${FORMATS.map(cellText).join('')}`);
  }
  console.log('* a known gap (KNOWN_GAPS)');
  if (Object.keys(s.broken.unexplainedByRule).length)
    console.log('unexplained findings on broken reports by rule:', s.broken.unexplainedByRule);
  console.log(
    `\nPrecision on broken reports: ${(100 * s.broken.precision).toFixed(2)}% (${s.broken.unexplained} of ${s.broken.findings} errors and warnings not explained by the injected defect)`,
  );
  console.log(
    `  without the ${s.broken.inherited} false alarms the correct file already had: ${(100 * s.broken.precisionOfInjection).toFixed(2)}% (${s.broken.unexplained - s.broken.inherited} of ${s.broken.findings - s.broken.inherited})`,
  );
}

/** A few examples of each kind of failure, to say precisely what went wrong. */
function examples(outcomes: Outcome[], perKind = 3) {
  const out: Record<string, unknown[]> = {};
  const add = (key: string, v: unknown) => {
    const list = (out[key] ??= []);
    if (list.length < perKind) list.push(v);
  };
  for (const o of outcomes) {
    const where = { file: o.case.file, format: o.case.format, report: o.case.report };
    if (o.error) add(`unusable ${o.case.format}`, { ...where, error: o.error });
    for (const f of o.unexplained)
      add(
        `${o.case.defect ? `unexplained on ${o.case.defect}` : 'false alarm'}: ${f.ruleId} ${o.case.format}`,
        { ...where, finding: f },
      );
    if (o.case.expect && !o.placed)
      add(`${o.detected ? 'misplaced' : 'missed'}: ${o.case.defect} ${o.case.format}`, {
        ...where,
        expect: o.case.expect,
        findings: o.findings,
      });
  }
  return out;
}

async function main() {
  const n = Number(process.env.ACCURACY_N ?? 200);
  const seed = Number(process.env.ACCURACY_SEED ?? 1);
  const jobs = Number(process.env.ACCURACY_JOBS ?? Math.min(4, availableParallelism()));
  const t0 = performance.now();
  const reports = generateReports(n, seed);
  const corpus = writeCorpus(reports, DEFECTS, seed);
  const t1 = performance.now();
  try {
    const entries = await checkCorpus(corpus, jobs);
    const t2 = performance.now();
    const outcomes = score(corpus.cases, entries);
    const summary = summarize(n, outcomes);
    printTable(summary);
    console.log(
      `\n${corpus.cases.length} files generated in ${((t1 - t0) / 1000).toFixed(1)} s, checked in ${((t2 - t1) / 1000).toFixed(1)} s (-j ${jobs})`,
    );
    const results = fileURLToPath(new URL('./results/', import.meta.url));
    mkdirSync(results, { recursive: true });
    const keep = process.env.ACCURACY_KEEP ? corpus.dir : undefined;
    writeFileSync(
      join(results, 'accuracy.json'),
      `${JSON.stringify({ node: process.version, n, seed, files: corpus.cases.length, checkSeconds: (t2 - t1) / 1000, summary, examples: examples(outcomes), corpus: keep }, null, 2)}\n`,
    );
    console.log(`written bench/results/accuracy.json${keep ? `; corpus kept in ${keep}` : ''}`);
  } finally {
    if (!process.env.ACCURACY_KEEP) corpus.cleanup();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
