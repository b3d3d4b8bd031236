import { describe, expect, it } from 'vitest';
import {
  aggregateReports,
  carryOverFindings,
  cellsOf,
  checkDocument,
  checkReport,
  documentFindings,
  format2019,
  setAt,
} from '../src/index.js';
import { fixture } from './helpers.js';

const ids = (r: unknown) => documentFindings(r).map((d) => `${d.ruleId} ${d.path}`);

/** A report on the 2019 trial tables, every cell 0. */
function report2019(year: number) {
  const r = {
    format: '2019',
    meta: { agency: '螅镇人民政府', year },
    overview: '',
    problems: '',
    otherMatters: '无',
  };
  for (const c of cellsOf(format2019)) setAt(r, c.path, 0);
  return r;
}

describe('no false alarm', () => {
  it.each(['seed-yuguan-2023', 'realistic-2024'])('%s has no document finding', (name) => {
    expect(checkDocument(fixture(name))).toEqual([]);
  });
});

describe('format-outdated', () => {
  it('flags the 2019 tables in a 2022 report, not in a 2020 one', () => {
    expect(ids(report2019(2022))).toEqual(['format-outdated /format']);
    expect(ids(report2019(2020))).toEqual([]);
  });
  it('checks a 2019 report against its own schema and rules', () => {
    const r = report2019(2020) as any;
    expect(checkReport(r)).toEqual([]);
    r.proactive.licensing.change = -417;
    r.applications.outcomes.other.total = 3;
    // A signed change is fine in 2019; a total of （六） that adds up nothing is not.
    expect(checkReport(r).map((d) => `${d.ruleId} ${d.path}`)).toEqual([
      'outcomes-total /applications/outcomes/total/total',
      'row-total /applications/outcomes/other/total',
    ]);
  });
});

describe('citation-outdated', () => {
  it('flags the 2019 notice and the trial format in a report for 2021 or later', () => {
    const r = fixture('seed-yuguan-2023');
    r.overview =
      '本报告根据国办公开办函[2019]60号和《中华人民共和国政府信息公开工作年度报告格式（试行）》编制。';
    const found = documentFindings(r);
    expect(found.map((d) => d.ruleId)).toEqual(['citation-outdated', 'citation-outdated']);
    expect(found[0].messages['zh-CN']).toContain('国办公开办函[2019]60号');
  });
  it('positions the citation through the reader', () => {
    const r = fixture('seed-yuguan-2023');
    r.overview = '依据国办公开办函〔2019〕60号。';
    const [d] = documentFindings(r, {
      locate: (path, start, end) => ({
        line: 10,
        column: start + 1,
        endLine: 10,
        endColumn: end + 1,
      }),
    });
    expect(d.source).toEqual({ line: 10, column: 3, endLine: 10, endColumn: 18 });
  });
});

describe('year-mismatch', () => {
  it('compares the title, the statistics period and the publication date with the year', () => {
    const r = fixture('realistic-2024');
    r.meta.title = '江州市人民政府2023年度政府信息公开工作年度报告';
    r.overview = '本报告所列数据的统计期限为2023年1月1日至2023年12月31日。';
    r.meta.publishedAt = '2024-01-15';
    expect(ids(r)).toEqual([
      'year-mismatch /meta/title',
      'year-mismatch /overview',
      'year-mismatch /meta/publishedAt',
    ]);
  });
  it('flags a date missing 年', () => {
    const r = fixture('realistic-2024');
    r.overview = '统计期限自20241月1日起。';
    const [d] = documentFindings(r);
    expect(d.ruleId).toBe('year-mismatch');
    expect(d.messages['zh-CN']).toBe('日期`20241月1日`缺少“年”字，应为`2024年1月1日`');
  });
});

describe('narrative-table-mismatch', () => {
  it('catches a stated count that contradicts table 三', () => {
    const r = fixture('realistic-2024');
    r.overview = '全年共受理政府信息公开申请2件。';
    const [d] = documentFindings(r);
    expect(d.ruleId).toBe('narrative-table-mismatch');
    expect(d.paths).toContain('/applications/received/total');
    expect(d.messages['zh-CN']).toContain('`131`');
  });
  it('reads the count in its own clause even when the sentence goes on about carry-overs', () => {
    const r = fixture('realistic-2024');
    r.overview = '全年共收到政府信息公开申请130件，上年结转7件，均在法定期限内答复。';
    expect(ids(r)).toEqual(['narrative-table-mismatch /overview']);
  });
  it('accepts new plus carried-over applications counted together', () => {
    const r = fixture('realistic-2024');
    r.overview = '全年共受理政府信息公开申请138件。';
    expect(ids(r)).toEqual([]);
  });
  it('catches "no review or litigation" against table 四, "no carry-over" and "no applications"', () => {
    const r = fixture('realistic-2024');
    r.overview =
      '未发生因政府信息公开被申请行政复议、提起行政诉讼的情况。无结转申请。本年度未收到政府信息公开申请。';
    expect(ids(r)).toEqual([
      'narrative-table-mismatch /overview',
      'narrative-table-mismatch /overview',
      'narrative-table-mismatch /overview',
    ]);
  });
  it('reads Chinese numerals and ignores numbers about other years', () => {
    const r = fixture('realistic-2024');
    r.overview = '共收到政府信息公开申请一百三十一件，较上年收到申请九十件增长明显。';
    expect(ids(r)).toEqual([]);
  });
});

describe('regulations-implausible and late-publication', () => {
  it('flags a town reporting 规章 in force, knowing it is a town from the text alone', () => {
    const r = fixture('seed-yuguan-2023') as any;
    delete r.meta.agencyLevel;
    r.meta.agency = '某某';
    r.overview = '现结合我镇实际，汇报如下。';
    r.proactive.regulations.inForce = 6;
    expect(ids(r)).toEqual(['regulations-implausible /proactive/regulations/inForce']);
  });
  it('does not flag a city government, and knows a department or a ministry by its name', () => {
    expect(ids(fixture('realistic-2024'))).toEqual([]);
    const r = fixture('realistic-2024') as any;
    delete r.meta.agencyLevel;
    r.meta.agency = '江州市自然资源和规划局';
    expect(ids(r)).toEqual([
      'late-publication /meta/publishedAt',
      'regulations-implausible /proactive/regulations/issued',
    ]);
    r.meta.agency = '国家税务总局';
    r.meta.publishedAt = '2025-01-20';
    expect(ids(r)).toEqual([]);
  });
  it('treats 行政复议 and 行政诉讼 apart when the text says one of them did not happen', () => {
    const r = fixture('realistic-2024');
    r.reviewLitigation.review = { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 };
    r.overview = '全年未发生政府信息公开行政复议案件。被提起行政诉讼5件。';
    expect(ids(r)).toEqual([]);
    r.overview = '全年未发生行政诉讼。';
    expect(ids(r)).toEqual(['narrative-table-mismatch /overview']);
  });
  it('reads `/` typed into a JSON cell as blank, not as text', () => {
    const r = fixture('seed-yuguan-2023') as any;
    r.proactive.coercion.decisions = '/';
    const found = checkDocument(r);
    expect(found.map((d) => d.ruleId)).toEqual(['cell-blank']);
    expect(found[0].messages['zh-CN']).toContain('（`/`）');
  });
  it('flags a department published after 31 January and a government after 31 March', () => {
    const r = fixture('realistic-2024');
    r.proactive.regulations = { issued: 0, repealed: 0, inForce: 0 };
    r.meta.publishedAt = '2025-04-01';
    expect(ids(r)).toEqual(['late-publication /meta/publishedAt']);
    r.meta.agencyLevel = 'department';
    r.meta.publishedAt = '2025-02-01';
    expect(ids(r)).toEqual(['late-publication /meta/publishedAt']);
    r.meta.publishedAt = '2025-01-31';
    expect(ids(r)).toEqual([]);
  });
});

describe('across reports', () => {
  it('compares this year’s carry-over with last year’s carried forward, across the 2019/2021 switch', () => {
    const last = report2019(2020) as any;
    last.applications.carriedForward.naturalPerson = 6;
    last.applications.carriedForward.total = 7;
    const found = carryOverFindings(last, fixture('realistic-2024'));
    expect(found.map((d) => [d.path, d.actual, d.expected])).toEqual([
      ['/applications/carriedOver/commercial', 1, 0],
    ]);
    expect(found[0].messages['zh-CN']).toBe(
      '表三「二、上年结转政府信息公开申请数量」行「商业企业」列为`1`，应等于2020年度报告的“结转下年度继续办理”`0`',
    );
  });
  it('sums tables, keeping a blank anywhere blank', () => {
    const a = fixture('realistic-2024');
    const b = fixture('realistic-2024');
    b.proactive.coercion.decisions = null;
    const sum = aggregateReports([a, b], { agency: '江州市', year: 2024 });
    expect(sum.applications.received.total).toBe(262);
    expect(sum.proactive.fees.amount).toBe(1032.76);
    expect(sum.proactive.coercion.decisions).toBeNull();
    expect(checkReport(sum).map((d) => d.ruleId)).toEqual(['cell-blank']);
  });
});
