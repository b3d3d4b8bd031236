import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReport, formatReady, loadFormat } from '../src/formats.js';
import type { SchemaValidator } from '../src/check/schema-errors.js';
import { validator2019 as lazy2019 } from '../src/validators/format-2019.browser.js';
import { ValidatorRegistry } from '../src/validators/registry.js';

const example2019 = () =>
  JSON.parse(
    readFileSync(new URL('../fixtures/examples/format-2019.json', import.meta.url), 'utf8'),
  ) as Record<string, Record<string, unknown>>;

const accepts = (() => true) as SchemaValidator;

describe('the validator registry', () => {
  it('has an eager validator at hand and fetches a lazy one once, on load', async () => {
    let calls = 0;
    const registry = new ValidatorRegistry({
      now: { validator: accepts },
      later: {
        load: async () => {
          calls++;
          return accepts;
        },
      },
    });
    expect(registry.get('now')).toBe(accepts);
    expect(registry.get('later')).toBeUndefined();
    const [a, b] = await Promise.all([registry.load('later'), registry.load('later')]);
    expect(a).toBe(accepts);
    expect(b).toBe(accepts);
    expect(calls).toBe(1);
    expect(registry.get('later')).toBe(accepts);
    await expect(registry.load('1999')).rejects.toThrow('No validator for report format "1999"');
  });

  it('tries a failed fetch again on the next load', async () => {
    let calls = 0;
    const registry = new ValidatorRegistry({
      later: {
        load: async () => {
          if (++calls === 1) throw new TypeError('Failed to fetch dynamically imported module');
          return accepts;
        },
      },
    });
    await expect(registry.load('later')).rejects.toThrow('Failed to fetch');
    expect(registry.get('later')).toBeUndefined();
    await expect(registry.load('later')).resolves.toBe(accepts);
    expect(calls).toBe(2);
  });

  it("loads the browser's 2019 entry as the real precompiled validator", async () => {
    expect('load' in lazy2019).toBe(true);
    if (!('load' in lazy2019)) return;
    const validate = await lazy2019.load();
    expect(validate(example2019())).toBe(true);
    const bad = example2019();
    bad.meta.extra = 'x';
    expect(validate(bad)).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ keyword: 'additionalProperties' });
  });

  it('has every format at hand in Node, where loadFormat resolves at once', async () => {
    expect(formatReady('2019')).toBe(true);
    expect(formatReady('2021')).toBe(true);
    expect(formatReady('1999')).toBe(false);
    await expect(loadFormat('2019')).resolves.toBeUndefined();
    const bad = example2019();
    bad.meta.extra = 'x';
    expect(checkReport(bad).map((d) => `${d.ruleId} ${d.path}`)).toEqual(['schema /meta/extra']);
  });
});
