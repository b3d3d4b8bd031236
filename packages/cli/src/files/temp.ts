import { rmSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Temporary files the command line writes beside their target before renaming them into place.
 * They are removed if the process ends first (exit, an uncaught error, Ctrl-C, a CI timeout's
 * SIGTERM, a closed terminal's SIGHUP); a SIGKILL cannot be caught, so the next run that writes
 * into the same folder removes the temporaries its dead predecessors left.
 */

/** Temporary files and folders not yet renamed or removed. */
const pending = new Set<string>();
let tmpCount = 0;
let listening = false;

function removePending(): void {
  for (const p of pending) rmSync(p, { recursive: true, force: true });
  pending.clear();
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Remove the temporary files, then end as the signal would have. */
function onSignal(signal: NodeJS.Signals): void {
  removePending();
  for (const s of SIGNALS) process.off(s, onSignal);
  process.kill(process.pid, signal);
}

/** Registers a temporary path for removal should the process end before it is settled; returns the settling function. */
export function removeOnExit(path: string): () => void {
  if (!listening) {
    listening = true;
    process.on('exit', removePending);
    for (const s of SIGNALS) process.on(s, onSignal);
  }
  pending.add(path);
  return () => void pending.delete(path);
}

/** `.name.nianbao-<pid>-<n>.tmp`: hidden, distinct for each writer of a run, and recognisably ours. */
const OURS = /^\..+\.nianbao-(\d+)-\d+\.tmp$/;

/** A temporary path beside `path`. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.nianbao-${process.pid}-${++tmpCount}.tmp`);
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: alive, someone else's.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporaries of our own naming in `path`'s folder whose writer has died (killed
 * mid-write). Another run still writing keeps its own. Never fails: a folder that cannot be
 * listed is reported by the write that follows.
 */
export async function removeStaleTemps(path: string): Promise<void> {
  const dir = dirname(path);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = OURS.exec(name);
    if (m && !alive(Number(m[1])))
      await rm(join(dir, name), { recursive: true, force: true }).catch(() => {});
  }
}
