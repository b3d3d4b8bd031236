import { cellsOf, getFormat, setAt } from '@nianbao/core';
import { defaultTitle } from '@nianbao/markdown/write';

export interface SkeletonOptions {
  agency: string;
  year: number;
  agencyLevel?: string;
  format?: string;
}

/**
 * A new report with every section and every cell present and nothing filled in: narratives empty,
 * cells blank (null), never 0. `check` then lists each blank cell, so nothing can be published
 * half-filled by accident: writing 0 is a statement the agency has to make itself.
 */
export function skeletonReport({
  agency,
  year,
  agencyLevel,
  format = '2021',
}: SkeletonOptions): Record<string, unknown> {
  const layout = getFormat(format);
  const report: Record<string, unknown> = {
    format: layout.format,
    // The title the template's own pattern gives, the same one the Markdown writer puts in the H1.
    meta: {
      agency,
      year,
      title: defaultTitle(agency, year),
      ...(agencyLevel ? { agencyLevel } : {}),
    },
  };
  const cells = cellsOf(layout);
  for (const section of layout.sections) {
    if (!section.table) report[section.key] = '';
    else for (const c of cells) if (c.table === section.table) setAt(report, c.path, null);
  }
  return report;
}
