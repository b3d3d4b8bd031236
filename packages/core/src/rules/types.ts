import type { Lang } from '../layout/types.js';
import type { RuleDefinition } from './registry/types.js';

/** Text in every supported language, zh-CN first. */
export type Bilingual = Record<Lang, string>;

export type Severity = 'error' | 'warning' | 'info';

/**
 * A term of a sum: a JSON Pointer template (`{row}/total`), or a template expanded over a named
 * set (`{ each: 'table3.applicantColumns', as: 'col', path: '{row}/{col}' }`).
 */
export type Term = string | { each: string; as: string; path: string };

/** What the data carries of a rule's declaration (rules/registry/): its id, severity and words. */
type RuleBase = Pick<RuleDefinition, 'id' | 'severity' | 'title' | 'description'>;

/**
 * `sum(left) = sum(right)`, instantiated for every combination of the `forEach` variables.
 * `left` gives the expected value, `right` the value checked; the first right-hand cell is where
 * the finding points.
 */
export interface SumRule extends RuleBase {
  kind: 'sum';
  forEach?: Record<string, string>;
  left: Term[];
  right: Term[];
  /** The right-hand side is a single cell derived from the left (a total): it is the one to correct. */
  derives?: boolean;
  messages: {
    /** Both sides are numbers and differ. */
    mismatch: Bilingual;
    /** Some operands are blank or not numbers, so the equation cannot be checked. */
    incomplete: Bilingual;
  };
}

export type CellTest = 'blank' | 'not-a-number' | 'negative' | 'not-integer';

/** A test applied to each cell of a set. */
export interface CellRule extends RuleBase {
  kind: 'cell';
  cells: string;
  test: CellTest;
  message: Bilingual;
}

/** Reported for JSON Schema violations that no more specific rule explains. */
export interface SchemaRule extends RuleBase {
  kind: 'schema';
  message: Bilingual;
}

export type Rule = SumRule | CellRule | SchemaRule;

/** The rules of one format, self-contained: named sets are spelled out. */
export interface RuleSet {
  format: string;
  /** Where each rule is documented; `{id}` is replaced with the rule id. */
  docs: string;
  sets: Record<string, string[]>;
  rules: Rule[];
}
