import { parentPort, workerData } from 'node:worker_threads';
import type { CheckJob } from './files/check-file-at.js';
import { checkFileAt } from './files/check-file-at.js';
import type { WireOutcome } from './files/pool.js';

/** A thread of `nianbao check --jobs`: receives a path, answers with the file's small result record. */
const job = workerData as CheckJob;
parentPort!.on('message', async (path: string) => {
  const o = await checkFileAt(path, job);
  const wire: WireOutcome = o.ok
    ? o
    : {
        ok: false,
        error: { id: o.error.id, values: o.error.values, notAReport: o.error.notAReport },
      };
  parentPort!.postMessage(wire);
});
