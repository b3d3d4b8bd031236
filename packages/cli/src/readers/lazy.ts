import { InputError } from '../i18n.js';

/**
 * A reader's package, loaded on its first use so that a run over JSON never loads a Markdown,
 * HTML or PDF parser. A package that is not installed is an input error naming it; a failed load
 * is tried again next time.
 */
export interface LazyPackage<T> {
  load(): Promise<T>;
  /** The package once a load has finished, for synchronous callers that only run after one. */
  readonly loaded: T | undefined;
}

export function lazyPackage<T>(pkg: string, format: string): LazyPackage<T> {
  let pending: Promise<T> | undefined;
  let loaded: T | undefined;
  return {
    load() {
      pending ??= (import(pkg) as Promise<T>)
        .then((m) => {
          loaded = m;
          return m;
        })
        .catch((e: NodeJS.ErrnoException) => {
          pending = undefined;
          if (e?.code === 'ERR_MODULE_NOT_FOUND')
            throw new InputError('input.reader-missing', { format, pkg });
          throw e;
        });
      return pending;
    },
    get loaded() {
      return loaded;
    },
  };
}
