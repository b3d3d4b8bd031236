import {
  computeTotals,
  labelText,
  setAt,
  NO_REGULATIONS,
  type CellInfo,
  type Label,
} from '@nianbao/core';
import {
  CARRIED_OVER,
  cells,
  type Generated,
  int,
  iso,
  layout,
  leaves,
  num,
  pick,
  type Rand,
  RECEIVED,
  REGULATIONS,
  type Report,
} from './generate.js';
import { READING_DEFECTS } from './reading-defects.js';
import { lineOfCell, linesOf, render } from './render.js';
import { FORMATS, type Format, SHAPES, shapeOf } from './shapes/index.js';

/** The defects injected into correct reports, each with where it must be found. */

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
/** Shapes that write labels as cells of their own. */
const DOCS: readonly Format[] = SHAPES.filter((s) => s.labelCells).map((s) => s.id);

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
export function replaceLabel(
  text: string,
  format: Format,
  canonical: string,
  altered: string,
): string {
  for (const [a, b] of shapeOf(format).labelCells ?? []) {
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
  const bodyEnd = shapeOf(format).bodyEnd;
  if (end < 0)
    end = bodyEnd ? lines.findIndex((l, i) => i > start && l.startsWith(bodyEnd)) : lines.length;
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
      // The label picked, or the next one the shape writes as a cell of its own (a Word table
      // merges some header cells).
      const first = VARIANTS.indexOf(pick(rand, VARIANTS));
      const rendered = render(g, g.report, format);
      let v = VARIANTS[first];
      let text = '';
      for (let k = 0; k < VARIANTS.length && !text; k++) {
        v = VARIANTS[(first + k) % VARIANTS.length];
        try {
          text = replaceLabel(
            rendered,
            format,
            labelText(v.label),
            `${v.label.no ?? ''}${v.variant}`,
          );
        } catch (e) {
          if (k === VARIANTS.length - 1) throw e;
        }
      }
      const altered = `${v.label.no ?? ''}${v.variant}`;
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
      if (shapeOf(format).structured) {
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
  ...READING_DEFECTS,
];

// A shape carries only the defects it can express: a run of glued digits holds no `/`.
// (Some defects list their shapes lazily, through a getter: the filter goes on top of it.)
for (const d of DEFECTS) {
  const declared = Object.getOwnPropertyDescriptor(d, 'formats');
  const all = declared?.get ? () => declared.get?.call(d) as Format[] : () => declared?.value;
  Object.defineProperty(d, 'formats', {
    get: () => all().filter((f: Format) => shapeOf(f).expresses?.(d.id) ?? true),
    enumerable: true,
  });
}

/**
 * What the measurement found missing or wrong, as of this writing: the test asserts these still
 * fail (so that it turns red, and this list is shortened, when one is fixed).
 */
export const KNOWN_GAPS: { defect: string; formats: Format[]; why: string }[] = [
  {
    defect: 'title-year',
    formats: [
      'html',
      'txt',
      'pdf-a4',
      'pdf-a5',
      'docx',
      'oneline',
      'glued',
      'colmajor',
      'pdf-txt',
      'html-sub4',
      'txt-sub4',
    ],
    why: 'a document read from its text takes the year from the title unless a statistics period states another; a report that states no period gives nothing for the title to disagree with',
  },
  {
    defect: 'cell-blank',
    formats: ['pdf-txt'],
    why: 'a blank cell leaves no trace in the space-separated text of a PDF: the row’s other numbers are read from its first column on, so the blank is found at the row’s last column, not where it was',
  },
];
export const isKnownGap = (defect: string, format: Format) =>
  KNOWN_GAPS.some((g) => g.defect === defect && g.formats.includes(format));
