// The real command line as a child process under rss-probe.mjs, for the benches that measure it:
// wall time, peak resident memory and the heap still live at exit, of one run.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const BIN = here('../dist/bin.js');
const PROBE = here('./rss-probe.mjs');

/** Runs `nianbao ...args` once; exit 1 (findings) is a run like any other. */
export function runOnce(args, rssFile) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--expose-gc', '--import', PROBE, BIN, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NIANBAO_BENCH_RSS_FILE: rssFile, CI: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (code !== 0 && code !== 1) return reject(new Error(`exit ${code}: ${stderr}`));
      const { maxRssKiB, liveHeapBytes } = JSON.parse(readFileSync(rssFile, 'utf8'));
      resolve({ ms, rssMiB: maxRssKiB / 1024, liveMiB: liveHeapBytes / 1024 / 1024 });
    });
  });
}
