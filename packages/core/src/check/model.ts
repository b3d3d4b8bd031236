import { cellAt, describeCell, labelIn } from '../layout/cells.js';
import type { CellInfo, FormatLayout, Lang } from '../layout/types.js';
import type { CompiledRules } from '../rules/compile.js';
import type { CellRule, RuleSet } from '../rules/types.js';
import type { Diagnostic, SourceLocation } from './diagnostic.js';

/**
 * What a format's checker knows once it is built: the compiled rules, the cell of every index,
 * the cells each rule reads, and the names messages give cells (computed once, on first use).
 */
export interface CheckerModel {
  layout: FormatLayout;
  rules: CompiledRules;
  cells: CellInfo[];
  url(id: string): string;
  /** Every cell a sum instance involves, primary first. */
  involvedPaths: string[][];
  /** The cell rules that apply to each cell. */
  rulesOfCell: CellRule[][];
  /** A cell's full name in each language. */
  names(i: number): Record<Lang, string>;
  /** A cell's column name in each language. */
  columnNames(i: number): Record<Lang, string>;
}

export interface CheckOptions {
  /** Language of `message` (both are always in `messages`). Default zh-CN. */
  lang?: Lang;
  /** Where each cell was read from, when the report came from a document: fills `source` and shows the text as written. */
  sources?: ReadonlyMap<string, SourceLocation>;
}

export function checkerModel(
  layout: FormatLayout,
  ruleSet: RuleSet,
  rules: CompiledRules,
): CheckerModel {
  const cells: CellInfo[] = rules.paths.map((p) => {
    const c = cellAt(layout, p);
    if (!c)
      throw new Error(`rule set ${ruleSet.format} names ${p}, which the layout does not have`);
    return c;
  });
  const urls = new Map(ruleSet.rules.map((r) => [r.id, ruleSet.docs.replace('{id}', r.id)]));
  const nameCache: (Record<Lang, string> | undefined)[] = [];
  return {
    layout,
    rules,
    cells,
    url: (id) => urls.get(id) ?? ruleSet.docs.replace('{id}', id),
    involvedPaths: rules.sums.map((inst) =>
      [inst.primary, ...inst.right.slice(1), ...inst.left].map((i) => rules.paths[i]),
    ),
    rulesOfCell: cells.map((_, i) =>
      rules.cellRules.filter((cr) => cr.cells.has(i)).map((cr) => cr.rule),
    ),
    names(i) {
      let n = nameCache[i];
      if (!n) {
        n = { 'zh-CN': describeCell(cells[i], 'zh-CN'), en: describeCell(cells[i], 'en') };
        nameCache[i] = n;
      }
      return n;
    },
    columnNames(i) {
      const label = cells[i].colLabels.at(-1)!;
      return { 'zh-CN': labelIn(label, 'zh-CN'), en: labelIn(label, 'en') };
    },
  };
}

/** A short name for a cell next to the primary one: its column if in the same row, its row if in the same column. */
export function nearName(c: CellInfo, primary: CellInfo, lang: Lang): string {
  const sameBlock = c.table === primary.table && c.block === primary.block;
  if (sameBlock && c.row === primary.row) return labelIn(c.colLabels.at(-1)!, lang);
  if (sameBlock && c.col === primary.col)
    return c.rowLabels.map((x) => labelIn(x, lang)).slice(-1)[0];
  return describeCell(c, lang);
}

/** The cell's text as written (from its source), else its value shown. */
export function rawOf(
  m: CheckerModel,
  i: number,
  vals: unknown[],
  opts: CheckOptions,
  show: (v: unknown) => string,
): string {
  const src = opts.sources?.get(m.rules.paths[i]);
  if (src?.text !== undefined && src.text.trim() !== '') return src.text.trim();
  return show(vals[i]);
}

/** The finding placed where its cell was read from, when known. */
export function withSource(d: Diagnostic, opts: CheckOptions): Diagnostic {
  const src = opts.sources?.get(d.path);
  return src ? { ...d, source: src } : d;
}
