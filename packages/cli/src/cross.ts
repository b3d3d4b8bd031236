import { carryOverFindings, setAt, type Lang } from '@nianbao/core';
import { type FileDiagnostic, fileDiagnostic } from './check-file.js';
import { fileKey } from './files/identity.js';
import { agencyKey, carryPaths, cellIndex, type Place, type ReportFacts } from './facts.js';

/**
 * Carry-over across reports: this year's 上年结转 against last year's 结转下年度继续办理, with core's
 * `carryOverFindings`. The run keeps, per report, only who, which year, which file, and the 7+7
 * carried values, so memory stays a few hundred bytes a report however many are checked.
 */

interface Memo {
  file: string;
  /** The file on disk (fileKey): `--previous ./a.md` and the input `a.md` are one report. */
  key: string;
  agency: string | null;
  layout: string;
  year: number;
  over: (number | string | null)[];
  forward: (number | string | null)[];
  overAt: (Place | null)[];
}

/** Findings for a file other than the one just checked, which was written out already. */
export interface LateFindings {
  file: string;
  agency: string | null;
  year: number;
  diagnostics: FileDiagnostic[];
}

function memoOf(file: string, facts: ReportFacts, year: number): Memo {
  const { over, forward } = carryPaths(facts.layout);
  const index = cellIndex(facts.layout);
  return {
    file,
    key: fileKey(file),
    agency: facts.agency,
    layout: facts.layout,
    year,
    over: over.map((p) => facts.values[index.get(p)!]),
    forward: forward.map((p) => facts.values[index.get(p)!]),
    overAt: facts.carriedOverAt,
  };
}

/** A report holding only what carryOverFindings reads: format, year and one carried row. */
function mini(m: Memo, row: 'over' | 'forward'): unknown {
  const r = { format: m.layout, meta: { year: m.year } };
  const paths = carryPaths(m.layout)[row];
  paths.forEach((p, i) => {
    setAt(r, p, m[row][i]);
  });
  return r;
}

function compare(prev: Memo, cur: Memo, lang: Lang): FileDiagnostic[] {
  const name = lang === 'en' ? `${prev.file} (${prev.year})` : `${prev.file}（${prev.year}年度）`;
  const paths = carryPaths(cur.layout).over;
  return carryOverFindings(mini(prev, 'forward'), mini(cur, 'over'), {
    lang,
    previousName: name,
  }).map((d) => fileDiagnostic(d, cur.overAt[paths.indexOf(d.path)]));
}

export class CarryOver {
  /** agency key → year → reports of that agency and year seen so far. */
  private seen = new Map<string, Map<number, Memo[]>>();
  private previous?: Memo;

  constructor(private lang: Lang) {}

  /** `--previous <file>`: every report checked is compared against this one. */
  setPrevious(file: string, facts: ReportFacts): void {
    this.previous = memoOf(file, facts, facts.year ?? 0);
  }

  /**
   * Records a report just checked. Returns the findings on it (its previous year is known, or
   * `--previous` was given) and the findings on reports already written out whose previous year
   * this one is.
   */
  add(file: string, facts: ReportFacts): { now: FileDiagnostic[]; late: LateFindings[] } {
    const now: FileDiagnostic[] = [];
    const late: LateFindings[] = [];
    const memo = memoOf(file, facts, facts.year ?? 0);
    const isPrevious = memo.key === this.previous?.key;
    if (this.previous && !isPrevious) now.push(...compare(this.previous, memo, this.lang));
    if (facts.agency === null || facts.year === null) return { now, late };
    const key = agencyKey(facts.agency);
    let years = this.seen.get(key);
    if (!years) {
      years = new Map();
      this.seen.set(key, years);
    }
    for (const prev of years.get(memo.year - 1) ?? []) {
      if (prev.key !== this.previous?.key) now.push(...compare(prev, memo, this.lang));
    }
    for (const next of years.get(memo.year + 1) ?? []) {
      if (isPrevious) continue;
      const found = compare(memo, next, this.lang);
      if (found.length)
        late.push({
          file: next.file,
          agency: next.agency,
          year: next.year,
          diagnostics: found,
        });
    }
    const list = years.get(memo.year);
    if (list) list.push(memo);
    else years.set(memo.year, [memo]);
    return { now, late };
  }
}
