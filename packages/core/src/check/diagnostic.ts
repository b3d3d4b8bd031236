import type { Lang } from '../layout/types.js';
import type { Bilingual, Severity } from '../rules/types.js';

/** Where a value was read from, when the report came from a document (Markdown, HTML, text). */
export interface SourceLocation {
  /** 1-based line and column of the start; end is exclusive, as in unist positions. */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Character offsets, when known. */
  offset?: number;
  endOffset?: number;
  /** The text of the cell as written. */
  text?: string;
}

/**
 * One finding, the single result type shared by the schema check, the rules, the readers, the
 * form, the linter and the command line. Keyed by JSON Pointer (`path`).
 */
export interface Diagnostic {
  /** Stable id: tests, translations and configuration key on it, never on the wording. */
  ruleId: string;
  severity: Severity;
  /** The message in the requested language (zh-CN unless asked otherwise). */
  message: string;
  /** The message in every language. */
  messages: Bilingual;
  /** JSON Pointer of the cell (or property) to look at first. */
  path: string;
  /** Every cell involved, `path` first. */
  paths: string[];
  /** For a one-cell correction: the value found and the value that would satisfy the rule. */
  actual?: unknown;
  expected?: unknown;
  /** Where `path` was read from, when known. */
  source?: SourceLocation;
  /** Link to the rule's documentation. */
  url?: string;
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (Object.hasOwn(values, k) ? values[k] : m));
}

export function makeDiagnostic(
  d: Omit<Diagnostic, 'message' | 'messages'> & { templates: Bilingual; values: Record<Lang, Record<string, string>> },
  lang: Lang,
): Diagnostic {
  const { templates, values, ...rest } = d;
  const messages: Bilingual = {
    'zh-CN': fill(templates['zh-CN'], values['zh-CN']),
    en: fill(templates.en, values.en),
  };
  return { ...rest, message: messages[lang], messages };
}

/** Shows a value inside a message: strings as typed, numbers without float noise. */
export function show(v: unknown): string {
  if (typeof v === 'number') return String(Math.round(v * 1e6) / 1e6);
  if (typeof v === 'string') return v.length > 40 ? `${v.slice(0, 40)}…` : v;
  if (v === null || v === undefined) return '';
  try {
    const s = JSON.stringify(v);
    return s.length > 40 ? `${s.slice(0, 40)}…` : s;
  } catch {
    return String(v);
  }
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
