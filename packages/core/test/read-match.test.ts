import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { format2021, labelText, tableOf, type AxisNode, type Label } from '../src/layout/index.js';
import { editDistance, matchLabel, matchSection, NEAR_RATIO } from '../src/read/match.js';
import { labelKey } from '../src/read/normalize.js';
import { TableLabels } from '../src/read/grid/labels.js';
import { modelOf } from '../src/read/grid/model.js';

const walk = (nodes: readonly AxisNode[]): Label[] =>
  nodes.flatMap((n) => [n.label, ...walk(n.children ?? [])]);
const distinct = (labels: Label[]) => [
  ...new Map(labels.filter((l) => l.zh).map((l) => [labelKey(l.zh), l])).values(),
];

/** The candidate lists the grid reader matches against: one for rows, one for headers, per table. */
const lists = format2021.tables.flatMap((t) => [
  { name: `${t.id} rows`, labels: distinct(t.blocks.flatMap((b) => walk(b.rows))) },
  {
    name: `${t.id} headers`,
    labels: distinct([
      t.title,
      ...t.blocks.flatMap((b) => [
        ...(b.header ? [b.header] : []),
        ...(b.corner ? [b.corner] : []),
        ...walk(b.columns),
      ]),
    ]),
  },
]);
const everyLabel = distinct([
  ...lists.flatMap((l) => l.labels),
  ...format2021.sections.map((s) => s.heading),
]);

const table3Rows = lists.find((l) => l.name === 'table3 rows')!.labels;
const table2Headers = lists.find((l) => l.name === 'table2 headers')!.labels;
const byZh = (labels: Label[], zh: string) => labels.find((l) => l.zh === zh)!;

describe('matchLabel', () => {
  describe.each(lists.filter((l) => l.labels.length))('$name', ({ labels }) => {
    it.each(labels.map((l) => [labelText(l), l] as const))(
      '%s matches itself exactly',
      (text, label) => {
        const m = matchLabel(text, labels);
        expect(m?.label).toBe(label);
        expect(m).toMatchObject({ confidence: 1, via: 'exact', variant: false });
      },
    );
  });

  it('never takes one label of the template for another, even as a near miss', () => {
    for (const a of everyLabel) {
      for (const b of everyLabel) {
        if (a === b) continue;
        expect(matchLabel(labelText(a), [b]), `${a.zh} → ${b.zh}`).toBeNull();
      }
    }
  });

  it('reads a listed variant as a variant of the canonical label', () => {
    const cases = [
      [
        '(二)部分公开(区分处理的,只计这一情况,不计其他情形)',
        table3Rows,
        '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      ],
      ['5.属于三类内容事务信息', table3Rows, '5.属于三类内部事务信息'],
      ['现行有效件', table2Headers, '现行有效件数'],
    ] as const;
    for (const [text, labels, canonical] of cases) {
      const m = matchLabel(text, labels);
      expect(m, text).toMatchObject({ via: 'variant', variant: true, suggestion: canonical });
      expect(m!.confidence).toBeLessThan(1);
    }
  });

  it.each([
    ['5.属于三类内部事物信息', '5.属于三类内部事务信息'],
    ['4.保护第三方合法权利', '4.保护第三方合法权益'],
    ['3.危及三安全一稳定', '3.危及“三安全一稳定”'],
    ['5.要求行政机关确认或重新出具已获取的信息', '5.要求行政机关确认或重新出具已获取信息'],
    ['一、本年新收政府信息公开申请数', '一、本年新收政府信息公开申请数量'],
  ])('reads the unlisted near miss %s as a variant of %s', (text, canonical) => {
    const m = matchLabel(text, table3Rows);
    expect(m).toMatchObject({ via: 'near', variant: true, suggestion: canonical });
    expect(m!.confidence).toBeGreaterThan(0.5);
    expect(m!.confidence).toBeLessThan(0.9);
  });

  it('finds an unlisted near miss among column headers too', () => {
    expect(matchLabel('本年制发件', table2Headers)).toMatchObject({
      via: 'near',
      suggestion: '本年制发件数',
    });
  });

  it('does not read another format’s labels as this one’s', () => {
    for (const text of [
      '本年新制作数量',
      '对外公开总数量',
      '政府集中采购',
      '其他对外管理服务事项',
      '第二十条第(九)项',
      '采购总金额',
    ]) {
      expect(matchLabel(text, table2Headers), text).toBeNull();
      expect(matchLabel(text, lists[0].labels), text).toBeNull();
    }
  });

  it('tolerates spacing, width, numbering style and quotes without calling it a variant', () => {
    const m = matchLabel(' ( 三 ) 不 予\n公开', table3Rows);
    expect(m).toMatchObject({ label: byZh(table3Rows, '不予公开'), via: 'exact', variant: false });
    expect(m!.written.no).toBe('(三)');
    expect(matchLabel('3、危及"三安全一稳定"', table3Rows)).toMatchObject({
      via: 'exact',
      variant: false,
    });
    expect(matchLabel('第二十条 第(一)项', table2Headers)).toMatchObject({
      via: 'exact',
      variant: false,
    });
  });

  it('matches a label carrying a filling note of its own, keeping the note, without calling it a variant', () => {
    const rows = lists[0].labels;
    const m = matchLabel('规章（设区的市、自治州人民政府应提供相关数据）', rows);
    expect(m).toMatchObject({ label: byZh(rows, '规章'), via: 'note', variant: false });
    expect(m!.written.note).toBe('(设区的市、自治州人民政府应提供相关数据)');
  });

  it('calls an altered or missing template note a variant', () => {
    expect(matchLabel('本年收费金额(单位:元)', table2Headers)).toMatchObject({
      via: 'note',
      variant: true,
      suggestion: '本年收费金额（单位：万元）',
    });
    expect(matchLabel('(二)部分公开', table3Rows)).toMatchObject({ via: 'note', variant: true });
  });

  it('treats an alias as exact', () => {
    const aliased = { zh: '甲乙丙丁', en: 'x', aliases: ['戊己庚辛'] };
    expect(matchLabel('戊己庚辛', [aliased])).toMatchObject({
      via: 'alias',
      confidence: 1,
      variant: false,
    });
  });

  it('refuses a text equally close to two labels', () => {
    // one character away from both 本年制发件数 and 本年废止件数
    expect(matchLabel('本年制止件数', table2Headers)).toBeNull();
  });

  it('returns null for numbers and empty text', () => {
    for (const text of ['', '  ', '0', '１２', '1,234', '/', '—'])
      expect(matchLabel(text, table3Rows)).toBeNull();
  });

  it('bounds the edit distance it computes', () => {
    expect(editDistance('属于三类内容事务信息', '属于三类内部事务信息')).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(NEAR_RATIO).toBeGreaterThan(0);
  });

  it('measures any pair as the textbook table does, long after short and short after long', () => {
    const reference = (a: string, b: string) => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++)
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            d[i][j - 1] + 1,
            d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
      return d[a.length][b.length];
    };
    const text = fc.string({
      unit: fc.constantFrom('申', '请', '公', '开', 'a', '1'),
      maxLength: 150,
    });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(editDistance(a, b)).toBe(reference(a, b));
      }),
      { numRuns: 300 },
    );
  });

  it('is fast enough to run on every cell of thousands of documents', () => {
    const texts = [
      ...table3Rows.map(labelText),
      '0',
      '12',
      '属于三类内容事务信息',
      '其他主动公开文件',
    ];
    const start = performance.now();
    let n = 0;
    for (let i = 0; i < 2000; i++) for (const t of texts) if (matchLabel(t, table3Rows)) n++;
    const perCall = (performance.now() - start) / (2000 * texts.length);
    expect(n).toBeGreaterThan(0);
    // generous bound: about 1 µs is typical; this only catches an accidental quadratic or uncached path
    expect(perCall).toBeLessThan(0.2);
  });
});

describe('matchSection', () => {
  it.each(format2021.sections.map((s) => [`${s.no}、${s.heading.zh}`, s.key] as const))(
    'reads %s',
    (text, key) => {
      const m = matchSection(text, format2021);
      expect(m?.section.key).toBe(key);
      expect(m?.match.variant).toBe(false);
      expect(m?.misnumbered).toBe(false);
    },
  );

  it('accepts the aliases of the layout as exact', () => {
    const m = matchSection('四、因政府信息公开工作被申请行政复议、提起行政诉讼的情况', format2021);
    expect(m).toMatchObject({
      section: { key: 'reviewLitigation' },
      match: { via: 'alias', variant: false },
    });
    expect(
      matchSection('五、政府信息公开工作存在的主要问题及改进情况', format2021)?.section.key,
    ).toBe('problems');
  });

  it('reads a near miss of an alias as a variant, suggesting the canonical heading', () => {
    // 情况 typed as 情形 in an alias (real-23's lost 、 is itself an alias now)
    const m = matchSection('四、因政府信息公开工作被申请行政复议、提起行政诉讼的情形', format2021);
    expect(m).toMatchObject({
      section: { key: 'reviewLitigation' },
      match: { via: 'near', variant: true },
    });
    expect(m!.match.suggestion).toBe(`四、${tableOf(format2021, 'table4').title.zh}`);
  });

  it('says when the number disagrees with the place of the section', () => {
    expect(matchSection('三、主动公开政府信息情况', format2021)).toMatchObject({
      section: { key: 'proactive' },
      misnumbered: true,
    });
    expect(matchSection('2.主动公开政府信息情况', format2021)).toMatchObject({
      section: { key: 'proactive' },
      misnumbered: false,
    });
    expect(matchSection('主动公开政府信息情况', format2021)).toMatchObject({
      section: { key: 'proactive' },
      misnumbered: false,
    });
  });

  it('ignores ordinary text', () => {
    expect(
      matchSection(
        '2023年，我镇没有收到电话、网络平台、来信等方式提出的相关政府信息公开',
        format2021,
      ),
    ).toBeNull();
    expect(matchSection('1.主动公开情况', format2021)).toBeNull();
  });
});

describe('one reading’s label lookups (TableLabels)', () => {
  const model = modelOf(format2021, 'table3');
  const texts = [
    '（一）予以公开',
    '5.属于三类内部事物信息',
    '一、本年新收政府信息公开申请数',
    '申请人情况',
    '自然人',
    '与公开无关的一句话',
    '',
  ];

  it('answers as matchLabel does, whichever question about a text comes first', () => {
    for (const order of [
      [false, true],
      [true, false],
    ]) {
      const labels = new TableLabels(model);
      for (const text of texts)
        for (const near of order) {
          expect(labels.row(text, near)).toEqual(matchLabel(text, model.rowLabels, { near }));
          expect(labels.header(text)).toEqual(matchLabel(text, model.headerLabels));
        }
    }
  });
});
