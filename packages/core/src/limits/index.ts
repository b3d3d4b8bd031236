export * from './limits.js';
export { scanJson } from './scan-json.js';
export { scanMarkdown } from './scan-markdown.js';
export { scanHtml, HTML_LIMITS } from './scan-html.js';
export { scanValue } from './scan-value.js';
export { limitMessages, limitDiagnostic, LIMIT_RULE_IDS } from './message.js';
