import {
  checkDocument,
  nearestSource,
  SEVERITY_ORDER,
  type Diagnostic,
  type Lang,
  type SourceLocation,
} from '@nianbao/core';
import { factsOf, type ReportFacts } from './facts.js';
import { fallbackReader } from './readers/fallback.js';
import { rankReaders } from './readers/registry.js';
import type { Reader } from './readers/types.js';

/** One finding as the command line prints it: the stable record of the JSON output. */
export interface FileDiagnostic {
  ruleId: string;
  severity: Diagnostic['severity'];
  message: string;
  /** 1-based, where the input has positions; otherwise null. End is exclusive. */
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  /** JSON Pointer of the cell or property. */
  path: string;
  /** Page of a PDF (line and column then count within the page); absent for other inputs. */
  page?: number;
  /** Table cell of a PDF or Word document, 1-based; absent for other inputs. */
  cell?: { table: number; row: number; column: number };
  /** Documentation of the rule (SARIF's helpUri); not part of the JSON output. */
  url?: string;
}

export interface FileResult {
  format: string;
  diagnostics: FileDiagnostic[];
  /** What the cross-report checks and the audit keep of the report: a few hundred numbers, not the document. */
  facts: ReportFacts;
}

/** The location of a path, or of the nearest enclosing value that has one (core's `nearestSource`). */
export const locate = nearestSource;

/** The documented record of one finding (README: "JSON output"): `url` stays internal. */
export const publicRecord = ({ url: _url, ...record }: FileDiagnostic) => record;

/** Where a finding is printed: a source location, or a place the run kept (facts.ts). */
type At = Pick<SourceLocation, 'line' | 'column' | 'page' | 'cell'> & {
  endLine?: number | null;
  endColumn?: number | null;
};

/**
 * A finding as the command line keeps it, placed at `at` (nothing where the input has no
 * positions). The one maker of a FileDiagnostic, so that every record has its fields in the
 * order the JSON output documents.
 */
export function fileDiagnostic(
  d: Pick<Diagnostic, 'ruleId' | 'severity' | 'message' | 'path' | 'url'>,
  at: At | null | undefined,
): FileDiagnostic {
  return {
    ruleId: d.ruleId,
    severity: d.severity,
    message: d.message,
    line: at?.line ?? null,
    column: at?.column ?? null,
    endLine: at?.endLine ?? null,
    endColumn: at?.endColumn ?? null,
    path: d.path,
    ...(at?.page !== undefined ? { page: at.page } : {}),
    ...(at?.cell ? { cell: at.cell } : {}),
    ...(d.url ? { url: d.url } : {}),
  };
}

/** Keeps only what the output needs, so the document can be freed as soon as the file is done. */
const record = (d: Diagnostic, sources: ReadonlyMap<string, SourceLocation>): FileDiagnostic =>
  fileDiagnostic(d, d.source ?? locate(sources, d.path));

const byPlace = (a: FileDiagnostic, b: FileDiagnostic) =>
  (a.page ?? 0) - (b.page ?? 0) ||
  (a.line ?? Infinity) - (b.line ?? Infinity) ||
  (a.column ?? 0) - (b.column ?? 0) ||
  SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];

/** Reads and checks one document, with the reader given (`loadReport` picks it) or else the one its content calls for. */
export async function checkText(
  text: string,
  path: string,
  lang: Lang,
  reader: Reader = fallbackReader(rankReaders(text, path)),
  bytes?: Uint8Array,
): Promise<FileResult> {
  let found: Diagnostic[];
  let report: unknown;
  let sources: ReadonlyMap<string, SourceLocation> = new Map();
  if (reader.check) {
    ({ findings: found, sources, report } = await reader.check(text, { lang, bytes }));
  } else {
    const read = await reader.read(text, { lang, bytes });
    sources = read.sources;
    report = read.report;
    // Core's table rules and document rules, as the other readers' checkers run them.
    found = [...read.findings, ...checkDocument(read.report, { lang, sources })];
  }
  // Array.prototype.sort is stable: findings on the same cell keep the checker's order.
  return {
    format: reader.id,
    diagnostics: found.map((d) => record(d, sources)).sort(byPlace),
    facts: factsOf(report, sources),
  };
}
