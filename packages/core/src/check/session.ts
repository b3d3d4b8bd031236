import type { Diagnostic } from './diagnostic.js';
import { cellFindings } from './cell-finding.js';
import type { CheckerModel, CheckOptions } from './model.js';
import { sumFinding } from './sum-finding.js';

export interface CheckSession {
  /** Sets one cell and re-runs only the rules that read it. Returns every current finding. */
  update(path: string, value: unknown): Diagnostic[];
  /** Re-reads the whole report (after edits outside the tables). */
  refresh(report: unknown): Diagnostic[];
  findings(): Diagnostic[];
}

/** What a session needs of its checker besides the model: reading values, and the schema check. */
export interface SessionParts {
  readValues(report: unknown): unknown[];
  schemaFindings(report: unknown, opts: CheckOptions): Diagnostic[];
}

/**
 * A check kept up to date one cell at a time (the form calls it on every input): each cell's
 * findings and each sum's are kept, and an edit re-runs only the rules that read the cell.
 */
export class Session implements CheckSession {
  private vals: unknown[];
  private sumResults: (Diagnostic | null)[];
  private cellResults = new Map<number, Diagnostic[]>();
  private schema: Diagnostic[];

  constructor(
    private readonly m: CheckerModel,
    private readonly parts: SessionParts,
    report: unknown,
    private readonly opts: CheckOptions,
  ) {
    this.vals = parts.readValues(report);
    this.schema = parts.schemaFindings(report, opts);
    this.sumResults = m.rules.sums.map((s) => sumFinding(m, s, this.vals, opts));
    for (let i = 0; i < m.cells.length; i++) this.checkCell(i);
  }

  private checkCell(i: number) {
    const found: Diagnostic[] = [];
    cellFindings(this.m, i, this.vals, this.opts, found);
    if (found.length) this.cellResults.set(i, found);
    else this.cellResults.delete(i);
  }

  update(path: string, value: unknown): Diagnostic[] {
    const { rules } = this.m;
    const i = rules.index.get(path);
    if (i === undefined)
      throw new Error(`${path} is not a cell; call refresh(report) after other edits`);
    this.vals[i] = value;
    this.checkCell(i);
    for (const k of rules.sumsByCell[i])
      this.sumResults[k] = sumFinding(this.m, rules.sums[k], this.vals, this.opts);
    return this.findings();
  }

  refresh(report: unknown): Diagnostic[] {
    const next = this.parts.readValues(report);
    this.schema = this.parts.schemaFindings(report, this.opts);
    next.forEach((v, i) => {
      if (!Object.is(v, this.vals[i])) this.update(this.m.rules.paths[i], v);
    });
    return this.findings();
  }

  findings(): Diagnostic[] {
    const out: Diagnostic[] = [...this.schema];
    // Stable order: cell findings in layout order, then the reconciliation findings in rule order.
    for (const i of [...this.cellResults.keys()].sort((a, b) => a - b))
      out.push(...(this.cellResults.get(i) as Diagnostic[]));
    for (const d of this.sumResults) if (d) out.push(d);
    return out;
  }
}
