/**
 * What a printed page or an extractor puts inside a table that is no part of it: page numbers
 * (`- 3 -`, `第3页`, `第 3 页 共 8 页`, `3/8`) and the bars left of a broken pipe table (`|`).
 * Matched on the row's text with every space removed.
 */
const PAGE_FURNITURE: readonly RegExp[] = [
  /^[-—–－]\d{1,3}[-—–－]$/,
  /^第\d{1,3}页(?:[,，/]?共\d{1,3}页)?$/,
  /^\d{1,3}\/\d{1,3}$/,
  /^[|｜¦]+$/,
];

const SPACES = /\s+/g;

export const isFurniture = (text: string): boolean => {
  const s = text.replace(SPACES, '');
  return s !== '' && PAGE_FURNITURE.some((re) => re.test(s));
};
