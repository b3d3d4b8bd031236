import type { DocumentRuleInfo } from '../document/rules.js';

/**
 * The findings of reading a document (Markdown, HTML, text) rather than of its numbers. Every
 * reader uses these ids, so one broken report is reported the same way whatever it was written in.
 */
export const READ_RULES: DocumentRuleInfo[] = [
  {
    id: 'section-missing',
    severity: 'error',
    title: { 'zh-CN': '缺少部分', en: 'Section missing' },
    description: {
      'zh-CN':
        '年度报告应包括六个部分：总体情况、主动公开、收到和处理申请、复议诉讼、存在的问题及改进、其他事项。',
      en: 'A report has six sections, 一 to 六; one of them is not there.',
    },
  },
  {
    id: 'section-order',
    severity: 'warning',
    title: { 'zh-CN': '部分顺序或编号不对', en: 'Section out of order' },
    description: {
      'zh-CN': '各部分应按模板顺序和编号排列。',
      en: 'Sections follow the template’s order and numbering.',
    },
  },
  {
    id: 'table-missing',
    severity: 'error',
    title: { 'zh-CN': '缺少表格', en: 'Table missing' },
    description: {
      'zh-CN': '第二、三、四部分应各有一张表格，有标题没有表格的不符合格式。',
      en: 'Sections 二, 三 and 四 each hold a table; a heading with no table under it does not.',
    },
  },
  {
    id: 'table-incomplete',
    severity: 'error',
    title: { 'zh-CN': '表格不完整', en: 'Table cut off' },
    description: {
      'zh-CN':
        '表格在中途结束（常见于截断的网页或PDF），之后的单元格没有读到；这些单元格不会被当作0。',
      en: 'The table ends part-way (a page or PDF cut off); the cells after it were not read and are not taken as 0.',
    },
  },
  {
    id: 'row-missing',
    severity: 'error',
    title: { 'zh-CN': '缺少行', en: 'Row missing' },
    description: {
      'zh-CN': '表格缺少模板中的一行。',
      en: 'A row of the template is not in the table.',
    },
  },
  {
    id: 'row-unknown',
    severity: 'warning',
    title: { 'zh-CN': '无法识别的行', en: 'Unknown row' },
    description: {
      'zh-CN':
        '表格中有一行不属于模板（如省里自行增加的行，或旧格式的行）；该行保留原样，不参与核对。',
      en: 'A row that is not in the template (a province’s own row, or one of an old format); it is kept as written and not reconciled.',
    },
  },
  {
    id: 'row-duplicate',
    severity: 'warning',
    title: { 'zh-CN': '重复的行', en: 'Row repeated' },
    description: {
      'zh-CN': '同一行出现了两次；读取第一次出现的数据。',
      en: 'A row appears twice; the first is read.',
    },
  },
  {
    id: 'label-variant',
    severity: 'warning',
    title: { 'zh-CN': '标签与模板不一致', en: 'Altered template label' },
    description: {
      'zh-CN':
        '行或列的标签被改动了文字（如“只计这一情况”应为“只计这一情形”，“三类内容事务信息”应为“三类内部事务信息”）；给出模板原文作为修正。',
      en: 'A row or column label differs in wording from the template (只计这一情况 for 情形, 内容 for 内部); the template’s text is the fix.',
    },
  },
  {
    id: 'cell-normalized',
    severity: 'info',
    title: { 'zh-CN': '数字写法不规范', en: 'Number written unusually' },
    description: {
      'zh-CN': '全角数字（１２）、千位分隔符（1,234）等能读出数值，但应写成普通数字。',
      en: 'Full-width digits (１２) or thousands separators (1,234) are read as numbers but should be written plainly.',
    },
  },
  // Shapes of extracted text (glued cells, older formats): issue 10.
  {
    id: 'glued-ambiguous',
    severity: 'warning',
    title: { 'zh-CN': '数字连在一起，无法拆分', en: 'Numbers run together' },
    description: {
      'zh-CN':
        '网页或PDF转出的文字丢失了单元格之间的分隔，一行的数字连成一串（如“121000013”）。按列数和勾稽关系能唯一拆分的已读取；有多种拆法都符合的，列出各种可能，不作猜测，请对照原件。',
      en: 'Text taken from a page or PDF lost the separators between cells, so a row’s numbers run together (`121000013`). Runs that the columns and the sums split one way only are read; where several splits fit, they are listed, never guessed.',
    },
  },
  {
    id: 'format-older',
    severity: 'error',
    title: { 'zh-CN': '2019年以前的旧格式', en: 'Format older than 2019' },
    description: {
      'zh-CN':
        '2019年以前的年度报告没有统一的表格格式（如“政府信息公开情况统计表”）；本工具按2019年及以后的格式核对，不读取这类报告的表格。',
      en: 'Reports before 2019 had no national table format (a 政府信息公开情况统计表 instead); nianbao checks the 2019 and 2021 formats and does not read such tables.',
    },
  },
];
