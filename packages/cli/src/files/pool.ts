import { Worker } from 'node:worker_threads';
import { InputError } from '../i18n.js';
import { checkFileAt, type CheckJob, type Outcome } from './check-file-at.js';

/** Checks files, one call per file; `close` ends whatever it started. */
export interface FileChecker {
  check(path: string): Promise<Outcome>;
  close(): Promise<void>;
  /** How many files may be in flight at once without any of them waiting for long. */
  readonly window: number;
}

export function inProcess(job: CheckJob): FileChecker {
  return { check: (path) => checkFileAt(path, job), close: async () => {}, window: 1 };
}

/** The wire form of an outcome: InputError's class does not survive structured cloning. */
export type WireOutcome =
  | { ok: true; result: Extract<Outcome, { ok: true }>['result'] }
  | { ok: false; error: Pick<InputError, 'id' | 'values' | 'notAReport'> };

interface Task {
  path: string;
  resolve: (o: Outcome) => void;
}

/**
 * A fixed set of worker threads, each checking one file at a time. Results come back as small
 * records; documents never cross threads, so memory stays flat per worker.
 */
export function workerPool(size: number, job: CheckJob): FileChecker {
  const queue: Task[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Task>();
  const all = new Set<Worker>();

  const fail = (task: Task, reason: string) =>
    task.resolve({ ok: false, error: new InputError('input.reader-failed', { reason }) });

  const spawn = () => {
    const w = new Worker(new URL('../worker.js', import.meta.url), { workerData: job });
    all.add(w);
    w.on('message', (m: WireOutcome) => {
      const task = busy.get(w);
      busy.delete(w);
      if (task)
        task.resolve(
          m.ok
            ? m
            : { ok: false, error: new InputError(m.error.id, m.error.values, m.error.notAReport) },
        );
      dispatch(w);
    });
    w.on('error', (e) => {
      // A worker that dies takes only its current file with it; a fresh one takes its place.
      const task = busy.get(w);
      busy.delete(w);
      all.delete(w);
      if (task) fail(task, e.message);
      dispatch(spawn());
    });
    return w;
  };

  const dispatch = (w: Worker) => {
    const task = queue.shift();
    if (!task) return void idle.push(w);
    busy.set(w, task);
    w.postMessage(task.path);
  };

  for (let i = 0; i < size; i++) idle.push(spawn());

  return {
    window: size * 2,
    check(path) {
      return new Promise<Outcome>((resolve) => {
        queue.push({ path, resolve });
        const w = idle.shift();
        if (w) dispatch(w);
      });
    },
    async close() {
      await Promise.all([...all].map((w) => w.terminate()));
    },
  };
}
