import type { SchemaValidator } from '../check/schema-errors.js';

/**
 * A format's precompiled schema validator, or a loader that fetches it on first use. Node has
 * every format's validator at hand; a browser bundle loads the older formats' validators as
 * separate chunks, so that a page editing a 2021 report never downloads them.
 */
export type ValidatorEntry =
  | { validator: SchemaValidator }
  | { load: () => Promise<SchemaValidator> };

/** Every format's validator entry, and the lazily loaded ones once fetched. */
export class ValidatorRegistry {
  private readonly loaded = new Map<string, SchemaValidator>();
  private readonly loading = new Map<string, Promise<SchemaValidator>>();

  constructor(private readonly entries: Readonly<Record<string, ValidatorEntry>>) {}

  private entry(format: string): ValidatorEntry | undefined {
    return Object.hasOwn(this.entries, format) ? this.entries[format] : undefined;
  }

  /** The format's validator when it is at hand, else undefined (unknown, or not loaded yet). */
  get(format: string): SchemaValidator | undefined {
    const e = this.entry(format);
    return e && 'validator' in e ? e.validator : this.loaded.get(format);
  }

  /** The format's validator, fetched once when it is loaded lazily. */
  load(format: string): Promise<SchemaValidator> {
    const e = this.entry(format);
    if (!e) return Promise.reject(new Error(`No validator for report format "${format}"`));
    if ('validator' in e) return Promise.resolve(e.validator);
    let p = this.loading.get(format);
    if (!p) {
      p = e.load().then(
        (v) => {
          this.loaded.set(format, v);
          return v;
        },
        (err: unknown) => {
          // A failed fetch (offline, a redeploy) may be retried by the next load.
          this.loading.delete(format);
          throw err;
        },
      );
      this.loading.set(format, p);
    }
    return p;
  }
}
