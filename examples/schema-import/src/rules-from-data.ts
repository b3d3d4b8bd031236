// The rules are data: this is all another project needs to evaluate the sum rules of
// rules-2021.json without nianbao's code (a port to Python or Java is as short).

type Term = string | { each: string; as: string; path: string };
interface Rule {
  id: string;
  kind: string;
  forEach?: Record<string, string | undefined>;
  left?: Term[];
  right?: Term[];
}
interface RuleFile {
  sets: Record<string, string[]>;
  rules: Rule[];
}

export interface SumResult {
  ruleId: string;
  /** The first right-hand cell: where a finding points. */
  path: string;
  left: number;
  right: number;
}

const fill = (template: string, vars: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => vars[k]);

function valueAt(report: unknown, pointer: string): unknown {
  let o = report;
  for (const key of pointer.slice(1).split('/')) {
    if (o === null || typeof o !== 'object' || !Object.hasOwn(o, key)) return undefined;
    o = (o as Record<string, unknown>)[key];
  }
  return o;
}

/** Every sum rule instance whose both sides are all numbers and disagree. A blank operand is not 0: such an instance is skipped. */
export function disagreeingSums(file: RuleFile, report: unknown): SumResult[] {
  const out: SumResult[] = [];
  for (const rule of file.rules) {
    if (rule.kind !== 'sum' || !rule.left || !rule.right) continue;
    const r = { ...rule, left: rule.left, right: rule.right };
    let bindings: Record<string, string>[] = [{}];
    for (const [name, set] of Object.entries(r.forEach ?? {})) {
      if (set) bindings = bindings.flatMap((b) => file.sets[set].map((v) => ({ ...b, [name]: v })));
    }
    for (const vars of bindings) {
      const paths = (terms: Term[]) =>
        terms.flatMap((t) =>
          typeof t === 'string'
            ? [fill(t, vars)]
            : file.sets[t.each].map((v) => fill(t.path, { ...vars, [t.as]: v })),
        );
      const sum = (ps: string[]) => {
        let total = 0;
        for (const p of ps) {
          const v = valueAt(report, p);
          if (typeof v !== 'number') return undefined;
          total += v;
        }
        return total;
      };
      const right = paths(r.right);
      const [l, rt] = [sum(paths(r.left)), sum(right)];
      if (l !== undefined && rt !== undefined && l !== rt)
        out.push({ ruleId: r.id, path: right[0], left: l, right: rt });
    }
  }
  return out;
}
