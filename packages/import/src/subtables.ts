import { formats, isSubTableHeading as namesSubTable } from '@nianbao/core';

/** Does a line name one of the sub-tables a table may be published as (行政复议, 复议后起诉…), in any format? */
export const isSubTableHeading = (text: string): boolean =>
  text.trim().length <= 30 &&
  Object.values(formats).some((layout) =>
    layout.tables.some((t) => namesSubTable(layout, t.id, text)),
  );
