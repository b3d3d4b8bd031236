import { describe, expect, it } from 'vitest';
import {
  checkDocument,
  checkReport,
  computeTotals,
  DOCUMENT_RULES,
  RULES,
  type Diagnostic,
} from '../src/index.js';
import { applyCase, cases, fixture } from './helpers.js';

const brief = (ds: Diagnostic[]) => ds.map((d) => `${d.ruleId} ${d.path}`).sort();

describe('fixtures', () => {
  it.each(['seed-yuguan-2023', 'realistic-2024'])('%s has no finding', (name) => {
    expect(checkReport(fixture(name))).toEqual([]);
  });
});

describe.each(cases)('case $name', (c) => {
  const found = checkDocument(applyCase(c));
  it('finds exactly the expected findings', () => {
    expect(brief(found)).toEqual(c.expect.map((e) => `${e.ruleId} ${e.path}`).sort());
  });
  it('gives actual and expected for one-cell fixes', () => {
    for (const e of c.expect) {
      const d = found.find((x) => x.ruleId === e.ruleId && x.path === e.path)!;
      if ('actual' in e) expect(d.actual).toEqual(e.actual);
      if ('expected' in e) expect(d.expected).toEqual(e.expected);
    }
  });
  it('words every finding in zh-CN by default and in English on request', () => {
    for (const d of found) {
      expect(d.message).toBe(d.messages['zh-CN']);
      expect(d.messages['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(d.messages.en).toMatch(/^(Unexpected|Cannot|Missing|`)/);
      expect(d.url).toContain(`#${d.ruleId}`);
      expect(d.paths[0]).toBe(d.path);
    }
    const en = checkDocument(applyCase(c), { lang: 'en' });
    expect(en.map((d) => d.message)).toEqual(found.map((d) => d.messages.en));
  });
});

it('every rule has a case, except those that need two reports or the 2019 tables', () => {
  const needOther = ['format-outdated', 'carry-over-mismatch'];
  const all = [...RULES, ...DOCUMENT_RULES]
    .map((r) => r.id)
    .filter((id) => !needOther.includes(id));
  expect(new Set(cases.map((c) => c.rule))).toEqual(new Set(all));
});

describe('blank is not zero', () => {
  it('does not add up a blank operand as 0', () => {
    const r = fixture('realistic-2024');
    r.applications.received.commercial = null;
    const found = checkReport(r);
    // With the blank read as 0 the row would be short by 9; instead the sum is reported as uncheckable.
    const rowTotal = found.find((d) => d.ruleId === 'row-total')!;
    expect(rowTotal.severity).toBe('warning');
    expect(rowTotal.expected).toBeUndefined();
    expect(rowTotal.messages['zh-CN']).toContain('商业企业');
    expect(
      found.some(
        (d) => d.ruleId === 'cell-blank' && d.path === '/applications/received/commercial',
      ),
    ).toBe(true);
  });
  it('reports an all-blank row as blank cells, and the balance as uncheckable', () => {
    const r = fixture('seed-yuguan-2023');
    for (const k of Object.keys(r.applications.carriedOver))
      (r.applications.carriedOver as unknown as Record<string, unknown>)[k] = null;
    const found = checkReport(r);
    expect(found.filter((d) => d.ruleId === 'cell-blank')).toHaveLength(7);
    // Nothing in the row to add up: no row-total finding.
    expect(found.filter((d) => d.ruleId === 'row-total')).toEqual([]);
    const balance = found.filter((d) => d.ruleId === 'applications-balance');
    expect(balance).toHaveLength(7);
    expect(
      balance.every(
        (d) => d.severity === 'warning' && d.path.startsWith('/applications/carriedOver/'),
      ),
    ).toBe(true);
  });
  it('names the text as written when a source is given', () => {
    const r = fixture('seed-yuguan-2023');
    r.proactive.coercion.decisions = null;
    const sources = new Map([
      ['/proactive/coercion/decisions', { line: 40, column: 6, text: '/' }],
    ]);
    const [d] = checkReport(r, { sources });
    expect(d.messages['zh-CN']).toBe(
      '表二「行政强制」行「本年处理决定数量」列为空白（`/`），应填写数字（未发生填`0`）',
    );
    expect(d.source).toEqual({ line: 40, column: 6, text: '/' });
  });
});

describe('computeTotals', () => {
  it('fills every derived cell and never touches a leaf', () => {
    const r = fixture('realistic-2024');
    r.applications.received.total = 999;
    r.applications.outcomes.total.naturalPerson = null;
    r.reviewLitigation.litigationDirect.total = 0;
    const fixed = computeTotals(r);
    expect(checkReport(fixed)).toEqual([]);
    expect(fixed).toEqual(fixture('realistic-2024'));
    expect(r.applications.received.total).toBe(999); // input untouched
  });
  it('keeps a total whose operands are blank, or blanks it on request', () => {
    const r = fixture('realistic-2024');
    r.applications.received.commercial = null;
    expect(computeTotals(r).applications.received.total).toBe(131);
    expect(computeTotals(r, { incomplete: 'blank' }).applications.received.total).toBeNull();
  });
});

describe('schema findings', () => {
  it('explains a non-object report once', () => {
    expect(brief(checkReport(null))).toEqual(['schema ']);
    expect(brief(checkReport([1, 2]))).toEqual(['schema ']);
  });
  it('flags unknown and __proto__ keys without polluting prototypes', () => {
    const r = JSON.parse(
      JSON.stringify(fixture('seed-yuguan-2023')).replace(
        '"format"',
        '"__proto__":{"polluted":1},"format"',
      ),
    );
    const found = checkReport(r);
    expect(brief(found)).toEqual(['schema /__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('leaves cell type errors to the cell rules', () => {
    const r = fixture('seed-yuguan-2023');
    (r.applications.received as unknown as Record<string, unknown>).research = '１２';
    const found = checkReport(r);
    expect(found.find((d) => d.ruleId === 'schema')).toBeUndefined();
    expect(found.find((d) => d.ruleId === 'cell-not-a-number')!.expected).toBe(12);
  });
});
