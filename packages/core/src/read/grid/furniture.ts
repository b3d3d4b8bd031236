/**
 * What a printed page or an extractor puts inside a table that is no part of it: page numbers
 * (`- 3 -`, `第3页`, `第 3 页 共 8 页`, `3/8`) and the bars left of a broken pipe table (`|`).
 * Matched on the row's text, cells joined by a space.
 */
const PAGE_FURNITURE: readonly RegExp[] = [
  /^[-—–－]\s*\d{1,3}\s*[-—–－]$/,
  /^第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?$/,
  /^\d{1,3}\s*\/\s*\d{1,3}$/,
  /^[|｜¦\s]+$/,
];

/** Every character page furniture is made of: a row with any other is none, told without joining it. */
const FURNITURE_CHARS = /^[\d\s\-—–－第页共,，/|｜¦]*$/;

/** A row's cells, their text joined with a space (a row of numbers `3 0 1 / 4` is no page number). */
export const isFurniture = (cells: readonly string[]): boolean => {
  if (!cells.every((c) => FURNITURE_CHARS.test(c))) return false;
  const s = cells
    .map((c) => c.trim())
    .filter((c) => c !== '')
    .join(' ');
  return s !== '' && PAGE_FURNITURE.some((re) => re.test(s));
};
