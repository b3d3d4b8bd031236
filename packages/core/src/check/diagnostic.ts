import type { Lang } from '../layout/types.js';
import { pointerOf, segmentsOf } from '../pointer.js';
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
 * Where a pointer was read from, or else the nearest enclosing pointer that was (a missing property
 * points at its object, a schema finding on `/meta/year` at `/meta`): every reader places the
 * findings that have no place of their own this way.
 */
export function nearestSource(
  sources: ReadonlyMap<string, SourceLocation>,
  path: string,
): SourceLocation | undefined {
  if (sources.size === 0) return undefined;
  const segments = segmentsOf(path);
  for (let n = segments.length; n >= 0; n--) {
    const s = sources.get(pointerOf(segments.slice(0, n)));
    if (s) return s;
  }
  return undefined;
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

/** Templates split once into literal text and placeholder names (even indexes literal, odd names). */
const compiled = new Map<string, string[]>();

export function fill(template: string, values: Record<string, string>): string {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const k = parts[i];
    out += (Object.hasOwn(values, k) ? values[k] : `{${k}}`) + parts[i + 1];
  }
  return out;
}

export interface DiagnosticInput extends Omit<Diagnostic, 'message' | 'messages'> {
  templates: Bilingual;
  values: Record<Lang, Record<string, string>>;
}

export function makeDiagnostic(d: DiagnosticInput, lang: Lang): Diagnostic {
  const messages: Bilingual = {
    'zh-CN': fill(d.templates['zh-CN'], d.values['zh-CN']),
    en: fill(d.templates.en, d.values.en),
  };
  // Built property by property: object rest/spread is several times slower on this hot path.
  const out: Diagnostic = {
    ruleId: d.ruleId,
    severity: d.severity,
    message: messages[lang],
    messages,
    path: d.path,
    paths: d.paths,
  };
  if ('actual' in d) out.actual = d.actual;
  if ('expected' in d) out.expected = d.expected;
  if (d.source) out.source = d.source;
  if (d.url) out.url = d.url;
  return out;
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
    // Too deep or cyclic to print; String() would recurse just as deep.
    return Array.isArray(v) ? '[…]' : '{…}';
  }
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
