/** Where every rule is documented: docs/rules.md, generated from the registry. */
export const RULES_DOCS_URL = 'https://github.com/nianbao/nianbao/blob/main/docs/rules.md#{id}';

export const ruleUrl = (id: string, docs = RULES_DOCS_URL): string => docs.replace('{id}', id);
