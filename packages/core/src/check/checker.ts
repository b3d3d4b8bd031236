import { cellAt, describeCell, labelIn } from '../layout/cells.js';
import type { CellInfo, FormatLayout, Lang } from '../layout/types.js';
import { MISSING_PARENT, segmentsOf } from '../pointer.js';
import { readCellText } from '../read/cell-text.js';
import { compileRules, type CompiledRules, type SumInstance } from '../rules/compile.js';
import type { Bilingual, CellRule, CellTest, RuleSet } from '../rules/types.js';
import { makeDiagnostic, show, type Diagnostic, type SourceLocation } from './diagnostic.js';
import { schemaDiagnostics, type SchemaValidator } from './schema-errors.js';

export interface CheckOptions {
  /** Language of `message` (both are always in `messages`). Default zh-CN. */
  lang?: Lang;
  /** Where each cell was read from, when the report came from a document: fills `source` and shows the text as written. */
  sources?: ReadonlyMap<string, SourceLocation>;
}

/** Everything needed to check reports of one format. */
export interface FormatChecker {
  readonly layout: FormatLayout;
  readonly rules: CompiledRules;
  /** Full check: schema, cell rules and reconciliation rules. */
  check(report: unknown, options?: CheckOptions): Diagnostic[];
  /** A check that can be updated one cell at a time (the form calls it on every input). */
  session(report: unknown, options?: CheckOptions): CheckSession;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
// `/`, `—`, `无` typed into a cell are placeholders for nothing, as readers of documents read them.
const isBlank = (v: unknown) =>
  v === null || v === undefined || (typeof v === 'string' && readCellText(v).status === 'blank');

const TESTS: Record<CellTest, (v: unknown) => boolean> = {
  blank: isBlank,
  'not-a-number': (v) => v !== MISSING_PARENT && !isBlank(v) && !isNum(v),
  negative: (v) => isNum(v) && v < 0,
  'not-integer': (v) => isNum(v) && !Number.isInteger(v),
};

export function createChecker(
  layout: FormatLayout,
  ruleSet: RuleSet,
  validate: SchemaValidator,
): FormatChecker {
  const rules = compileRules(ruleSet);
  const docs = ruleSet.docs;
  const cells: CellInfo[] = rules.paths.map((p) => {
    const c = cellAt(layout, p);
    if (!c)
      throw new Error(`rule set ${ruleSet.format} names ${p}, which the layout does not have`);
    return c;
  });
  const segments = rules.paths.map(segmentsOf);
  const cellPaths = new Set(rules.paths);
  const url = (id: string) => docs.replace('{id}', id);
  const urls = new Map(ruleSet.rules.map((r) => [r.id, url(r.id)]));

  /** A short name for a cell next to the primary one: its column if in the same row, its row if in the same column. */
  const nearName = (c: CellInfo, primary: CellInfo, lang: Lang) => {
    const sameBlock = c.table === primary.table && c.block === primary.block;
    if (sameBlock && c.row === primary.row) return labelIn(c.colLabels.at(-1)!, lang);
    if (sameBlock && c.col === primary.col)
      return c.rowLabels.map((x) => labelIn(x, lang)).slice(-1)[0];
    return describeCell(c, lang);
  };

  const columnNames = (i: number): Record<Lang, string> => {
    const label = cells[i].colLabels.at(-1)!;
    return { 'zh-CN': labelIn(label, 'zh-CN'), en: labelIn(label, 'en') };
  };
  const nameCache: (Record<Lang, string> | undefined)[] = [];
  const names = (i: number) =>
    (nameCache[i] ??= {
      'zh-CN': describeCell(cells[i], 'zh-CN'),
      en: describeCell(cells[i], 'en'),
    });

  function sumFinding(inst: SumInstance, vals: unknown[], opts: CheckOptions): Diagnostic | null {
    let left = 0;
    let right = 0;
    let numbers = 0;
    const blanks: number[] = [];
    const l = inst.left;
    const r = inst.right;
    for (let k = 0; k < l.length; k++) {
      const v = vals[l[k]];
      if (typeof v === 'number' && Number.isFinite(v)) (left += v), numbers++;
      else blanks.push(l[k]);
    }
    for (let k = 0; k < r.length; k++) {
      const v = vals[r[k]];
      if (typeof v === 'number' && Number.isFinite(v)) (right += v), numbers++;
      else blanks.push(r[k]);
    }
    if (blanks.length === 0 && Math.abs(left - right) < 1e-9) return null;
    return sumDiagnostic(inst, vals, opts, left, right, numbers, blanks);
  }

  function sumDiagnostic(
    inst: SumInstance,
    vals: unknown[],
    opts: CheckOptions,
    left: number,
    right: number,
    numbers: number,
    blanks: number[],
  ): Diagnostic | null {
    const rule = inst.rule;
    const lang = opts.lang ?? 'zh-CN';
    const p = inst.primary;
    const n = names(p);
    const column = columnNames(p);
    const oneCellFix = rule.derives && inst.right.length === 1;
    const values = (
      actual: Bilingual | string,
      expected: string,
    ): Record<Lang, Record<string, string>> => ({
      'zh-CN': {
        cell: n['zh-CN'],
        column: column['zh-CN'],
        actual: typeof actual === 'string' ? actual : actual['zh-CN'],
        expected,
      },
      en: {
        cell: n.en,
        column: column.en,
        actual: typeof actual === 'string' ? actual : actual.en,
        expected,
      },
    });
    const mismatch = (actual: Bilingual | string, fix?: { actual: unknown; expected: number }) => {
      const d = makeDiagnostic(
        {
          ruleId: rule.id,
          severity: rule.severity,
          path: rules.paths[p],
          paths: involvedPaths[inst.index],
          url: urls.get(rule.id),
          templates: rule.messages.mismatch,
          values: values(actual, show(left)),
        },
        lang,
      );
      if (fix) (d.actual = fix.actual), (d.expected = fix.expected);
      return withSource(d, opts);
    };
    if (blanks.length === 0)
      return mismatch(show(right), oneCellFix ? { actual: right, expected: left } : undefined);
    // Nothing filled in at all: the blank cells are reported one by one, there is nothing to reconcile.
    if (numbers === 0) return null;
    // Only the derived total is blank: that is a one-cell fix.
    if (oneCellFix && blanks.length === 1 && blanks[0] === p) {
      const raw = rawOf(p, vals, opts);
      return mismatch(
        { 'zh-CN': raw || '空白', en: raw || 'blank' },
        { actual: vals[p] ?? null, expected: left },
      );
    }
    // Some operands are blank or text: say so rather than add up a false sum.
    const at = isNum(vals[p]) ? blanks[0] : p;
    const list = (l: Lang) => {
      const shown = blanks.slice(0, 3).map((i) => nearName(cells[i], cells[p], l));
      const more = blanks.length - shown.length;
      return (
        shown.join(l === 'en' ? ', ' : '、') +
        (more > 0 ? (l === 'en' ? ` and ${more} more` : `等${blanks.length}格`) : '')
      );
    };
    return withSource(
      makeDiagnostic(
        {
          ruleId: rule.id,
          severity: 'warning',
          path: rules.paths[at],
          paths: [
            rules.paths[at],
            ...involvedPaths[inst.index].filter((x) => x !== rules.paths[at]),
          ],
          url: urls.get(rule.id),
          templates: rule.messages.incomplete,
          values: {
            'zh-CN': { cell: n['zh-CN'], column: column['zh-CN'], blank: list('zh-CN') },
            en: { cell: n.en, column: column.en, blank: list('en') },
          },
        },
        lang,
      ),
      opts,
    );
  }

  function rawOf(i: number, vals: unknown[], opts: CheckOptions): string {
    const src = opts.sources?.get(rules.paths[i]);
    if (src?.text !== undefined && src.text.trim() !== '') return src.text.trim();
    return show(vals[i]);
  }

  function withSource(d: Diagnostic, opts: CheckOptions): Diagnostic {
    const src = opts.sources?.get(d.path);
    return src ? { ...d, source: src } : d;
  }

  function cellFinding(
    rule: CellRule,
    i: number,
    vals: unknown[],
    opts: CheckOptions,
  ): Diagnostic | null {
    const v = vals[i];
    if (!TESTS[rule.test](v)) return null;
    const n = names(i);
    const raw = rawOf(i, vals, opts);
    let expected: unknown;
    if (rule.test === 'not-a-number' && typeof v === 'string')
      expected = suggestionFor(v, cells[i]);
    return withSource(
      makeDiagnostic(
        {
          ruleId: rule.id,
          severity: rule.severity,
          path: rules.paths[i],
          paths: [rules.paths[i]],
          actual: v === undefined ? null : v,
          ...(expected !== undefined ? { expected } : {}),
          url: url(rule.id),
          templates: rule.message,
          values: {
            'zh-CN': { cell: n['zh-CN'], actual: raw, raw: raw ? `（\`${raw}\`）` : '' },
            en: { cell: n.en, actual: raw, raw: raw ? ` \`${raw}\`` : '' },
          },
        },
        opts.lang ?? 'zh-CN',
      ),
      opts,
    );
  }

  // Cells are read through their parent objects: a row's seven cells cost one walk, not seven.
  // Cells are read by one walk down a tree of their paths: each object of the report is visited once.
  const tree = pathTree(segments);
  const readValues = (report: unknown): unknown[] => {
    const vals = new Array<unknown>(segments.length);
    readTree(report, tree, vals);
    return vals;
  };
  // Every cell a sum instance involves, primary first: fixed, so computed once.
  const involvedPaths = rules.sums.map((inst) =>
    [inst.primary, ...inst.right.slice(1), ...inst.left].map((i) => rules.paths[i]),
  );
  // The cell rules that apply to each cell, and a fast path for the usual plain count.
  const rulesOfCell = cells.map((_, i) =>
    rules.cellRules.filter((cr) => cr.cells.has(i)).map((cr) => cr.rule),
  );
  const plain = (v: unknown) => typeof v === 'number' && v >= 0 && Number.isInteger(v);

  function schemaFindings(report: unknown, opts: CheckOptions): Diagnostic[] {
    if (!rules.schemaRule) return [];
    return schemaDiagnostics(
      validate,
      report,
      rules.schemaRule,
      cellPaths,
      opts.lang ?? 'zh-CN',
      url(rules.schemaRule.id),
    );
  }

  class Session implements CheckSession {
    private vals: unknown[];
    private sumResults: (Diagnostic | null)[];
    private cellResults = new Map<number, Diagnostic[]>();
    private schema: Diagnostic[];
    constructor(
      report: unknown,
      private opts: CheckOptions,
    ) {
      this.vals = readValues(report);
      this.schema = schemaFindings(report, opts);
      this.sumResults = rules.sums.map((s) => sumFinding(s, this.vals, opts));
      for (let i = 0; i < cells.length; i++) this.checkCell(i);
    }
    private checkCell(i: number) {
      let found: Diagnostic[] | undefined;
      if (!plain(this.vals[i])) {
        for (const rule of rulesOfCell[i]) {
          const d = cellFinding(rule, i, this.vals, this.opts);
          if (d) {
            found ??= [];
            found.push(d);
          }
        }
      }
      if (found) this.cellResults.set(i, found);
      else this.cellResults.delete(i);
    }
    update(path: string, value: unknown): Diagnostic[] {
      const i = rules.index.get(path);
      if (i === undefined)
        throw new Error(`${path} is not a cell; call refresh(report) after other edits`);
      this.vals[i] = value;
      this.checkCell(i);
      for (const k of rules.sumsByCell[i])
        this.sumResults[k] = sumFinding(rules.sums[k], this.vals, this.opts);
      return this.findings();
    }
    refresh(report: unknown): Diagnostic[] {
      const next = readValues(report);
      this.schema = schemaFindings(report, this.opts);
      next.forEach((v, i) => {
        if (!Object.is(v, this.vals[i])) this.update(rules.paths[i], v);
      });
      return this.findings();
    }
    findings(): Diagnostic[] {
      const out: Diagnostic[] = [...this.schema];
      // Stable order: cell findings in layout order, then the reconciliation findings in rule order.
      for (const i of [...this.cellResults.keys()].sort((a, b) => a - b))
        out.push(...this.cellResults.get(i)!);
      for (const d of this.sumResults) if (d) out.push(d);
      return out;
    }
  }

  return {
    layout,
    rules,
    check(report, options = {}) {
      const vals = readValues(report);
      const out = schemaFindings(report, options);
      for (let i = 0; i < cells.length; i++) {
        if (plain(vals[i])) continue;
        for (const rule of rulesOfCell[i]) {
          const d = cellFinding(rule, i, vals, options);
          if (d) out.push(d);
        }
      }
      for (const s of rules.sums) {
        const d = sumFinding(s, vals, options);
        if (d) out.push(d);
      }
      return out;
    },
    session(report, options = {}) {
      return new Session(report, options);
    },
  };
}

/** The cells' JSON Pointers as a tree: inner nodes are objects, `cell` marks a leaf's index. */
interface PathNode {
  key: string;
  /** The key is not a member of Object.prototype, so a plain object cannot inherit it. */
  safe: boolean;
  cell: number;
  children: PathNode[];
  /** Every cell at or below this node, for marking a missing object's cells at once. */
  all: number[];
}

function pathTree(segments: string[][]): PathNode {
  const root: PathNode = { key: '', safe: true, cell: -1, children: [], all: [] };
  segments.forEach((segs, i) => {
    let node = root;
    node.all.push(i);
    for (const key of segs) {
      let next = node.children.find((c) => c.key === key);
      if (!next) {
        next = { key, safe: !(key in Object.prototype), cell: -1, children: [], all: [] };
        node.children.push(next);
      }
      next.all.push(i);
      node = next;
    }
    node.cell = i;
  });
  return root;
}

function readTree(value: unknown, node: PathNode, vals: unknown[]): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    for (const i of node.all) vals[i] = MISSING_PARENT;
    return;
  }
  const rec = value as Record<string, unknown>;
  // A plain object (as JSON.parse makes) inherits only Object.prototype's members; a key that is
  // none of those can then be read directly, as safely as with an own-property check.
  const proto = Object.getPrototypeOf(rec);
  const plain = proto === Object.prototype || proto === null;
  const children = node.children;
  for (let c = 0; c < children.length; c++) {
    const child = children[c];
    const v = (plain && child.safe) || Object.hasOwn(rec, child.key) ? rec[child.key] : undefined;
    if (child.cell >= 0) vals[child.cell] = v;
    else if (v === undefined) for (const i of child.all) vals[i] = MISSING_PARENT;
    else readTree(v, child, vals);
  }
}

function suggestionFor(text: string, cell: CellInfo): number | undefined {
  const r = readCellText(text, cell.kind);
  if (r.status === 'number' || r.status === 'normalized') return r.value;
  if (r.status === 'text') return r.suggestion;
  return undefined;
}

export interface CheckSession {
  /** Sets one cell and re-runs only the rules that read it. Returns every current finding. */
  update(path: string, value: unknown): Diagnostic[];
  /** Re-reads the whole report (after edits outside the tables). */
  refresh(report: unknown): Diagnostic[];
  findings(): Diagnostic[];
}
