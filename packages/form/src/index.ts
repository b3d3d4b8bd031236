export { NianbaoReportForm } from './report-form.js';
export { FindingsEvent } from './events.js';
export {
  tableGrid,
  navigationRows,
  type TableGrid,
  type GridRow,
  type GridCell,
  type HeadCell,
  type DataCell,
} from './grid.js';
export { hasLabels, readClipboard, tsvRows, valueBlock } from './paste.js';
export { labelledPaste, type LabelledPaste } from './labelled-paste.js';
export { emptyReport } from './empty.js';
export { langOf } from './messages.js';
