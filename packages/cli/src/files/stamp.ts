import { createHash } from 'node:crypto';
import type { BigIntStats } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * What a file was when it was read: compared again just before a rewrite replaces it, so that an
 * edit made in between (a person, an editor's autosave) is never silently overwritten.
 */
export interface FileStamp {
  dev: bigint;
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
  sha256: string;
}

export function stampOf(st: BigIntStats, bytes: Uint8Array): FileStamp {
  return {
    dev: st.dev,
    ino: st.ino,
    size: st.size,
    mtimeNs: st.mtimeNs,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** The file's stamp now; undefined when it is gone or unreadable. */
export async function currentStamp(path: string): Promise<FileStamp | undefined> {
  try {
    const handle = await open(path, 'r');
    try {
      const st = await handle.stat({ bigint: true });
      return stampOf(st, await handle.readFile());
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}

export const sameStamp = (a: FileStamp, b: FileStamp | undefined): boolean =>
  b !== undefined &&
  a.dev === b.dev &&
  a.ino === b.ino &&
  a.size === b.size &&
  a.mtimeNs === b.mtimeNs &&
  a.sha256 === b.sha256;
