import { constants } from 'node:fs';
import { access, chmod, chown, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { InputError } from '../i18n.js';
import { currentStamp, sameStamp, type FileStamp } from './stamp.js';
import { removeOnExit, removeStaleTemps, tempPathFor } from './temp.js';

const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? String(e);
const DENIED = new Set(['EACCES', 'EPERM', 'EROFS']);

/**
 * Replaces a report in place for `fix`: the new text is written beside it under a temporary name
 * with the file's mode and owner, then renamed over it (atomic within a folder), so a reader sees
 * the old file or the new one, never half of one. Refused, with the file untouched, when the file
 * is read-only (by its mode, which a rename would otherwise ignore, even for root), when its folder
 * cannot be written, or when the file is no longer what was read (`read`), checked just before
 * the rename. A symbolic link is followed: the file it names is replaced, the link stays.
 */
export async function replaceFile(path: string, text: string, read: FileStamp): Promise<void> {
  const target = await realpath(path).catch(() => path);
  const st = await stat(target);
  const writable = await access(target, constants.W_OK).then(
    () => true,
    () => false,
  );
  if (!writable || (st.mode & 0o222) === 0) throw new InputError('fix.read-only');
  await removeStaleTemps(target);
  const tmp = tempPathFor(target);
  const settle = removeOnExit(tmp);
  try {
    try {
      await writeFile(tmp, text, { encoding: 'utf8', flag: 'wx', mode: 0o600 });
    } catch (e) {
      throw new InputError(DENIED.has(code(e)) ? 'fix.folder-read-only' : 'output.unwritable', {
        file: dirname(target),
        reason: code(e),
      });
    }
    await chmod(tmp, st.mode & 0o7777);
    if (st.uid !== process.getuid?.() || st.gid !== process.getgid?.())
      await chown(tmp, st.uid, st.gid).catch((e) => {
        throw new InputError('fix.owner', { reason: code(e) });
      });
    if (!sameStamp(read, await currentStamp(target)))
      throw new InputError('fix.changed-since-read');
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true });
    if (e instanceof InputError) throw e;
    throw new InputError('output.unwritable', { file: target, reason: code(e) });
  } finally {
    settle();
  }
}
