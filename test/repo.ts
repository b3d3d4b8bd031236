import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Packages published to the registry, in dependency order. */
export const PUBLIC_PACKAGES = [
  'core',
  'markdown',
  'import',
  'remark-lint',
  'form',
  'cli',
] as const;

export const readJson = <T = Record<string, unknown>>(path: string): T =>
  JSON.parse(readFileSync(path, 'utf8')) as T;

/**
 * The environment for commands that must never reach the public registry for our own packages: a
 * registry address nothing listens on makes any such attempt fail at once instead of installing a
 * stranger's package of the same name.
 */
export const OFFLINE_ENV = {
  ...process.env,
  npm_config_registry: 'http://127.0.0.1:9/',
  npm_config_update_notifier: 'false',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
};

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a shell command line, as a person would type it, and collects what it prints. */
export function sh(
  line: string,
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', line], {
      cwd: options.cwd,
      env: options.env ?? process.env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 240_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
