/** Types of the format description ("layout") from which every renderer and reader works. */

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/** A template label: the canonical Chinese text, an English rendering, and variants seen in real reports. */
export interface Label {
  /** Numbering prefix as printed in the template, e.g. `（一）`, `1.`, `一、`. */
  no?: string;
  /** The label text without its numbering. */
  zh: string;
  en: string;
  /**
   * Near misses seen in published reports (altered characters, not mere punctuation or spacing,
   * which the matcher normalises anyway). Matching one yields a `label-variant` finding.
   */
  variants?: string[];
  /** Equivalent wordings that are not errors (e.g. a shortened header). */
  aliases?: string[];
}

/** What a cell holds. */
export type CellKind = 'count' | 'money' | 'signed';

/** A node of a row tree or a column tree. A node may add a segment to the cell's JSON Pointer. */
export interface AxisNode {
  /** JSON Pointer segment this node contributes, if any. */
  key?: string;
  label: Label;
  children?: AxisNode[];
  /** Cell kind for cells under this node (columns decide for table 二). */
  kind?: CellKind;
  /** A cell computed from other cells (a total). */
  derived?: boolean;
  /** Name of the JSON Schema definition shared by every object shaped like this node's subtree. */
  shape?: string;
  /**
   * The format in which this group was one row of its own (2019's （六）其他处理): numbers written
   * on the group's line are that format's row, read as outdated, not as an unknown row.
   */
  formerlyRow?: string;
}

/** One rectangular block of a table: table 二 has four, tables 三 and 四 one. */
export interface BlockLayout {
  /** Full-width header row of the block, e.g. 第二十条第（一）项. */
  header?: Label;
  /** The top-left corner cell (信息内容, or table 三's reconciliation note). */
  corner?: Label;
  /** JSON Pointer prefix of every cell of the block. */
  base: string;
  /** Name of the JSON Schema definition of one row's object (its columns). */
  rowShape: string;
  rows: AxisNode[];
  columns: AxisNode[];
}

export interface TableLayout {
  id: 'table2' | 'table3' | 'table4';
  /** The section number that holds the table: 二, 三 or 四. */
  section: string;
  title: Label;
  blocks: BlockLayout[];
}

export type SectionKey =
  | 'overview'
  | 'proactive'
  | 'applications'
  | 'reviewLitigation'
  | 'problems'
  | 'otherMatters';

export interface SectionLayout {
  key: SectionKey;
  /** 一 … 六 */
  no: string;
  heading: Label;
  /** A narrative section holds Markdown; a table section holds its table. */
  table?: TableLayout['id'];
}

export interface FormatLayout {
  format: string;
  /** Title of the national template. */
  title: Label;
  /**
   * What a report following the template calls itself after its agency and year
   * (`余关镇人民政府2023年政府信息公开工作年度报告`); the aliases are wordings published reports use.
   */
  reportTitle: Label;
  sections: SectionLayout[];
  tables: TableLayout[];
}

/** A single numeric cell, with everything a renderer or message needs to name it. */
export interface CellInfo {
  /** JSON Pointer into the report, e.g. `/applications/outcomes/granted/total`. */
  path: string;
  table: TableLayout['id'];
  /** The section that holds the table: 二, 三 or 四. */
  section: string;
  block: number;
  /** Index of the leaf row and column inside the block. */
  row: number;
  col: number;
  /** Labels from the root of the row tree down to the leaf row (and likewise for columns). */
  rowLabels: Label[];
  colLabels: Label[];
  kind: CellKind;
  derived: boolean;
}
