import { makeDiagnostic, type Diagnostic } from '../../check/diagnostic.js';
import type { Lang } from '../../layout/types.js';
import type { Bilingual } from '../types.js';
import { RULE_REGISTRY } from './index.js';
import type { InputKind, RuleCategory, RuleDefinition, RuleFindingInput } from './types.js';

import { RULES_DOCS_URL, ruleUrl } from './url.js';

export { RULES_DOCS_URL, ruleUrl };

// Built on first use, so that a bundle using none of the lookups carries no rule it does not run.
// (That every id is declared once is tested: core/test/registry.test.ts.)
let byId: Map<string, RuleDefinition> | undefined;

/** The registry entry of a rule id, if there is one. */
export const findRule = (id: string): RuleDefinition | undefined => {
  byId ??= new Map(RULE_REGISTRY.map((r) => [r.id, r]));
  return byId.get(id);
};

/** The registry entry of a rule id nianbao raises; an unknown id is a programming error. */
export function ruleById(id: string): RuleDefinition {
  const r = findRule(id);
  if (!r) throw new Error(`unknown rule "${id}": declare it in core/src/rules/registry/`);
  return r;
}

/** The rules of a category, in registry order. */
export const rulesIn = (category: RuleCategory): RuleDefinition[] =>
  RULE_REGISTRY.filter((r) => r.category === category);

/** The rules that can be raised on an input of this kind. */
export const rulesFor = (input: InputKind): RuleDefinition[] =>
  RULE_REGISTRY.filter((r) => r.inputs.includes(input));

/** A rule's message template for one of its cases (its first when none is named). */
export function ruleMessage(id: string, message?: string): Bilingual {
  const messages = ruleById(id).messages as Record<string, Bilingual>;
  const key = message ?? Object.keys(messages)[0];
  if (!Object.hasOwn(messages, key)) throw new Error(`rule "${id}" has no message "${key}"`);
  return messages[key];
}

const perLang = (v: RuleFindingInput['values']): Record<Lang, Record<string, string>> =>
  'zh-CN' in v && typeof v['zh-CN'] === 'object'
    ? (v as Record<Lang, Record<string, string>>)
    : { 'zh-CN': v as Record<string, string>, en: v as Record<string, string> };

/** A finding of a registry rule in core's Diagnostic shape: its severity, wording and url from its entry. */
export function ruleFinding(
  input: RuleFindingInput,
  lang: Lang,
  docs = RULES_DOCS_URL,
): Diagnostic {
  const d = makeDiagnostic(
    {
      ruleId: input.rule,
      severity: input.severity ?? ruleById(input.rule).severity,
      path: input.path,
      paths: input.paths ?? [input.path],
      ...(input.actual !== undefined ? { actual: input.actual } : {}),
      ...(input.expected !== undefined ? { expected: input.expected } : {}),
      url: ruleUrl(input.rule, docs),
      templates: ruleMessage(input.rule, input.message),
      values: perLang(input.values),
    },
    lang,
  );
  if (input.source) d.source = input.source;
  return d;
}

/** A rule's declaration as plain data (no functions): what `nianbao rules --json` prints. */
export function ruleInfo(r: RuleDefinition) {
  return {
    id: r.id,
    category: r.category,
    severity: r.severity,
    title: r.title,
    description: r.description,
    why: r.why,
    messages: r.messages,
    fixable: r.fixable,
    inputs: r.inputs,
    examples: r.examples,
    url: ruleUrl(r.id),
    ...('data' in r ? { data: r.data } : {}),
    ...('raisedBy' in r ? { raisedBy: r.raisedBy } : {}),
  };
}
