import {
  byPosition,
  checkReading as checkAssembled,
  type Diagnostic,
  type Lang,
} from '@nianbao/core';
import type { ImportReading } from './model.js';

/**
 * Core's findings on an imported report (tables and document rules), placed where the document
 * says them, together with the reader's own: core's `checkReading`, which also leaves out a blank
 * the reader already explained (`explainedByReader`).
 */

export function checkReading(reading: ImportReading, lang: Lang = 'zh-CN'): Diagnostic[] {
  // Placed at their exact path only (core's default), in document order.
  return checkAssembled(reading, { lang, locate: reading.locate }).sort(byPosition);
}
