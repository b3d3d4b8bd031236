import { format2021 } from './format-2021.js';
import { label as l } from './label.js';
import type { AxisNode, BlockLayout, FormatLayout, TableLayout } from './types.js';

/**
 * The trial format of 国办公开办函〔2019〕60号, used for the 2019 and 2020 reports. Table 二 is
 * different throughout; table 三 differs only in （六）其他处理, a single row; table 四 is the same.
 */

const t2021 = format2021.tables.find((x) => x.id === 'table2')!;
/** Block headers, the corner and the rows both editions share are the 2021 layout's own labels. */
const shared = (block: number) => t2021.blocks[block];
const row = (block: number, key: string) => shared(block).rows.find((r) => r.key === key)!;

const itemColumns = (withDecisions: boolean): AxisNode[] => [
  { key: 'previousItems', label: l('上一年项目数量', 'Items last year'), kind: 'count' },
  {
    key: 'change',
    label: l('本年增/减', 'Change this year', { aliases: ['本年增减', '本年增（减）'] }),
    kind: 'signed',
  },
  ...(withDecisions
    ? [{ key: 'decisions', label: l('处理决定数量', 'Decisions'), kind: 'count' as const }]
    : []),
];

const table2: TableLayout = {
  ...t2021,
  blocks: [
    {
      header: shared(0).header,
      corner: shared(0).corner,
      base: '/proactive',
      rowShape: 'documentCounts2019',
      rows: [
        row(0, 'regulations'),
        { key: 'normativeDocuments', label: l('规范性文件', 'Normative documents') },
      ],
      columns: [
        { key: 'newlyMade', label: l('本年新制作数量', 'Made this year'), kind: 'count' },
        { key: 'newlyPublished', label: l('本年新公开数量', 'Published this year'), kind: 'count' },
        { key: 'totalPublished', label: l('对外公开总数量', 'Published in total'), kind: 'count' },
      ],
    },
    {
      header: shared(1).header,
      corner: shared(1).corner,
      base: '/proactive',
      rowShape: 'itemCounts',
      rows: [
        row(1, 'licensing'),
        {
          key: 'otherServices',
          label: l('其他对外管理服务事项', 'Other external management services'),
        },
      ],
      columns: itemColumns(true),
    },
    {
      header: shared(2).header,
      corner: shared(2).corner,
      base: '/proactive',
      rowShape: 'itemCounts',
      rows: shared(2).rows,
      columns: itemColumns(true),
    },
    {
      header: shared(3).header,
      corner: shared(3).corner,
      base: '/proactive',
      rowShape: 'feeItems',
      rows: shared(3).rows,
      columns: itemColumns(false),
    },
    {
      header: l('第二十条第（九）项', 'Article 20, item (9)'),
      corner: shared(0).corner,
      base: '/proactive',
      rowShape: 'procurement',
      rows: [
        { key: 'procurement', label: l('政府集中采购', 'Centralised government procurement') },
      ],
      columns: [
        { key: 'items', label: l('采购项目数量', 'Procurement items'), kind: 'count' },
        // The trial template gave no unit; reports wrote 元, 万元 or bare numbers.
        { key: 'amount', label: l('采购总金额', 'Procurement amount'), kind: 'money' },
      ],
    },
  ],
};

/** Table 三 of 2019: the 2021 tree with （六）其他处理 as a leaf. */
function table3(): TableLayout {
  const t = format2021.tables.find((x) => x.id === 'table3')!;
  const collapse = (nodes: AxisNode[]): AxisNode[] =>
    nodes.map((n) =>
      n.key === 'other' && n.label.no === '（六）'
        ? { key: n.key, label: n.label }
        : n.children
          ? { ...n, children: collapse(n.children) }
          : n,
    );
  const blocks: BlockLayout[] = t.blocks.map((b) => ({
    ...b,
    rowShape: b.rowShape,
    rows: collapse(b.rows),
  }));
  return { ...t, blocks };
}

export const format2019: FormatLayout = {
  format: '2019',
  title: l(
    '中华人民共和国政府信息公开工作年度报告格式（试行）',
    'National format of the annual report (trial)',
  ),
  reportTitle: l('政府信息公开工作年度报告', 'Annual report on government information disclosure', {
    aliases: [
      '政府信息公开年度报告',
      '政府信息公开情况的报告',
      '政府信息公开年报',
      '政务公开工作年度报告',
      '信息公开工作年度报告',
    ],
  }),
  sections: format2021.sections,
  tables: [table2, table3(), format2021.tables.find((x) => x.id === 'table4')!],
};
