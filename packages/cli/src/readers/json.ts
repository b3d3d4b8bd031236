import { format2021, ruleFinding, scanJson, type Diagnostic } from '@nianbao/core';
import { InputError } from '../i18n.js';
import { inSchemaOrder } from '../schema-order.js';
import { parseJsonWithSources } from './json-source.js';
import { limitError } from './limit.js';
import type { Reader } from './types.js';

/** Top-level properties that only a report has, read off the layout rather than listed here. */
const REPORT_KEYS = new Set(['format', 'meta', ...format2021.sections.map((s) => s.key)]);

const firstChar = (text: string) => /\S/.exec(text)?.[0];

export const jsonReader: Reader = {
  id: 'json',
  fixable: true,
  extensions: ['.json'],
  sniff(text, ext) {
    const c = firstChar(text);
    if (c === '{') return 0.9 + (ext === '.json' ? 0.1 : 0);
    if (c === '[') return 0.6;
    // Broken JSON is still JSON when the name says so: its syntax error is the useful message.
    return ext === '.json' ? 0.5 : 0;
  },
  async read(text, { lang }) {
    // Before the parser, which recurses per level and matches strings with a regular expression.
    const limit = scanJson(text);
    if (limit) throw limitError(limit, text);
    const { value, sources, duplicates } = parseJsonWithSources(text);
    const isReport =
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      Object.keys(value).some((k) => REPORT_KEYS.has(k));
    if (!isReport) throw new InputError('json.not-a-report', {}, true);
    const findings: Diagnostic[] = duplicates.map((d) =>
      ruleFinding(
        {
          rule: 'duplicate-key',
          values: {
            key: d.key,
            value: d.earlier.length > 40 ? `${d.earlier.slice(0, 40)}…` : d.earlier,
          },
          path: d.path,
          source: d.location,
        },
        lang,
      ),
    );
    return { report: value, sources, findings };
  },
  async write(report) {
    return `${JSON.stringify(inSchemaOrder(report), null, 2)}\n`;
  },
  formatValue(value) {
    return JSON.stringify(value);
  },
};
