import example2019 from '@nianbao/core/fixtures/examples/format-2019.json' with { type: 'json' };
import { afterEach, describe, expect, it } from 'vitest';
import { cellInput, cleanup, mount, realistic, seed, shadow } from './helpers.js';

afterEach(cleanup);

/** Whether this page has fetched core's 2019 validator (a module of its own in a browser). */
const fetched2019 = () =>
  performance.getEntriesByType('resource').some((e) => e.name.includes('validate-2019'));

/** A 2019 report with a member its schema forbids (only the validator finds it) and a negative count. */
function broken2019() {
  const r = structuredClone(example2019);
  Object.assign(r.meta, { extra: 'x' });
  r.proactive.regulations.newlyMade = -1;
  return r;
}

// The cases share one page, in this order: the 2021 path first, before anything loads 2019.
describe('the 2019 format, loaded only when a 2019 report is opened', () => {
  it('edits, imports and exports 2021 reports without fetching the 2019 validator', async () => {
    const el = await mount({}, seed());
    await el.importText('r.json', JSON.stringify(realistic()));
    await el.importText('r.md', await el.toMarkdown());
    el.value = seed();
    await el.updateComplete;
    expect(el.value).toEqual(seed());
    expect(performance.getEntriesByType('resource').length).toBeGreaterThan(0);
    expect(fetched2019()).toBe(false);
  });

  it('fetches it for a 2019 report, then checks that report as before', async () => {
    const el = await mount({ lang: 'en' }, seed());
    // A value set while the 2019 checks are on their way is superseded by a later one.
    el.value = broken2019();
    el.value = realistic();
    await el.updateComplete;
    expect(el.value).toEqual(realistic());

    await el.importText('old.json', JSON.stringify(broken2019()));
    expect(fetched2019()).toBe(true);
    expect(el.value.format).toBe('2019');
    expect(cellInput(el, '/proactive/regulations/newlyMade').value).toBe('-1');
    const found = el.findings.map((d) => `${d.ruleId} ${d.path}`);
    expect(found).toContain('schema /meta/extra');
    expect(found).toContain('cell-negative /proactive/regulations/newlyMade');
    expect(shadow(el).textContent).toContain('Unexpected property `extra`');
  });
});
