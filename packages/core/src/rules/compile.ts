import type { CellRule, Rule, RuleSet, SchemaRule, SumRule, Term } from './types.js';

/**
 * Expands a rule set into index-based instances once, so that a check is a pass over an array
 * of cell values: no string templates, no pointer parsing and no generated code per check.
 */

export interface SumInstance {
  /** Position in `CompiledRules.sums`. */
  index: number;
  rule: SumRule;
  left: number[];
  right: number[];
  /** Index of the cell the finding points at. */
  primary: number;
}

export interface CellInstance {
  rule: CellRule;
  cells: Set<number>;
}

export interface CompiledRules {
  ruleSet: RuleSet;
  paths: string[];
  index: Map<string, number>;
  sums: SumInstance[];
  cellRules: CellInstance[];
  schemaRule?: SchemaRule;
  /** For each cell, the sum instances that read it. */
  sumsByCell: number[][];
  /** Sum instances whose right side is a single derived cell, in an order that computes dependencies first. */
  derivations: number[];
}

function set(rs: RuleSet, name: string): string[] {
  const s = Object.hasOwn(rs.sets, name) ? rs.sets[name] : undefined;
  if (!s) throw new Error(`rule set ${rs.format} has no set "${name}"`);
  return s;
}

const subst = (template: string, vars: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (Object.hasOwn(vars, k) ? vars[k] : m));

function bindings(
  rs: RuleSet,
  forEach: Record<string, string> | undefined,
): Record<string, string>[] {
  let out: Record<string, string>[] = [{}];
  for (const [v, setName] of Object.entries(forEach ?? {})) {
    out = out.flatMap((b) => set(rs, setName).map((x) => ({ ...b, [v]: x })));
  }
  return out;
}

export function compileRules(rs: RuleSet): CompiledRules {
  const paths = set(rs, 'cells');
  const index = new Map(paths.map((p, i) => [p, i]));
  const cellIndex = (p: string, rule: Rule) => {
    const i = index.get(p);
    if (i === undefined) throw new Error(`rule ${rule.id} refers to unknown cell ${p}`);
    return i;
  };
  const expand = (terms: Term[], vars: Record<string, string>, rule: Rule): number[] =>
    terms.flatMap((t) =>
      typeof t === 'string'
        ? [cellIndex(subst(t, vars), rule)]
        : set(rs, t.each).map((x) => cellIndex(subst(t.path, { ...vars, [t.as]: x }), rule)),
    );

  const sums: SumInstance[] = [];
  const cellRules: CellInstance[] = [];
  let schemaRule: SchemaRule | undefined;
  for (const rule of rs.rules) {
    if (rule.kind === 'sum') {
      for (const vars of bindings(rs, rule.forEach)) {
        const left = expand(rule.left, vars, rule);
        const right = expand(rule.right, vars, rule);
        sums.push({ index: sums.length, rule, left, right, primary: right[0] });
      }
    } else if (rule.kind === 'cell') {
      cellRules.push({ rule, cells: new Set(set(rs, rule.cells).map((p) => cellIndex(p, rule))) });
    } else schemaRule = rule;
  }

  const sumsByCell: number[][] = paths.map(() => []);
  sums.forEach((s, k) => {
    for (const c of new Set([...s.left, ...s.right])) sumsByCell[c].push(k);
  });

  // Order derivations so that a total is computed after the totals it adds up; a cell that two
  // rules derive (（七）总计 × 总计) is computed by the first and checked by the other.
  const derivable = sums
    .map((s, k) => ({ s, k }))
    .filter(({ s }) => s.rule.derives && s.right.length === 1);
  const producer = new Map<number, number>();
  for (const { s, k } of derivable) if (!producer.has(s.right[0])) producer.set(s.right[0], k);
  const derivations: number[] = [];
  const state = new Map<number, 'visiting' | 'done'>();
  const visit = (k: number) => {
    if (state.get(k) === 'done') return;
    if (state.get(k) === 'visiting')
      throw new Error(`rule set ${rs.format}: cyclic totals at ${paths[sums[k].primary]}`);
    state.set(k, 'visiting');
    for (const c of sums[k].left) {
      const p = producer.get(c);
      if (p !== undefined) visit(p);
    }
    state.set(k, 'done');
    derivations.push(k);
  };
  for (const k of producer.values()) visit(k);

  return { ruleSet: rs, paths, index, sums, cellRules, schemaRule, sumsByCell, derivations };
}
