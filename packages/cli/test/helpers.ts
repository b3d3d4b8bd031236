import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
/** The command line's own fixtures (bad inputs, Markdown variants, a GB18030 page). */
export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
/** Core's shared fixtures: the reference reports, the broken cases and the published reports in fixtures/reports. */
export const CORE_FIXTURES = join(
  dirname(createRequire(import.meta.url).resolve('@nianbao/core/package.json')),
  'fixtures',
);

/**
 * The folder the tests run in: the command line's fixtures with core's shared ones laid in, as
 * `reports/realistic-2024.json`, `reports/seed-yuguan-2023.json`, `cases.json` and `published/`.
 */
function workspace(dir: string): void {
  cpSync(FIXTURES, dir, { recursive: true });
  for (const f of ['realistic-2024.json', 'seed-yuguan-2023.json'])
    cpSync(join(CORE_FIXTURES, f), join(dir, 'reports', f));
  cpSync(join(CORE_FIXTURES, 'cases.json'), join(dir, 'cases.json'));
  cpSync(join(CORE_FIXTURES, 'reports'), join(dir, 'published'), { recursive: true });
}

let shared: string | undefined;
/** One workspace per test file for the tests that only read, removed when the process exits. */
export function sharedDir(): string {
  if (!shared) {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
    shared = dir;
    workspace(dir);
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return shared;
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real command line, as a person or CI would: `node dist/bin.js …`, stdout and stderr piped. */
/** test/faults.mjs: a file system that fails on purpose (see there for what `faults` may hold). */
export const FAULTS = fileURLToPath(new URL('./faults.mjs', import.meta.url));

export function nianbao(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; faults?: object } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...options.env };
    if (!options.env?.FORCE_COLOR) delete env.FORCE_COLOR;
    delete env.NIANBAO_LANG;
    // `{ NO_COLOR: undefined }` unsets a variable.
    for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
    const pre = options.faults ? ['--import', FAULTS] : [];
    if (options.faults) env.NIANBAO_TEST_FAULTS = JSON.stringify(options.faults);
    const child = spawn(process.execPath, [...pre, BIN, ...args], {
      cwd: options.cwd ?? sharedDir(),
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A temporary folder holding a copy of the fixtures, removed by the returned function. */
export function scratch(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
  workspace(dir);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
