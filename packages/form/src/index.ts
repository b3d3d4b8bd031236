export { NianbaoReportForm } from './report-form.js';
export { FindingsEvent } from './events.js';
export { tableGrid, navigationRows, type TableGrid, type GridRow, type GridCell, type HeadCell, type DataCell } from './grid.js';
export { readClipboard, tsvRows, pastedValues } from './paste.js';
export { emptyReport } from './empty.js';
export { langOf } from './messages.js';
