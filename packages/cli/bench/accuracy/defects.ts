import { CELL_DEFECTS } from './cell-defects.js';
import { DOCUMENT_DEFECTS } from './document-defects.js';
import type { Generated, Rand } from './generate.js';
import { READING_DEFECTS } from './reading-defects.js';
import { type Format, shapeOf } from './shapes/index.js';
import { STRUCTURE_DEFECTS } from './structure-defects.js';

/** The defects injected into correct reports, each with where it must be found. */

export interface Expectation {
  /** Rule ids that report this defect (any one of them). */
  rules: string[];
  /** The JSON Pointer the finding must name; a trailing `/` means "this path or below". */
  paths: string[];
  /** Lines the finding must cover, when the defect has a place in the document. */
  lines?: number[];
  /** Other rules whose findings follow from this defect (consequences, not false alarms). */
  consequences?: string[];
}

export interface Injected {
  text: string;
  expect: Expectation;
}

export interface Defect {
  id: string;
  /** What the defect looks like, for the table. */
  title: string;
  formats: readonly Format[];
  /**
   * The defect changes the year as read (a title year, in formats that take the year from the
   * title): checked alone per format, so that the command line does not take the other files of
   * the same agency for its next year's reports (carry-over).
   */
  isolate?: boolean;
  applies?: (g: Generated) => boolean;
  inject: (g: Generated, format: Format, rand: Rand) => Injected;
}

/**
 * Every defect, by family. The order is the corpus's: one random sequence runs through it, so a
 * new defect goes at the end of its family's list and the others stay as they were measured.
 */
export const DEFECTS: Defect[] = [
  ...CELL_DEFECTS,
  ...DOCUMENT_DEFECTS,
  ...STRUCTURE_DEFECTS,
  ...READING_DEFECTS,
];

// A shape carries only the defects it can express: a run of glued digits holds no `/`.
// (Some defects list their shapes lazily, through a getter: the filter goes on top of it.)
for (const d of DEFECTS) {
  const declared = Object.getOwnPropertyDescriptor(d, 'formats');
  const all = declared?.get ? () => declared.get?.call(d) as Format[] : () => declared?.value;
  Object.defineProperty(d, 'formats', {
    get: () => all().filter((f: Format) => shapeOf(f).expresses?.(d.id) ?? true),
    enumerable: true,
  });
}

/**
 * What the measurement found missing or wrong, as of this writing: the test asserts these still
 * fail (so that it turns red, and this list is shortened, when one is fixed).
 */
export const KNOWN_GAPS: { defect: string; formats: Format[]; why: string }[] = [
  {
    defect: 'title-year',
    formats: [
      'html',
      'txt',
      'pdf-a4',
      'pdf-a5',
      'docx',
      'oneline',
      'glued',
      'colmajor',
      'pdf-txt',
      'html-sub4',
      'txt-sub4',
    ],
    why: 'a document read from its text takes the year from the title unless a statistics period states another; a report that states no period gives nothing for the title to disagree with',
  },
  {
    defect: 'cell-blank',
    formats: ['pdf-txt'],
    why: 'a blank cell leaves no trace in the space-separated text of a PDF: the row’s other numbers are read from its first column on, so the blank is found at the row’s last column, not where it was',
  },
];
export const isKnownGap = (defect: string, format: Format) =>
  KNOWN_GAPS.some((g) => g.defect === defect && g.formats.includes(format));
