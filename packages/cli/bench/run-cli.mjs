// What the command-line benchmarks share: the real command line run as a child process, with its
// wall time and the memory the preloaded probe (rss-probe.mjs) recorded, and medians over repeats.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const PROBE = fileURLToPath(new URL('./rss-probe.mjs', import.meta.url));

/** @typedef {{ ms: number, rssMiB: number, liveMiB: number }} Run */

/**
 * One run of `nianbao <args>`. Exit codes 0 and 1 (findings) are runs; anything else rejects.
 * @param {string[]} args
 * @param {string} rssFile where the probe writes the child's memory figures
 * @returns {Promise<Run>}
 */
function runOnce(args, rssFile) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--expose-gc', '--import', PROBE, BIN, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NIANBAO_BENCH_RSS_FILE: rssFile, CI: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (code !== 0 && code !== 1) return reject(new Error(`exit ${code}: ${stderr}`));
      const { maxRssKiB, liveHeapBytes } = JSON.parse(readFileSync(rssFile, 'utf8'));
      resolve({ ms, rssMiB: maxRssKiB / 1024, liveMiB: liveHeapBytes / 1024 / 1024 });
    });
  });
}

/** @param {number[]} xs */
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * `repeat` runs of `nianbao <args>`, one after the other; the median of each figure.
 * @param {string[]} args
 * @param {string} rssFile
 * @param {number} repeat
 * @returns {Promise<Run>}
 */
export async function measure(args, rssFile, repeat) {
  /** @type {Run[]} */
  const runs = [];
  for (let i = 0; i < repeat; i++) runs.push(await runOnce(args, rssFile));
  return {
    ms: median(runs.map((r) => r.ms)),
    rssMiB: median(runs.map((r) => r.rssMiB)),
    liveMiB: median(runs.map((r) => r.liveMiB)),
  };
}
