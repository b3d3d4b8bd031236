import { format2021 } from './format-2021.js';
import type { AxisNode, BlockLayout, FormatLayout, Label, TableLayout } from './types.js';

/**
 * The trial format of 国办公开办函〔2019〕60号, used for the 2019 and 2020 reports. Table 二 is
 * different throughout; table 三 differs only in （六）其他处理, a single row; table 四 is the same.
 */

const l = (zh: string, en: string, extra: Partial<Label> = {}): Label => ({ zh, en, ...extra });
const infoContent = l('信息内容', 'Information');

const itemColumns = (withDecisions: boolean): AxisNode[] => [
  { key: 'previousItems', label: l('上一年项目数量', 'Items last year'), kind: 'count' },
  { key: 'change', label: l('本年增/减', 'Change this year', { aliases: ['本年增减', '本年增（减）'] }), kind: 'signed' },
  ...(withDecisions ? [{ key: 'decisions', label: l('处理决定数量', 'Decisions'), kind: 'count' as const }] : []),
];

const table2: TableLayout = {
  id: 'table2',
  section: '二',
  title: l('主动公开政府信息情况', 'Proactive disclosure'),
  blocks: [
    {
      header: l('第二十条第（一）项', 'Article 20, item (1)'),
      corner: infoContent,
      base: '/proactive',
      rowShape: 'documentCounts2019',
      rows: [
        { key: 'regulations', label: l('规章', 'Rules (规章)') },
        { key: 'normativeDocuments', label: l('规范性文件', 'Normative documents') },
      ],
      columns: [
        { key: 'newlyMade', label: l('本年新制作数量', 'Made this year'), kind: 'count' },
        { key: 'newlyPublished', label: l('本年新公开数量', 'Published this year'), kind: 'count' },
        { key: 'totalPublished', label: l('对外公开总数量', 'Published in total'), kind: 'count' },
      ],
    },
    {
      header: l('第二十条第（五）项', 'Article 20, item (5)'),
      corner: infoContent,
      base: '/proactive',
      rowShape: 'itemCounts',
      rows: [
        { key: 'licensing', label: l('行政许可', 'Administrative licensing') },
        { key: 'otherServices', label: l('其他对外管理服务事项', 'Other external management services') },
      ],
      columns: itemColumns(true),
    },
    {
      header: l('第二十条第（六）项', 'Article 20, item (6)'),
      corner: infoContent,
      base: '/proactive',
      rowShape: 'itemCounts',
      rows: [
        { key: 'punishment', label: l('行政处罚', 'Administrative penalties') },
        { key: 'coercion', label: l('行政强制', 'Administrative coercion') },
      ],
      columns: itemColumns(true),
    },
    {
      header: l('第二十条第（八）项', 'Article 20, item (8)'),
      corner: infoContent,
      base: '/proactive',
      rowShape: 'feeItems',
      rows: [{ key: 'fees', label: l('行政事业性收费', 'Administrative fees') }],
      columns: itemColumns(false),
    },
    {
      header: l('第二十条第（九）项', 'Article 20, item (9)'),
      corner: infoContent,
      base: '/proactive',
      rowShape: 'procurement',
      rows: [{ key: 'procurement', label: l('政府集中采购', 'Centralised government procurement') }],
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
  const blocks: BlockLayout[] = t.blocks.map((b) => ({ ...b, rowShape: b.rowShape, rows: collapse(b.rows) }));
  return { ...t, blocks };
}

export const format2019: FormatLayout = {
  format: '2019',
  title: l('中华人民共和国政府信息公开工作年度报告格式（试行）', 'National format of the annual report (trial)'),
  sections: format2021.sections,
  tables: [table2, table3(), format2021.tables.find((x) => x.id === 'table4')!],
};
