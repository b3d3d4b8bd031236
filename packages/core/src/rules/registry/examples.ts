import { setAt } from '../../pointer.js';
import type { InputKind, RuleExample } from './types.js';

/**
 * The document an example describes, from the text of its base file: values set at JSON Pointers
 * (a JSON report), exact text replaced, the end cut off. An example that no longer applies to its
 * base (a `from` or `cut` not found, or found twice) is an error, so examples cannot rot silently.
 */
export function exampleText(
  ex: Pick<RuleExample, 'set' | 'replace' | 'cut'>,
  base: string,
): string {
  let text = base;
  if (ex.set && Object.keys(ex.set).length > 0) {
    const report = JSON.parse(text) as Record<string, unknown>;
    for (const [path, value] of Object.entries(ex.set)) setAt(report, path, value);
    text = `${JSON.stringify(report, null, 2)}\n`;
  }
  for (const [from, to] of ex.replace ?? []) {
    const at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0)
      throw new Error(
        `example replaces ${JSON.stringify(from)}, which its base has ${at < 0 ? 'not' : 'twice'}`,
      );
    text = text.slice(0, at) + to + text.slice(at + from.length);
  }
  if (ex.cut !== undefined) {
    const at = text.indexOf(ex.cut);
    if (at < 0)
      throw new Error(`example cuts at ${JSON.stringify(ex.cut)}, which its base does not have`);
    text = text.slice(0, at);
  }
  return text;
}

/** The file name an example is checked under: its input's usual extension. */
export const EXAMPLE_FILE: Record<InputKind, string> = {
  json: 'example.json',
  markdown: 'example.md',
  html: 'example.html',
  text: 'example.txt',
  pdf: 'example.pdf',
  docx: 'example.docx',
  form: 'example.json',
};
