import { describe, expect, it } from 'vitest';
import schema from '../schema/report-2021.schema.json' with { type: 'json' };
import rules from '../rules/rules-2021.json' with { type: 'json' };
import { cellsOf, describeCell, format2021, getAt, labelText } from '../src/index.js';
import { fixture } from './helpers.js';

const cells = cellsOf(format2021);

describe('layout', () => {
  // format-2021.md says "28 rows × 7 columns = 196", but its own row list (and R4's 21 result rows
  // plus 一, 二, （七）, 四) has 25 data rows: 175 cells.
  it('has the 10 + 175 + 15 cells of the 2021 template, each with a unique path', () => {
    const count = (t: string) => cells.filter((c) => c.table === t).length;
    expect([count('table2'), count('table3'), count('table4')]).toEqual([10, 175, 15]);
    expect(new Set(cells.map((c) => c.path)).size).toBe(cells.length);
  });

  it('has exactly one money cell: the fee amount in 万元', () => {
    expect(cells.filter((c) => c.kind === 'money').map((c) => c.path)).toEqual([
      '/proactive/fees/amount',
    ]);
  });

  it('marks the totals as derived: 25 row totals, 6 more in （七）总计, 3 in table 四', () => {
    expect(cells.filter((c) => c.derived).length).toBe(25 + 6 + 3);
  });

  it('reaches every cell of a fixture', () => {
    const r = fixture('realistic-2024');
    for (const c of cells) expect(typeof getAt(r, c.path), c.path).toBe('number');
  });

  it('names cells in the template words', () => {
    const at = (p: string) => cells.find((c) => c.path === p)!;
    expect(describeCell(at('/applications/outcomes/other/other/total'), 'zh-CN')).toBe(
      '表三「（六）其他处理 3.其他」行「总计」列',
    );
    expect(describeCell(at('/reviewLitigation/litigationAfterReview/pending'), 'zh-CN')).toBe(
      '表四「行政诉讼·复议后起诉·尚未审结」列',
    );
    expect(describeCell(at('/proactive/regulations/inForce'), 'en')).toBe(
      'table 二, row “Rules (规章)”, column “In force”',
    );
  });
});

describe('schema', () => {
  it('titles every cell with its template label', () => {
    const props = (schema as any).$defs.applicantCounts.properties;
    expect(props.naturalPerson.title).toBe('自然人');
    expect(
      (schema as any).properties.applications.properties.outcomes.properties.partiallyGranted.title,
    ).toBe(labelText(format2021.tables[1].blocks[0].rows[2].children![1].label));
  });
  it('lets a cell be null (blank) but not a string or a negative number', () => {
    expect((schema as any).$defs.count).toMatchObject({ type: ['integer', 'null'], minimum: 0 });
    expect((schema as any).$defs.money).toMatchObject({ type: ['number', 'null'], minimum: 0 });
  });
});

describe('rules JSON', () => {
  it('is self-contained: every set a rule names is spelled out', () => {
    for (const r of rules.rules as any[]) {
      for (const s of [
        ...Object.values(r.forEach ?? {}),
        r.cells,
        ...[...(r.left ?? []), ...(r.right ?? [])].map((t: any) => t.each),
      ]) {
        if (s) expect(Object.keys(rules.sets), `${r.id} names ${s}`).toContain(s);
      }
    }
    expect(rules.sets.cells).toEqual(cells.map((c) => c.path));
  });
});
