import { copyFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OFFLINE_ENV, ROOT, readJson, sh } from './repo.js';

describe('the nianbao bin after npm install', () => {
  it('is linked to the committed shim, so npx never looks for it in the registry', () => {
    expect(realpathSync(join(ROOT, 'node_modules', '.bin', 'nianbao'))).toBe(
      join(ROOT, 'packages', 'cli', 'bin', 'nianbao.js'),
    );
  });

  it('prints the version with `npx --no-install nianbao --version`', async () => {
    const { version } = readJson<{ version: string }>(join(ROOT, 'packages/cli/package.json'));
    const r = await sh('npx --no-install nianbao --version', { cwd: ROOT, env: OFFLINE_ENV });
    expect(r).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('says how to build it when the build is missing, instead of failing obscurely', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-shim-'));
    try {
      mkdirSync(join(dir, 'bin'));
      copyFileSync(join(ROOT, 'packages/cli/bin/nianbao.js'), join(dir, 'bin', 'nianbao.js'));
      const r = await sh('node bin/nianbao.js --version', { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('npm run build');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
