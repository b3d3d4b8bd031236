import type { Lang } from '@nianbao/core';
import type { FileResult } from '../check-file.js';
import type { LateFindings } from '../cross.js';
import type { Io } from './sink.js';

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  unusable: number;
  skipped: number;
  /** The first files skipped, each with why, said when no file was checked at all. */
  skippedFiles?: string[];
}

/** Receives results as files are checked and writes them out at once, keeping nothing but small counters. */
export interface Formatter {
  file(file: string, result: FileResult): Promise<void>;
  /** An input that could not be used; its one-line error has already gone to stderr. */
  unusable(file: string, message: string): Promise<void>;
  /**
   * Cross-report findings on a file written out before they could be known (its previous year's
   * report was checked after it): a trailing section. Only called for files `file` received.
   */
  late(found: LateFindings): Promise<void>;
  end(summary: Summary): Promise<void>;
}

export interface FormatterOptions {
  io: Io;
  lang: Lang;
  version: string;
}

export type FormatterFactory = (options: FormatterOptions) => Promise<Formatter> | Formatter;
