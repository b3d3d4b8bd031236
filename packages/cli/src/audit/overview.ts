import type { FileDiagnostic, FileResult } from '../check-file.js';

/** One report as the overview lists it: a few numbers, kept for every report of the run. */
export interface ReportRow {
  /** Position in the run (1-based); the page's anchor is `r<n>`. */
  n: number;
  file: string;
  agency: string | null;
  year: number | null;
  errors: number;
  warnings: number;
  infos: number;
}

/**
 * Counts across the whole run, for the overview of the audit: per rule (findings and reports), per
 * report, and the inputs that could not be used. Nothing of a report's content is kept.
 */
export class Overview {
  readonly rows: ReportRow[] = [];
  readonly rules = new Map<
    string,
    { severity: FileDiagnostic['severity']; findings: number; reports: number }
  >();
  readonly unusable: { file: string; message: string }[] = [];
  private byFile = new Map<string, ReportRow>();

  add(file: string, result: FileResult): ReportRow {
    const row: ReportRow = {
      n: this.rows.length + 1,
      file,
      agency: result.facts.agency,
      year: result.facts.year,
      errors: 0,
      warnings: 0,
      infos: 0,
    };
    this.rows.push(row);
    this.byFile.set(file, row);
    this.count(row, result.diagnostics);
    return row;
  }

  /** Findings added to a report already listed (cross-report findings known later). */
  count(row: ReportRow, diagnostics: readonly FileDiagnostic[]): void {
    const seen = new Set<string>();
    for (const d of diagnostics) {
      if (d.severity === 'error') row.errors++;
      else if (d.severity === 'warning') row.warnings++;
      else row.infos++;
      let r = this.rules.get(d.ruleId);
      if (!r) {
        r = { severity: d.severity, findings: 0, reports: 0 };
        this.rules.set(d.ruleId, r);
      }
      r.findings++;
      if (!seen.has(d.ruleId)) seen.add(d.ruleId), r.reports++;
    }
  }

  row(file: string): ReportRow | undefined {
    return this.byFile.get(file);
  }

  /** Reports with the most errors first, then warnings, then infos; ties in run order. */
  worstFirst(): ReportRow[] {
    return [...this.rows].sort(
      (a, b) => b.errors - a.errors || b.warnings - a.warnings || b.infos - a.infos || a.n - b.n,
    );
  }

  /** Rules by number of findings, most first. */
  ruleCounts() {
    return [...this.rules]
      .map(([ruleId, r]) => ({ ruleId, ...r }))
      .sort((a, b) => b.findings - a.findings || a.ruleId.localeCompare(b.ruleId));
  }
}
