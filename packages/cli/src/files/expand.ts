import { opendir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from '../i18n.js';
import { fileKey } from './identity.js';

/** A file to check. */
export interface Target {
  /** As shown to the person: the path they typed, or found under the folder they typed. */
  path: string;
  /**
   * Named on the command line. A file found by walking a folder or matching a glob may be
   * something else (a README, package.json): when it is plainly not a report it is skipped,
   * where a named one is an error.
   */
  explicit: boolean;
}

export interface Expansion {
  targets: Target[];
  /** Inputs that name nothing: a missing path, a pattern that matches no file. */
  problems: { input: string; error: InputError }[];
}

/** Folders never walked: dependencies and tool state hold no reports of their own. */
const SKIP_DIRS = new Set(['node_modules']);

/** A folder that cannot be listed, met while walking: one input's error, the walk goes on. */
interface Unlisted {
  dir: string;
  error: InputError;
}

/**
 * Walks a folder in name order (so output is stable), yielding files with one of the extensions,
 * and the subfolders it cannot list (no permission, gone meanwhile) as problems.
 */
async function* walk(
  dir: string,
  extensions: ReadonlySet<string>,
): AsyncGenerator<string | Unlisted> {
  const entries = [];
  try {
    for await (const e of await opendir(dir)) entries.push(e);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    yield {
      dir,
      error:
        code === 'ENOENT'
          ? new InputError('input.missing')
          : new InputError('input.unreadable', { reason: code ?? String(e) }),
    };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    // Symbolic links to folders are not followed, so a link cycle cannot make the walk endless.
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) yield* walk(p, extensions);
    } else if ((e.isFile() || e.isSymbolicLink()) && extensions.has(extname(e.name).toLowerCase()))
      yield p;
  }
}

/**
 * Turns the command line's files, folders and globs into the list of files to check, each once.
 * Only paths are kept here; documents are read one at a time later.
 */
export async function expandInputs(
  inputs: readonly string[],
  extensions: ReadonlySet<string>,
): Promise<Expansion> {
  const seen = new Set<string>();
  const targets: Target[] = [];
  const problems: Expansion['problems'] = [];
  // One file named twice (`a.md`, `./a.md`, a link to it) is checked and counted once.
  const add = (path: string, explicit: boolean) => {
    const key = fileKey(path);
    if (seen.has(key)) return;
    seen.add(key);
    targets.push({ path, explicit });
  };
  for (const input of inputs) {
    const st = await stat(input).catch(() => undefined);
    if (st?.isDirectory()) {
      let found = 0;
      let unlisted = 0;
      for await (const p of walk(input, extensions)) {
        if (typeof p === 'string') add(p, false), found++;
        else problems.push({ input: p.dir, error: p.error }), unlisted++;
      }
      // Most likely a wrong folder in a CI script: say so rather than pass on nothing.
      if (found === 0 && unlisted === 0)
        problems.push({
          input,
          error: new InputError('input.empty-folder', { extensions: [...extensions].join(' ') }),
        });
    } else if (st) {
      add(input, true);
    } else if (isDynamicPattern(input)) {
      const found = await glob(input, {
        onlyFiles: true,
        dot: false,
        ignore: ['**/node_modules/**'],
        expandDirectories: false,
      });
      if (found.length === 0) problems.push({ input, error: new InputError('input.no-match') });
      for (const p of found.sort()) add(p, false);
    } else {
      problems.push({ input, error: new InputError('input.missing') });
    }
  }
  return { targets, problems };
}
