import type { Diagnostic, SourceLocation } from '../check/diagnostic.js';
import { formatOf, getFormat } from '../layout/index.js';
import type { Lang } from '../layout/types.js';
import { getAt } from '../pointer.js';
import { RULE_REGISTRY } from '../rules/registry/index.js';
import { ruleFinding } from '../rules/registry/lookup.js';
import type { DocumentContext, DocumentRule, RuleDefinition } from '../rules/registry/types.js';
import { LEVEL_BY_NAME, LEVEL_BY_SELF_REFERENCE, type AgencyLevel } from './data.js';
import { num } from './text.js';

/**
 * Rules over the whole document: its year, its citations, its narrative against its tables, the
 * kind of agency against what it reports. Each rule is a module of rules/registry/document/ with
 * its check beside its declaration; this runs them. Precision before recall: each rule fires only
 * on a statement it can read unambiguously, because a false alarm on a correct report is a bug.
 */

/** The document rules and the rules across reports (the table checker runs the others). */
export const DOCUMENT_RULES: readonly RuleDefinition[] = /* @__PURE__ */ RULE_REGISTRY.filter(
  (r) => r.category === 'across' || (r.category === 'document' && 'check' in r),
);

const CHECKS = /* @__PURE__ */ RULE_REGISTRY.filter(
  (r): r is DocumentRule => r.category === 'document' && 'check' in r,
);

export interface DocumentOptions {
  lang?: Lang;
  /**
   * Where a stretch of a narrative (`/overview`, `/problems`, `/otherMatters`, `/meta/title`) came
   * from in the original document, for readers that know.
   */
  locate?: (path: string, start: number, end: number) => SourceLocation | undefined;
  docsUrl?: string;
  /** Where each value was read from: the finding's `source` when it has no narrower span. */
  sources?: ReadonlyMap<string, SourceLocation>;
}

const NARRATIVES = ['/meta/title', '/overview', '/problems', '/otherMatters'] as const;

/** The agency's kind: as stated, else from its name, else from how the report speaks of itself. */
export function agencyLevelOf(report: unknown): AgencyLevel | undefined {
  const meta = getAt(report, '/meta') as { agencyLevel?: unknown; agency?: unknown } | undefined;
  if (typeof meta?.agencyLevel === 'string') return meta.agencyLevel as AgencyLevel;
  const name = typeof meta?.agency === 'string' ? meta.agency.trim() : '';
  for (const { pattern, level } of LEVEL_BY_NAME) if (pattern.test(name)) return level;
  const overview = getAt(report, '/overview');
  if (typeof overview === 'string') {
    for (const { pattern, level } of LEVEL_BY_SELF_REFERENCE)
      if (pattern.test(overview)) return level;
  }
  return undefined;
}

export function documentFindings(report: unknown, options: DocumentOptions = {}): Diagnostic[] {
  const lang = options.lang ?? 'zh-CN';
  const context: DocumentContext = {
    report,
    layout: getFormat(formatOf(report)),
    year: num(report, '/meta/year'),
    texts: NARRATIVES.map((path) => ({ path, text: getAt(report, path) })).filter(
      (t): t is { path: (typeof NARRATIVES)[number]; text: string } => typeof t.text === 'string',
    ),
    level: agencyLevelOf(report),
  };
  const out: Diagnostic[] = [];
  for (const rule of CHECKS) {
    for (const f of rule.check(context)) {
      const d = ruleFinding({ rule: rule.id, ...f }, lang, options.docsUrl);
      const src =
        (f.span && options.locate?.(f.path, f.span[0], f.span[1])) || options.sources?.get(f.path);
      if (src) d.source = src;
      out.push(d);
    }
  }
  return out;
}

export type { AgencyLevel };
