import type { Lang } from '@nianbao/core';
import { checkText, type FileResult } from '../check-file.js';
import { InputError } from '../i18n.js';
import { loadReport } from './load.js';

/** What checking one file gives: a result, or the reason it could not be used. */
export type Outcome = { ok: true; result: FileResult } | { ok: false; error: InputError };

export interface CheckJob {
  lang: Lang;
  maxBytes: number;
}

/** Reads and checks one file; never throws (a reader's own bug becomes an unusable input, not a crash of the whole run). */
export async function checkFileAt(path: string, job: CheckJob): Promise<Outcome> {
  try {
    const { text, reader, bytes } = await loadReport(path, job.maxBytes);
    return { ok: true, result: await checkText(text, path, job.lang, reader, bytes) };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, error: e };
    return {
      ok: false,
      error: new InputError('input.reader-failed', {
        reason: e instanceof Error ? e.message : String(e),
      }),
    };
  }
}
