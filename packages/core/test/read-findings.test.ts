import { describe, expect, it } from 'vitest';
import { cellsOf, format2019, format2021, type SectionKey } from '../src/layout/index.js';
import {
  detectFormat,
  formatVotes,
  headingVariant,
  isTemplateLabel,
  READ_RULES,
  readFinding,
  sectionOrder,
  tableIncomplete,
  type FoundHeading,
} from '../src/read/index.js';
import { axisLeaves, labelText } from '../src/layout/index.js';

const at = (offset: number) => ({ line: 1, column: offset + 1, offset });
const section = (key: SectionKey) => format2021.sections.find((s) => s.key === key)!;

describe('readFinding', () => {
  it("takes the rule's severity from READ_RULES, its url from the rules docs, both languages", () => {
    for (const rule of READ_RULES.map((r) => r.id)) {
      const d = readFinding({ rule, values: {}, path: '/x' }, 'en');
      expect(d.severity).toBe(READ_RULES.find((r) => r.id === rule)!.severity);
      expect(d.url).toBe(`https://github.com/nianbao/nianbao/blob/main/docs/rules.md#${rule}`);
      expect(d.paths).toEqual(['/x']);
      expect(d.message).toBe(d.messages.en);
      expect(d.source).toBeUndefined();
    }
  });

  it('fills a named case of the messages, one set of values or one per language', () => {
    const d = readFinding(
      { rule: 'table-missing', values: { no: '四', table: 'T' }, path: '/x', source: at(3) },
      'zh-CN',
    );
    expect(d).toMatchObject({ message: '第四部分缺少表格`T`', source: at(3) });
    const v = readFinding(
      {
        rule: 'label-variant',
        message: 'label',
        values: { 'zh-CN': { actual: '甲', expected: '乙' }, en: { actual: 'a', expected: 'b' } },
        path: '/x',
      },
      'en',
    );
    expect(v.messages).toEqual({
      'zh-CN': '标签 `甲` 与模板不一致，应为 `乙`',
      en: 'Unexpected label `a`, expected `b`',
    });
  });

  it('says a reworded heading with the template heading as the fix', () => {
    const d = headingVariant(
      section('problems'),
      '五、存在的问题',
      '五、存在的主要问题及改进情况',
      at(0),
      'zh-CN',
    );
    expect(d).toMatchObject({
      ruleId: 'label-variant',
      path: '/problems',
      actual: '五、存在的问题',
      expected: '五、存在的主要问题及改进情况',
    });
    expect(d.message).toBe(
      '标题 `五、存在的问题` 与模板不一致，应为 `五、存在的主要问题及改进情况`',
    );
  });
});

describe('tableIncomplete', () => {
  const table = format2021.tables.find((t) => t.id === 'table4')!;
  const cells = cellsOf(format2021).filter((c) => c.table === 'table4');

  it('names the last cell read, the first not read and how many are missing', () => {
    const d = tableIncomplete(table, cells, 4, at(9), 'en');
    expect(d).toMatchObject({
      ruleId: 'table-incomplete',
      severity: 'error',
      path: cells[5].path,
      paths: cells.slice(5).map((c) => c.path),
      source: at(9),
    });
    expect(d.message).toMatch(
      /^Unexpected end of the document after .+, expected 10 more cells from .+ on$/,
    );
  });

  it('from the heading when no cell was read', () => {
    expect(tableIncomplete(table, cells, -1, at(0), 'zh-CN').message).toMatch(
      /^文档在标题之后中断：自.+起的15个单元格未能读取$/,
    );
  });
});

describe('sectionOrder', () => {
  const h = (key: SectionKey, offset: number): FoundHeading & { n: number } => ({
    section: section(key),
    source: at(offset),
    n: offset,
  });

  it('keeps the first heading of each section and says the later ones and those out of order', () => {
    const found = [
      h('overview', 0),
      h('applications', 1),
      h('proactive', 2),
      h('reviewLitigation', 3),
      h('applications', 4),
    ];
    const r = sectionOrder(format2021, found, 'zh-CN');
    expect([...r.first.values()].map((x) => x.n)).toEqual([0, 1, 2, 3]);
    expect(r.findings.map((d) => [d.ruleId, d.path, d.source?.offset, d.message])).toEqual([
      ['section-order', '/proactive', 2, '第二部分`二、主动公开政府信息情况`应排在第三部分之前'],
      [
        'section-order',
        '/applications',
        4,
        '第三部分`三、收到和处理政府信息公开申请情况`重复出现，只读取第一次出现的内容',
      ],
    ]);
  });

  it('has nothing to say about sections in order, some missing', () => {
    expect(
      sectionOrder(format2021, [h('overview', 0), h('problems', 1), h('otherMatters', 2)], 'en')
        .findings,
    ).toEqual([]);
  });
});

describe('detectFormat', () => {
  const labels = (layout: typeof format2021) =>
    layout.tables.flatMap((t) =>
      t.blocks.flatMap((b) =>
        [...axisLeaves(b.rows), ...axisLeaves(b.columns)].flatMap((l) =>
          l.chain.map((n) => labelText(n.label)),
        ),
      ),
    );

  it('tells each format from its own labels, and the newest when nothing votes', () => {
    expect(detectFormat(labels(format2019))).toBe('2019');
    expect(detectFormat(labels(format2021))).toBe('2021');
    expect(detectFormat([])).toBe('2021');
    expect(detectFormat(['总计', '自然人'])).toBe('2021');
  });

  it('counts each format-specific label once', () => {
    const v = formatVotes([...labels(format2019), ...labels(format2019)]);
    expect(v[0].format).toBe('2019');
    expect(v[0].votes).toBe(new Set(v[0].labels).size);
    expect(v.find((x) => x.format === '2021')!.votes).toBeLessThan(v[0].votes);
  });

  it('knows a template label from other text', () => {
    expect(isTemplateLabel('自然人')).toBe(true);
    expect(isTemplateLabel('（七）总计')).toBe(true);
    expect(isTemplateLabel('本站由某某公司提供技术支持')).toBe(false);
  });
});
