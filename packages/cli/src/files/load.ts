import { open, readFile, stat } from 'node:fs/promises';
import { InputError } from '../i18n.js';

/** Real reports are a few kilobytes (the largest HTML page seen is about 110 KB). */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 1)} MB`;

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Reads a file as UTF-8 text, refusing what is not text before any reader sees it: too large
 * (checked before reading), binary, UTF-16, or not UTF-8 (most often GBK, which Chinese
 * government sites still use).
 */
export async function loadText(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<string> {
  return (await loadFile(path, maxBytes)).text;
}

export interface Loaded {
  /** The text without its byte-order mark. */
  text: string;
  /** The file began with a UTF-8 byte-order mark, which a rewrite must keep. */
  bom: boolean;
}

export interface LoadedDocument {
  text: string;
  /**
   * Set when the bytes were not UTF-8 and were read as GB18030 (GBK, GB2312), as Chinese government
   * sites still serve their pages: the error to give if the format's reader does not take legacy
   * encodings (`Reader.legacyEncodings`).
   */
  notUtf8?: InputError;
}

/**
 * Reads a document to be checked or converted: UTF-8, else GB18030 (as @nianbao/import's
 * `decodeBytes`), with the same refusals as `loadFile` for what is not text at all.
 */
export async function loadDocument(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<LoadedDocument> {
  try {
    return { text: (await loadFile(path, maxBytes)).text };
  } catch (e) {
    if (!(e instanceof InputError) || e.id !== 'input.not-utf8') throw e;
    const bytes = await readFile(path);
    return { text: gb18030.decode(bytes), notUtf8: e };
  }
}

const gb18030 = new TextDecoder('gb18030');

export async function loadFile(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Loaded> {
  let handle;
  try {
    // Looked at before opening: opening a named pipe would wait for a writer forever.
    if (!(await stat(path)).isFile()) throw new InputError('input.not-a-file');
    handle = await open(path, 'r');
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('input.missing');
    throw new InputError('input.unreadable', { reason: code ?? String(e) });
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new InputError('input.not-a-file');
    if (st.size > maxBytes)
      throw new InputError('input.too-large', {
        size: mb(st.size),
        limit: mb(maxBytes),
      });
    const bytes = await handle.readFile();
    if (bytes.length > maxBytes)
      throw new InputError('input.too-large', {
        size: mb(bytes.length),
        limit: mb(maxBytes),
      });
    return {
      text: decode(bytes),
      bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf,
    };
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'EISDIR' ? 'input.not-a-file' : 'input.unreadable', { reason: code ?? String(e) });
  } finally {
    await handle.close();
  }
}

export function decode(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('input.empty', {}, true);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) throw new InputError('input.utf16');
  // Text never holds NUL; binary formats nearly always do within the first few kilobytes.
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new InputError('input.binary');
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError('input.not-utf8', { line: firstBadLine(bytes) });
  }
}

function firstBadLine(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  const bad = text.indexOf('\ufffd');
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < bad; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
