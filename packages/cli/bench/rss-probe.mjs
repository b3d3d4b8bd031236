// Preloaded into the command line under measurement (`node --expose-gc --import`): on exit, writes
// the process's peak resident set size as the kernel counted it, and the JS heap still live after
// a full collection (what the run retained, as opposed to garbage not yet collected).
import { writeFileSync } from 'node:fs';

const target = process.env.NIANBAO_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    const maxRssKiB = process.resourceUsage().maxRSS;
    globalThis.gc?.();
    writeFileSync(
      target,
      JSON.stringify({ maxRssKiB, liveHeapBytes: process.memoryUsage().heapUsed }),
    );
  });
}
