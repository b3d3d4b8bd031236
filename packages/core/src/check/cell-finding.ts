import type { CellInfo } from '../layout/types.js';
import { MISSING_PARENT } from '../pointer.js';
import { readCellText } from '../read/cell-text.js';
import type { CellRule, CellTest } from '../rules/types.js';
import { makeDiagnostic, show, type Diagnostic } from './diagnostic.js';
import { type CheckerModel, type CheckOptions, rawOf, withSource } from './model.js';

/** The cell rules' tests (rules/registry/cell/), and the finding of one cell against one rule. */

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

/** The usual value, a plain count, which no cell rule flags: checked first, so most cells cost one test. */
export const plain = (v: unknown): boolean =>
  typeof v === 'number' && v >= 0 && Number.isInteger(v);

function suggestionFor(text: string, cell: CellInfo): number | undefined {
  const r = readCellText(text, cell.kind);
  if (r.status === 'number' || r.status === 'normalized') return r.value;
  if (r.status === 'text') return r.suggestion;
  return undefined;
}

export function cellFinding(
  m: CheckerModel,
  rule: CellRule,
  i: number,
  vals: unknown[],
  opts: CheckOptions,
): Diagnostic | null {
  const v = vals[i];
  if (!TESTS[rule.test](v)) return null;
  const n = m.names(i);
  const raw = rawOf(m, i, vals, opts, show);
  let expected: unknown;
  if (rule.test === 'not-a-number' && typeof v === 'string')
    expected = suggestionFor(v, m.cells[i]);
  return withSource(
    makeDiagnostic(
      {
        ruleId: rule.id,
        severity: rule.severity,
        path: m.rules.paths[i],
        paths: [m.rules.paths[i]],
        actual: v === undefined ? null : v,
        ...(expected !== undefined ? { expected } : {}),
        url: m.url(rule.id),
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

/** Every cell rule's finding on cell `i`. */
export function cellFindings(
  m: CheckerModel,
  i: number,
  vals: unknown[],
  opts: CheckOptions,
  out: Diagnostic[],
): void {
  if (plain(vals[i])) return;
  for (const rule of m.rulesOfCell[i]) {
    const d = cellFinding(m, rule, i, vals, opts);
    if (d) out.push(d);
  }
}
