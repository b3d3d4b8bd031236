import { cellsOf, setAt, type FormatLayout, type Report2021 } from '@nianbao/core';

/** A report with every cell blank (null, never 0) and empty narratives: what a new form starts from. */
export function emptyReport(layout: FormatLayout, year = new Date().getFullYear() - 1): Report2021 {
  const r: Record<string, unknown> = { format: layout.format, meta: { agency: '', year } };
  for (const s of layout.sections) if (!s.table) r[s.key] = '';
  for (const c of cellsOf(layout)) setAt(r, c.path, null);
  return r as unknown as Report2021;
}
