import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageInChromium } from './page.js';
import { OFFLINE_ENV, PUBLIC_PACKAGES, ROOT, readJson, sh } from './repo.js';

/**
 * The packages as a stranger gets them: packed, then installed from the tarballs alone (plus the
 * registry for third-party dependencies) in an empty folder outside the repository, and used
 * through their documented entry points only.
 */
interface Packed {
  name: string;
  filename: string;
  files: { path: string }[];
}
interface Manifest {
  version: string;
  exports?: unknown;
  bin?: Record<string, string>;
  dependencies?: Record<string, string>;
  repository?: unknown;
  homepage?: string;
  bugs?: unknown;
}

const work = mkdtempSync(join(tmpdir(), 'nianbao-pack-'));
const tarballs = join(work, 'tarballs');
const app = join(work, 'app');
let packed: Packed[] = [];

const versionOf = (dir: string) => readJson<{ version: string }>(join(dir, 'package.json')).version;

beforeAll(async () => {
  mkdirSync(tarballs);
  mkdirSync(app);
  const workspaces = PUBLIC_PACKAGES.map((p) => `-w packages/${p}`).join(' ');
  const pack = await sh(`npm pack ${workspaces} --pack-destination ${tarballs} --json`, {
    cwd: ROOT,
    env: OFFLINE_ENV,
  });
  expect(pack.code, pack.stderr).toBe(0);
  packed = JSON.parse(pack.stdout) as Packed[];

  const deps: Record<string, string> = {};
  for (const p of packed) deps[p.name] = `file:../tarballs/${p.filename}`;
  // Third-party tools the consumer brings itself, at the versions this repository is tested with.
  for (const tool of ['remark-cli', 'typescript'])
    deps[tool] = versionOf(join(ROOT, 'node_modules', tool));
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'stranger', private: true, type: 'module', dependencies: deps }),
  );
  const install = await sh('npm install --prefer-offline --no-audit --no-fund', { cwd: app });
  expect(install.code, install.stdout + install.stderr).toBe(0);
  for (const f of ['clean.json', 'broken.json', 'clean.md', 'broken.md'])
    copyFileSync(join(ROOT, 'examples', 'reports', f), join(app, f));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('each packed package', () => {
  it('is every public package', () => {
    expect(packed.map((p) => p.name).sort()).toEqual(
      PUBLIC_PACKAGES.map((p) => `@nianbao/${p}`).sort(),
    );
  });

  for (const dir of PUBLIC_PACKAGES)
    it(`@nianbao/${dir} carries its licence and changelog, and links and ranges that work outside the repository`, () => {
      const files = packed.find((x) => x.name === `@nianbao/${dir}`)!.files.map((f) => f.path);
      for (const f of ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json'])
        expect(files).toContain(f);
      expect(files.filter((f) => /^(src|test|bench)\//.test(f))).toEqual([]);

      const manifest = readJson<Manifest>(join(ROOT, 'packages', dir, 'package.json'));
      // Every file an import or the bin names is in the tarball (missing when `files` forgets it).
      const targets = [...entryFiles(manifest.exports), ...Object.values(manifest.bin ?? {})];
      for (const t of targets.map((t) => t.replace(/^\.\//, '')))
        expect(files, `${t} (is the package built?)`).toContain(t);
      expect(manifest.repository).toBeDefined();
      expect(manifest.bugs).toBeDefined();
      expect(manifest.homepage).toMatch(/^https:\/\//);
      // `*` would publish as "any version"; the range must hold the version beside it.
      for (const [name, range] of Object.entries(manifest.dependencies ?? {}))
        if (name.startsWith('@nianbao/'))
          expect(range, name).toBe(`^${versionOf(join(ROOT, 'packages', name.slice(9)))}`);

      // A relative link works on GitHub but is broken on the registry's page.
      const readme = readFileSync(join(ROOT, 'packages', dir, 'README.md'), 'utf8');
      expect(readme.match(/\]\((?!https?:|#|mailto:)[^)]*\)/g) ?? []).toEqual([]);
    });
});

/** The files an `exports` map names, patterns (`./fixtures/*`) left out. */
function entryFiles(exports: unknown): string[] {
  if (typeof exports === 'string') return exports.includes('*') ? [] : [exports];
  if (exports && typeof exports === 'object') return Object.values(exports).flatMap(entryFiles);
  return [];
}

describe('installed from the tarballs in an empty folder', () => {
  it('`nianbao check` checks a report, with the exit code saying whether errors exist', async () => {
    const clean = await sh('npx --no-install nianbao check clean.json', {
      cwd: app,
      env: OFFLINE_ENV,
    });
    expect(clean.code, clean.stderr).toBe(0);
    const broken = await sh('npx --no-install nianbao check broken.json --lang en -f json', {
      cwd: app,
      env: OFFLINE_ENV,
    });
    expect(broken.code, broken.stderr).toBe(1);
    expect(broken.stdout).toMatch(/"ruleId":\s*"row-total"/);
  });

  it('a strict TypeScript project imports @nianbao/core and its types, and runs it', async () => {
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          // The published declarations themselves are checked, not only this file's use of them.
          skipLibCheck: false,
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
          resolveJsonModule: true,
          // No @types/node: the check stays on our declarations, and quick on a loaded machine.
          types: [],
          lib: ['ES2022', 'DOM'],
        },
        files: ['main.ts'],
      }),
    );
    writeFileSync(
      join(app, 'main.ts'),
      [
        "import { checkReport, computeTotals, type Diagnostic, type Report2021 } from '@nianbao/core';",
        "import broken from './broken.json' with { type: 'json' };",
        'const report = broken as unknown as Report2021;',
        'const findings: readonly Diagnostic[] = checkReport(report);',
        'const totals: Report2021 = computeTotals(report);',
        'console.log(JSON.stringify({ rules: findings.map((d) => d.ruleId), agency: totals.meta.agency }));',
      ].join('\n'),
    );
    const tsc = await sh('npx --no-install tsc -p tsconfig.json', { cwd: app, env: OFFLINE_ENV });
    expect(tsc.code, tsc.stdout + tsc.stderr).toBe(0);
    const run = await sh('node main.js', { cwd: app });
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { rules: string[]; agency: string };
    expect(out.rules).toContain('row-total');
    expect(out.agency).toBe('江州市人民政府');
  });

  it('remark-cli lints with the preset named in .remarkrc.js', async () => {
    writeFileSync(
      join(app, '.remarkrc.js'),
      "import nianbao from '@nianbao/remark-lint';\nexport default { plugins: [nianbao] };\n",
    );
    const clean = await sh('npx --no-install remark --frail --no-stdout clean.md', {
      cwd: app,
      env: OFFLINE_ENV,
    });
    expect(clean.code, clean.stderr).toBe(0);
    const broken = await sh('npx --no-install remark --frail --no-stdout broken.md', {
      cwd: app,
      env: OFFLINE_ENV,
    });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/nianbao:row-total|row-total/);
  });

  it('the standalone form bundle renders and checks a report in a page in Chromium', async () => {
    const bundle = join(app, 'node_modules', '@nianbao', 'form', 'dist', 'standalone');
    const result = await pageInChromium(
      bundle,
      '<!doctype html><html lang="en"><script type="module" src="/nianbao-form.js"></script>' +
        '<body><nianbao-report-form lang="en"></nianbao-report-form></body></html>',
      readFileSync(join(app, 'broken.json'), 'utf8'),
    );
    expect(result.defined).toBe(true);
    expect(result.inputs).toBeGreaterThan(100);
    expect(result.rules).toContain('row-total');
    // The 2019 format's validator is a chunk of its own, not fetched for a 2021 report.
    expect(result.fetched.filter((p) => p.endsWith('.js'))).toContain('/nianbao-form.js');
    expect(result.fetched.some((p) => p.includes('validate-2019'))).toBe(false);
  });

  it('the standalone form fetches the 2019 validator chunk for a 2019 report, and checks it', async () => {
    const core = join(app, 'node_modules', '@nianbao', 'core');
    const report = JSON.parse(
      readFileSync(join(core, 'fixtures', 'examples', 'format-2019.json'), 'utf8'),
    );
    report.meta.extra = 'x'; // only the schema validator finds this
    const result = await pageInChromium(
      join(app, 'node_modules', '@nianbao', 'form', 'dist', 'standalone'),
      '<!doctype html><html lang="en"><script type="module" src="/nianbao-form.js"></script>' +
        '<body><nianbao-report-form lang="en"></nianbao-report-form></body></html>',
      JSON.stringify(report),
    );
    expect(result.fetched.some((p) => /^\/nianbao-form-validate-2019-[\w-]+\.js$/.test(p))).toBe(
      true,
    );
    expect(result.rules).toEqual(['schema']);
    expect(result.inputs).toBeGreaterThan(100);
  });
});
