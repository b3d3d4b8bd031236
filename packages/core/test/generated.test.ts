import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { docsFiles, generatedFiles, REPO_DIR } from '../scripts/generate.js';
import { fixture } from './helpers.js';

describe('generated files', () => {
  it('are up to date (run `npm run generate` after changing the layout or the rules)', async () => {
    const files = { ...(await generatedFiles()), ...(await docsFiles()) };
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(7);
    for (const [rel, content] of Object.entries(files)) {
      const onDisk = readFileSync(join(REPO_DIR, rel), 'utf8');
      expect(onDisk, `${rel} is stale`).toBe(content);
    }
  });
});

describe('precompiled validator', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('contains no eval or new Function', () => {
    const src = readFileSync(join(REPO_DIR, 'packages/core/generated/validate-2021.js'), 'utf8');
    expect(src).not.toMatch(/\beval\s*\(|new\s+Function\b|\bFunction\s*\(/);
    // ajv keeps the helpers' source as a string property (`.code = 'require(…)'`); no call remains.
    expect(src).not.toMatch(/(^|[^'"\w.])require\s*\(/);
  });

  it('validates without calling eval or Function at run time', async () => {
    const trap = () => {
      throw new Error('code generation at run time');
    };
    vi.stubGlobal('eval', trap);
    vi.stubGlobal('Function', trap);
    // @ts-expect-error: the query string makes a fresh module instance, after the traps are set.
    const { default: validate } = await import('../generated/validate-2021.js?fresh');
    expect(validate(fixture('realistic-2024'))).toBe(true);
    expect(validate({ format: '2021' })).toBe(false);
    expect(validate.errors!.length).toBeGreaterThan(0);
  });
});
