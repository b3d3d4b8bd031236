import { describe, expect, it } from 'vitest';
import { setAt } from '@nianbao/core';
import { checkMarkdown, toMarkdown } from '../src/index.js';
import { json } from './helpers.js';

/**
 * Core's shared table of broken reports, written to Markdown: the same findings as core gives on
 * the JSON, each now placed on the cell in the document.
 */
interface Case {
  name: string;
  base: string;
  set: Record<string, unknown>;
  expect: { ruleId: string; path: string; actual?: unknown; expected?: unknown }[];
}

const cases = json<Case[]>('cases.json');

describe.each(cases)('$name', (c) => {
  it('is found in Markdown, at the cell', () => {
    const report = structuredClone(json(`${c.base}.json`));
    for (const [p, v] of Object.entries(c.set)) setAt(report, p, v);
    const text = toMarkdown(report);
    const found = checkMarkdown(text);
    expect(found.map((d) => [d.ruleId, d.path]).sort()).toEqual(
      c.expect.map((e) => [e.ruleId, e.path]).sort(),
    );
    for (const e of c.expect) {
      const d = found.find((x) => x.ruleId === e.ruleId && x.path === e.path)!;
      if ('actual' in e) expect(d.actual).toEqual(e.actual);
      if ('expected' in e) expect(d.expected).toEqual(e.expected);
      expect(d.source, `${e.ruleId} has a place`).toBeDefined();
      const written = c.set[e.path];
      if (e.path in c.set && written !== null) {
        const at = text.slice(d.source!.offset, d.source!.endOffset);
        // A narrative finding points at the words inside the text that was set; a cell at the whole value.
        if (typeof written === 'string' && written.length > 12) expect(written).toContain(at);
        else expect(at).toContain(String(written));
      }
    }
  });
});
