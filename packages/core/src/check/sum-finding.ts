import type { Lang } from '../layout/types.js';
import type { SumInstance } from '../rules/compile.js';
import type { Bilingual } from '../rules/types.js';
import { makeDiagnostic, show, type Diagnostic } from './diagnostic.js';
import { type CheckerModel, type CheckOptions, nearName, rawOf, withSource } from './model.js';

/**
 * The reconciliation rules (rules/registry/table/): one sum instance against the cell values. A
 * blank or text operand is never added up as 0: the sum is then reported as uncheckable.
 */

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function sumFinding(
  m: CheckerModel,
  inst: SumInstance,
  vals: unknown[],
  opts: CheckOptions,
): Diagnostic | null {
  let left = 0;
  let right = 0;
  let numbers = 0;
  const blanks: number[] = [];
  const l = inst.left;
  const r = inst.right;
  for (let k = 0; k < l.length; k++) {
    const v = vals[l[k]];
    if (typeof v === 'number' && Number.isFinite(v)) {
      left += v;
      numbers++;
    } else blanks.push(l[k]);
  }
  for (let k = 0; k < r.length; k++) {
    const v = vals[r[k]];
    if (typeof v === 'number' && Number.isFinite(v)) {
      right += v;
      numbers++;
    } else blanks.push(r[k]);
  }
  if (blanks.length === 0 && Math.abs(left - right) < 1e-9) return null;
  // Nothing filled in at all: the blank cells are reported one by one, there is nothing to reconcile.
  if (blanks.length > 0 && numbers === 0) return null;
  return sumDiagnostic(m, inst, vals, opts, left, right, blanks);
}

function sumDiagnostic(
  m: CheckerModel,
  inst: SumInstance,
  vals: unknown[],
  opts: CheckOptions,
  left: number,
  right: number,
  blanks: number[],
): Diagnostic {
  const rule = inst.rule;
  const lang = opts.lang ?? 'zh-CN';
  const paths = m.rules.paths;
  const p = inst.primary;
  const n = m.names(p);
  const column = m.columnNames(p);
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
        path: paths[p],
        paths: m.involvedPaths[inst.index],
        url: m.url(rule.id),
        templates: rule.messages.mismatch,
        values: values(actual, show(left)),
      },
      lang,
    );
    if (fix) {
      d.actual = fix.actual;
      d.expected = fix.expected;
    }
    return withSource(d, opts);
  };
  if (blanks.length === 0)
    return mismatch(show(right), oneCellFix ? { actual: right, expected: left } : undefined);
  // Only the derived total is blank: that is a one-cell fix.
  if (oneCellFix && blanks.length === 1 && blanks[0] === p) {
    const raw = rawOf(m, p, vals, opts, show);
    return mismatch(
      { 'zh-CN': raw || '空白', en: raw || 'blank' },
      { actual: vals[p] ?? null, expected: left },
    );
  }
  // Some operands are blank or text: say so rather than add up a false sum.
  const at = isNum(vals[p]) ? blanks[0] : p;
  const list = (l: Lang) => {
    const shown = blanks.slice(0, 3).map((i) => nearName(m.cells[i], m.cells[p], l));
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
        path: paths[at],
        paths: [paths[at], ...m.involvedPaths[inst.index].filter((x) => x !== paths[at])],
        url: m.url(rule.id),
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
