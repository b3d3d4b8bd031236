import axe from 'axe-core';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { cellInput, cleanup, mount, realistic } from './helpers.js';

afterEach(cleanup);

async function violations(el: HTMLElement) {
  const result = await axe.run(el, { resultTypes: ['violations'] });
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')})`,
  );
}

describe('accessibility (axe-core)', () => {
  it('finds nothing on a filled form, in both languages, with findings shown', async () => {
    document.documentElement.lang = 'zh-CN';
    const el = await mount({ autosum: '' }, realistic());
    expect(await violations(el)).toEqual([]);
    await userEvent.fill(cellInput(el, '/applications/received/naturalPerson'), '无');
    await userEvent.fill(cellInput(el, '/reviewLitigation/review/upheld'), '99');
    await el.updateComplete;
    expect(el.findings.length).toBeGreaterThan(0);
    expect(await violations(el)).toEqual([]);
    el.lang = 'en';
    await el.updateComplete;
    expect(await violations(el)).toEqual([]);
  });
});
