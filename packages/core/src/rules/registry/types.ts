import type { SourceLocation } from '../../check/diagnostic.js';
import type { FormatLayout, Lang } from '../../layout/types.js';
import type { Bilingual, CellTest, Severity, Term } from '../types.js';

/**
 * What one rule is, declared once in its own module: everything every surface (the checker, the
 * readers, docs/rules.md, the remark preset, SARIF, `nianbao rules`, the form) needs to know.
 */

/** Where a rule looks: one cell, the sums of a table, the whole document, the reading of it, or two reports. */
export type RuleCategory = 'cell' | 'table' | 'document' | 'reading' | 'across';

export const RULE_CATEGORIES: readonly RuleCategory[] = [
  'cell',
  'table',
  'document',
  'across',
  'reading',
];

/** The inputs a report comes in; a rule lists those in which it can be raised. */
export type InputKind = 'json' | 'markdown' | 'html' | 'text' | 'pdf' | 'docx' | 'form';

/** Every input: rules on the numbers of the tables hold however the report was written. */
export const ALL_INPUTS: readonly InputKind[] = [
  'json',
  'markdown',
  'html',
  'text',
  'pdf',
  'docx',
  'form',
];

/** Documents that are read (not structured data): where reading rules and narrative rules apply. */
export const DOCUMENTS: readonly InputKind[] = ['markdown', 'html', 'text', 'pdf', 'docx'];

/**
 * A document the rule is shown on, as a change to a complete clean report of the repository, so
 * that the example is short to read and the test suite can run it (docs-as-tests):
 * `base` is a path from the repository root; `set` puts values at JSON Pointers (for a JSON
 * report); `replace` swaps exact text, each `from` occurring once (for any text input).
 */
export interface RuleExample {
  input: InputKind;
  base: string;
  set?: Record<string, unknown>;
  replace?: readonly (readonly [from: string, to: string])[];
  /** The document is cut off where this text begins (a truncated page or file). */
  cut?: string;
  /** For rules across reports: last year's report, as a change to its own base. */
  previous?: { base: string; set?: Record<string, unknown> };
}

interface RuleMetaBase<M extends string> {
  /** Stable: configuration, `lint disable` comments, tests and translations key on it. */
  id: string;
  category: RuleCategory;
  severity: Severity;
  /** A short name. */
  title: Bilingual;
  /** One line: what is checked. */
  description: Bilingual;
  /** Why it matters to the people who publish and read the report. */
  why: Bilingual;
  /** Message templates by case, the first the default; `{name}` placeholders, values in backticks. */
  messages: Record<M, Bilingual>;
  /** `nianbao fix` can repair it. */
  fixable: boolean;
  inputs: readonly InputKind[];
  examples: { fail: RuleExample; pass: RuleExample };
}

/** A sum of cells: `sum(left) = sum(right)` for every binding of `forEach` (see rules/types.ts). */
export interface SumData {
  kind: 'sum';
  forEach?: Record<string, string>;
  left: Term[];
  right: Term[];
  derives?: boolean;
}

export interface CellData {
  kind: 'cell';
  /** A named set of cells (rules/build-rules.ts reads the sets off the layout). */
  cells: string;
  test: CellTest;
}

export interface SchemaData {
  kind: 'schema';
}

/** A rule the table checker evaluates from data: its check is `data`, interpreted by check/checker.ts. */
export interface DataRule<M extends string = string> extends RuleMetaBase<M> {
  category: 'cell' | 'table' | 'document';
  data: SumData | CellData | SchemaData;
}

/** What every document check reads. */
export interface DocumentContext {
  report: unknown;
  layout: FormatLayout;
  year: number | undefined;
  /** The narratives (and the title) as written. */
  texts: { path: string; text: string }[];
  level: import('../../document/data.js').AgencyLevel | undefined;
}

/** A document finding before it is worded: which message case, its values, where. */
export interface Found<M extends string = string> {
  message: M;
  path: string;
  values: Record<Lang, Record<string, string>>;
  /** Characters of the narrative at `path` the finding is about. */
  span?: [number, number];
  paths?: string[];
  actual?: unknown;
  expected?: unknown;
}

/** A rule on the report's text and metadata: its check is the function beside it. */
export interface DocumentRule<M extends string = string> extends RuleMetaBase<M> {
  category: 'document';
  check(c: DocumentContext): Found<M>[];
}

/** A rule comparing two reports; `previousName` names last year's report in the message. */
export interface AcrossRule<M extends string = string> extends RuleMetaBase<M> {
  category: 'across';
  check(previous: unknown, current: unknown, previousName: string): Found<M>[];
}

/**
 * A rule a reader raises while reading a document: the reading is the check, so the module names
 * the file that raises it.
 */
export interface ReadingRule<M extends string = string> extends RuleMetaBase<M> {
  category: 'reading';
  /** Path from the repository root of the module that raises it. */
  raisedBy: string;
}

export type RuleDefinition = DataRule | DocumentRule | AcrossRule | ReadingRule;

/** What a finding built from a registry entry needs (see `ruleFinding`). */
export interface RuleFindingInput {
  rule: string;
  /** Which message case; the rule's first by default. */
  message?: string;
  /** Placeholder values, one record for both languages or one per language. */
  values: Record<string, string> | Record<Lang, Record<string, string>>;
  path: string;
  paths?: string[];
  source?: SourceLocation;
  actual?: unknown;
  expected?: unknown;
  severity?: Severity;
}
