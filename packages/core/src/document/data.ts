/**
 * What the document rules know about the regime, as data: superseded citations, who may make
 * 规章, publication deadlines (条例 Article 49), and how a report names its own kind of agency.
 */

/** Kinds of agency, as the schema's `meta.agencyLevel` names them. */
export const AGENCY_LEVELS = [
  'stateCouncilDepartment',
  'province',
  'city',
  'county',
  'township',
  'subdistrict',
  'department',
] as const;

export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

/** Citations of the superseded trial format, as regular expressions over normalised text. */
export const OUTDATED_CITATIONS: { pattern: RegExp; what: string }[] = [
  { pattern: /国办公开办函[〔［[【(（]?2019[〕］\]】)）]?60号/g, what: '国办公开办函〔2019〕60号' },
  // By title, in full- or half-width brackets or none (the 2019 notice's title names it too).
  {
    pattern:
      /[《<〈＜][^《》<>〈〉＜＞\n]{0,60}?年度报告格式\s*[（(]\s*试行\s*[）)]\s*[》>〉＞]?|(?:中华人民共和国)?政府信息公开工作年度报告格式\s*[（(]\s*试行\s*[）)]/g,
    what: '《…年度报告格式（试行）》',
  },
];

/** The first year the 2021 format (and so the rules against the old one) applies to. */
export const FORMAT_2021_FROM_YEAR = 2021;

/**
 * Only the State Council's departments, provincial governments and the governments of cities with
 * districts make 规章; these kinds of agency reporting 规章 are suspicious.
 */
export const NO_REGULATIONS: AgencyLevel[] = ['township', 'subdistrict', 'county', 'department'];

/**
 * Deadlines, as month and day of the year after the report's year: departments of governments at
 * county level or above by 31 January; a local government's own report by 31 March. Towns and
 * sub-districts follow local notices, so no deadline is assumed for them.
 */
export const DEADLINES: Partial<Record<AgencyLevel, { month: number; day: number }>> = {
  stateCouncilDepartment: { month: 1, day: 31 },
  department: { month: 1, day: 31 },
  province: { month: 3, day: 31 },
  city: { month: 3, day: 31 },
  county: { month: 3, day: 31 },
};

/** How an agency's name ends, or how its report speaks of itself, and the kind of agency that means. */
export const LEVEL_BY_NAME: { pattern: RegExp; level: AgencyLevel }[] = [
  { pattern: /街道(办事处)?$/, level: 'subdistrict' },
  { pattern: /(镇|乡)(人民政府|政府)$/, level: 'township' },
  { pattern: /(县|区|旗)(人民政府|政府)$/, level: 'county' },
  { pattern: /(省|自治区)(人民政府|政府)$/, level: 'province' },
  { pattern: /市(人民政府|政府)$/, level: 'city' },
  // The State Council's ministries, commissions and national administrations make 部门规章.
  { pattern: /^(国务院|国家|中华人民共和国)|(部|总局|总署)$/, level: 'stateCouncilDepartment' },
  // A department of a local government: its report is due by 31 January, and it makes no 规章.
  { pattern: /(厅|局|委员会|办公室|管理处|服务中心|中心|委|办)$/, level: 'department' },
];
export const LEVEL_BY_SELF_REFERENCE: { pattern: RegExp; level: AgencyLevel }[] = [
  { pattern: /(我|本)街道/, level: 'subdistrict' },
  { pattern: /(我|本)(镇|乡)(?!村)/, level: 'township' },
  { pattern: /(我|本)县(?!区)/, level: 'county' },
];
