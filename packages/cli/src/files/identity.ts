import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * What a path names on disk, for telling whether two paths are the same file: `a.md`, `./a.md`,
 * `dir/../a.md`, a symbolic link to it and a hard link to it all give one key. The device and
 * inode where the system has them (bigint: Windows file ids overflow a number); else the real
 * path. A path naming nothing gives its resolved form, which no existing file shares.
 */
export function fileKey(path: string, cwd = process.cwd()): string {
  const full = resolve(cwd, path);
  try {
    const { dev, ino } = statSync(full, { bigint: true });
    if (ino !== 0n) return `${dev}:${ino}`;
    return realpathSync.native(full);
  } catch {
    return `absent:${full}`;
  }
}

/** The first of `paths` that is the same file as `path`, if any. */
export function sameFileIn(
  path: string,
  paths: readonly string[],
  cwd = process.cwd(),
): string | undefined {
  const key = fileKey(path, cwd);
  if (key.startsWith('absent:')) return undefined;
  return paths.find((p) => fileKey(p, cwd) === key);
}
