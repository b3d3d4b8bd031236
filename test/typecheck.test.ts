import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, readJson } from './repo.js';

const run = promisify(execFile);
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const SOURCE = /\.(?:[cm]?js|[cm]?ts)$/;

/** Source files that no type-check config covers on purpose, each with the reason. */
const NOT_CHECKED: Record<string, string> = {
  'packages/core/generated/validate-2019.js':
    'generated (scripts/generate.ts): ajv standalone code bundled by esbuild; typed by validate-2019.d.ts, which core checks',
  'packages/core/generated/validate-2021.js':
    'generated (scripts/generate.ts): ajv standalone code bundled by esbuild; typed by validate-2021.d.ts, which core checks',
};

interface Pkg {
  scripts?: Record<string, string>;
  workspaces?: string[];
}

/** The folders of the root and of every workspace (`packages/*` and the like). */
function workspaceDirs(): string[] {
  const dirs = [ROOT];
  for (const pattern of readJson<Pkg>(join(ROOT, 'package.json')).workspaces ?? []) {
    if (!pattern.endsWith('/*')) throw new Error(`workspace pattern not understood: ${pattern}`);
    const parent = join(ROOT, pattern.slice(0, -2));
    for (const name of readdirSync(parent).sort())
      if (existsSync(join(parent, name, 'package.json'))) dirs.push(join(parent, name));
  }
  return dirs;
}

/**
 * The tsconfig files that `npm run typecheck` hands to tsc: the root script's own and those of each
 * workspace's `typecheck` script (which the root script runs through turbo). A `tsc` without `-p`
 * reads the folder's tsconfig.json.
 */
function typecheckConfigs(): string[] {
  const configs: string[] = [];
  for (const dir of workspaceDirs()) {
    const script = readJson<Pkg>(join(dir, 'package.json')).scripts?.typecheck;
    if (!script) continue;
    for (const [, args] of script.matchAll(/\btsc\b([^&|;]*)/g)) {
      const project = /(?:^|\s)(?:-p|--project)\s+(\S+)/.exec(args)?.[1] ?? 'tsconfig.json';
      configs.push(join(dir, project));
    }
  }
  return configs;
}

/** The tracked JavaScript and TypeScript files, relative to the root. */
const trackedSources = (): string[] =>
  execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((f) => SOURCE.test(f) && existsSync(join(ROOT, f)));

/** Every file of the config's program (its own and what they import), outside node_modules. */
async function filesOf(config: string): Promise<string[]> {
  const { stdout } = await run(process.execPath, [TSC, '--listFilesOnly', '-p', config], {
    cwd: dirname(config),
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout
    .split('\n')
    .filter((f) => f && !f.includes('/node_modules/'))
    .map((f) => relative(ROOT, realpathSync(f)));
}

const configs = typecheckConfigs();
const covered = new Set<string>();

describe('npm run typecheck', () => {
  beforeAll(async () => {
    // Two at a time: each builds its program, and the machine is shared.
    for (let i = 0; i < configs.length; i += 2)
      for (const files of await Promise.all(configs.slice(i, i + 2).map(filesOf)))
        for (const f of files) covered.add(f);
  });

  it('runs every workspace’s typecheck script, then the root config', () => {
    const script = readJson<Pkg>(join(ROOT, 'package.json')).scripts?.typecheck ?? '';
    expect(script).toMatch(/\bturbo run typecheck\b/);
    expect(configs).toContain(join(ROOT, 'tsconfig.json'));
  });

  it('checks JavaScript strictly in every config it runs', () => {
    for (const config of configs) {
      const shown = JSON.parse(
        execFileSync(process.execPath, [TSC, '--showConfig', '-p', config], { encoding: 'utf8' }),
      ) as { compilerOptions: Record<string, unknown> };
      const { allowJs, checkJs, strict, noEmit } = shown.compilerOptions;
      expect({ config: relative(ROOT, config), allowJs, checkJs, strict, noEmit }).toEqual({
        config: relative(ROOT, config),
        allowJs: true,
        checkJs: true,
        strict: true,
        noEmit: true,
      });
    }
  });

  it('type-checks every tracked JavaScript and TypeScript file', () => {
    const missing = trackedSources().filter((f) => !covered.has(f) && !(f in NOT_CHECKED));
    expect(missing, 'add these to the include of a tsconfig that a typecheck script runs').toEqual(
      [],
    );
  });

  it('leaves out only the files it says, and those are really left out', () => {
    for (const file of Object.keys(NOT_CHECKED)) {
      expect(existsSync(join(ROOT, file)), file).toBe(true);
      expect(covered.has(file), file).toBe(false);
    }
  });

  it('never has the checker skip a file or a line without saying why', () => {
    const silenced: string[] = [];
    for (const file of trackedSources()) {
      if (file in NOT_CHECKED) continue;
      const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        // A directive is a comment that starts with it; an explanation follows `@ts-expect-error:`.
        const directive =
          /^\s*(?:\/\/|\/\*+|\*)\s*(@ts-nocheck|@ts-ignore|@ts-expect-error)(.*)$/.exec(line);
        if (!directive) return;
        if (directive[1] === '@ts-expect-error' && /^:?\s*\S.{9,}/.test(directive[2])) return;
        silenced.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(silenced).toEqual([]);
  });
});
