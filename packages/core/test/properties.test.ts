import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cellsOf,
  checkerFor,
  checkReport,
  computeTotals,
  format2021,
  getAt,
  setAt,
} from '../src/index.js';
import type { Report2021 } from '../src/generated/report-2021.js';
import { fixture } from './helpers.js';

const cells = cellsOf(format2021);
const leafCells = cells.filter((c) => !c.derived);
const APPLICANT = [
  'naturalPerson',
  'commercial',
  'research',
  'publicInterest',
  'legalService',
  'other',
];
const set = (r: Report2021, p: string, v: unknown) =>
  setAt(r as unknown as Record<string, unknown>, p, v);

/** A random report whose numbers reconcile: random leaves, 一 derived so that R1 holds, totals computed. */
const reconciled = fc
  .record({
    leaves: fc.array(fc.nat({ max: 500 }), {
      minLength: leafCells.length,
      maxLength: leafCells.length,
    }),
    over: fc.array(fc.nat({ max: 500 }), { minLength: 6, maxLength: 6 }),
    money: fc.double({ min: 0, max: 1e6, noNaN: true }),
  })
  .map(({ leaves, over, money }) => {
    const r = fixture('seed-yuguan-2023');
    leafCells.forEach((c, i) => {
      set(r, c.path, c.kind === 'money' ? Math.round(money * 100) / 100 : leaves[i]);
    });
    let t = computeTotals(r);
    APPLICANT.forEach((col, i) => {
      const out =
        (getAt(t, `/applications/outcomes/total/${col}`) as number) +
        (getAt(t, `/applications/carriedForward/${col}`) as number);
      const carriedOver = Math.min(over[i], out);
      set(t, `/applications/carriedOver/${col}`, carriedOver);
      set(t, `/applications/received/${col}`, out - carriedOver);
    });
    t = computeTotals(t);
    return t;
  });

describe('properties', () => {
  it('a reconciled report yields no finding', () => {
    fc.assert(
      fc.property(reconciled, (r) => {
        expect(checkReport(r)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('changing any single cell of table 三 or 四 by a non-zero amount is detected, naming that cell', () => {
    const targets = cells.filter((c) => c.table === 'table3' || c.table === 'table4');
    fc.assert(
      fc.property(
        reconciled,
        fc.constantFrom(...targets),
        fc.integer({ min: -50, max: 50 }).filter((d) => d !== 0),
        (r, cell, delta) => {
          const v = getAt(r, cell.path) as number;
          set(r, cell.path, v + delta);
          const found = checkReport(r);
          expect(found.length).toBeGreaterThan(0);
          expect(found.some((d) => d.paths.includes(cell.path))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('after computeTotals no total finding remains', () => {
    fc.assert(
      fc.property(
        reconciled,
        fc.constantFrom(...cells.filter((c) => c.derived)),
        fc.integer(),
        (r, cell, junk) => {
          set(r, cell.path, junk);
          const found = checkReport(computeTotals(r));
          expect(
            found.filter((d) =>
              ['row-total', 'outcomes-total', 'review-litigation-total'].includes(d.ruleId),
            ),
          ).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('the incremental check agrees with a full check after every edit', () => {
    const value = fc.oneof(
      fc.nat({ max: 40 }),
      fc.constant(null),
      fc.constant('12件'),
      fc.integer({ min: -3, max: -1 }),
      fc.constant(1.5),
    );
    fc.assert(
      fc.property(
        reconciled,
        fc.array(fc.tuple(fc.constantFrom(...cells), value), { maxLength: 12 }),
        (r, edits) => {
          const checker = checkerFor('2021');
          const session = checker.session(r);
          for (const [cell, v] of edits) {
            set(r, cell.path, v);
            const inc = session.update(cell.path, v);
            const full = checker.check(r);
            const key = (ds: typeof full) =>
              ds.map((d) => `${d.ruleId}|${d.path}|${d.message}`).sort();
            expect(key(inc)).toEqual(key(full));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('never throws on arbitrary JSON and answers with findings', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
        const found = checkReport(v);
        expect(Array.isArray(found)).toBe(true);
        expect(found.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on hostile reports: __proto__ keys, deep nesting, 10 MB strings, strings in number cells', () => {
    const hostile = fc.record({
      path: fc.constantFrom(
        ...cells.map((c) => c.path),
        '/meta/agency',
        '/overview',
        '/applications',
        '/proactive/fees',
      ),
      value: fc.oneof(
        fc.string(),
        fc.constant('x'.repeat(10 * 1024 * 1024)),
        fc.constant(
          JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": 1}}'),
        ),
        fc.constant(JSON.parse('['.repeat(5000) + ']'.repeat(5000))),
        fc.jsonValue({ maxDepth: 3 }),
      ),
    });
    fc.assert(
      fc.property(hostile, ({ path, value }) => {
        const r = fixture('realistic-2024');
        set(r, path, value);
        const found = checkReport(r);
        // computeTotals writes into a copy of the hostile report: it must not reach any prototype either.
        computeTotals(r);
        // Everything hostile is a finding, except what is legal where it was put: text in a
        // narrative or the agency's name, a number in a number cell.
        const isCell = cells.some((c) => c.path === path);
        const legal =
          (typeof value === 'string' && !isCell && !(path === '/meta/agency' && value === '')) ||
          (typeof value === 'number' && isCell && value >= 0);
        if (!legal) expect(found.length).toBeGreaterThan(0);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        for (const d of found) expect(d.message.length).toBeLessThan(2000);
      }),
      { numRuns: 80 },
    );
  });
});
