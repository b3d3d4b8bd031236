import { type FileHandle, open, readFile, stat } from 'node:fs/promises';
import { InputError } from '../i18n.js';
import { fallbackReader } from '../readers/fallback.js';
import { binaryReader, rankReaders } from '../readers/registry.js';
import { type FileStamp, stampOf } from './stamp.js';
import type { Reader } from '../readers/types.js';

/** Real reports are a few kilobytes (the largest HTML page seen is about 110 KB). */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 1)} MB`;

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Reads a file as UTF-8 text, refusing what is not text before any reader sees it: too large
 * (checked before reading), binary, UTF-16, or not UTF-8 (most often GBK, which Chinese
 * government sites still use). For `fix`, which writes the text back; everything else reads
 * through `loadReport`.
 */
export interface Loaded {
  /** The text without its byte-order mark. */
  text: string;
  /** The file began with a UTF-8 byte-order mark, which a rewrite must keep. */
  bom: boolean;
  /** What the file was when read, for `fix` to make sure it still is before replacing it. */
  stamp: FileStamp;
}

export interface LoadedReport {
  /** The text, empty for a format read from bytes (PDF, Word). */
  text: string;
  /** The file's bytes, for a format read from bytes. */
  bytes?: Uint8Array;
  /** The reader for this document, chosen by its content; when it finds no report, the next one by content tries. */
  reader: Reader;
  /** The file began with a UTF-8 byte-order mark, which a rewrite must keep. */
  bom: boolean;
  /** Set when read as UTF-8 (the formats `fix` rewrites). */
  stamp?: FileStamp;
}

/**
 * Reads a report to be checked, converted or added up, and picks its reader. UTF-8, else, for the
 * formats that take legacy encodings (HTML and text pages, which Chinese government sites still
 * serve as GBK), GB18030 as @nianbao/import's `decodeBytes` does; JSON and Markdown must be
 * UTF-8 since `fix` rewrites them in UTF-8. The same refusals as `loadFile` for what is not text.
 */
export async function loadReport(
  path: string,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<LoadedReport> {
  let text: string;
  let bom = false;
  let stamp: FileStamp | undefined;
  let notUtf8: InputError | undefined;
  // PDF and Word files are told by their first bytes and never decoded as text.
  const head = await firstBytes(path, 1024);
  const binary = head && binaryReader(head);
  if (binary)
    return { text: '', bytes: await loadBytes(path, maxBytes), reader: binary, bom: false };
  try {
    ({ text, bom, stamp } = await loadFile(path, maxBytes));
  } catch (e) {
    if (!(e instanceof InputError) || e.id !== 'input.not-utf8') throw e;
    // Within the size limit: loadFile looked before reading.
    text = gb18030.decode(await readFile(path));
    notUtf8 = e;
  }
  const ranked = rankReaders(text, path);
  if (notUtf8 && !ranked[0].legacyEncodings) throw notUtf8;
  // Text that is not UTF-8 goes only to the readers that take legacy encodings.
  const reader = fallbackReader(notUtf8 ? ranked.filter((r) => r.legacyEncodings) : ranked);
  return { text, reader, bom, stamp };
}

const gb18030 = new TextDecoder('gb18030');

/** The first bytes of a file, or undefined when it cannot be read (`loadFile` then says why). */
async function firstBytes(path: string, n: number): Promise<Uint8Array | undefined> {
  let handle: FileHandle | undefined;
  try {
    if (!(await stat(path)).isFile()) return undefined;
    handle = await open(path, 'r');
    const buf = new Uint8Array(n);
    const { bytesRead } = await handle.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } catch {
    return undefined;
  } finally {
    await handle?.close();
  }
}

/** A file's bytes, refused over the size limit before they are read. */
export async function loadBytes(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  const st = await stat(path);
  if (st.size > maxBytes)
    throw new InputError('input.too-large', { size: mb(st.size), limit: mb(maxBytes) });
  const bytes = new Uint8Array(await readFile(path));
  if (bytes.length === 0) throw new InputError('input.empty', {}, true);
  return bytes;
}

export async function loadFile(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Loaded> {
  let handle: FileHandle;
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
    const st = await handle.stat({ bigint: true });
    if (!st.isFile()) throw new InputError('input.not-a-file');
    if (st.size > BigInt(maxBytes))
      throw new InputError('input.too-large', {
        size: mb(Number(st.size)),
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
      stamp: stampOf(st, bytes),
    };
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'EISDIR' ? 'input.not-a-file' : 'input.unreadable', {
      reason: code ?? String(e),
    });
  } finally {
    await handle.close();
  }
}

export function decode(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('input.empty', {}, true);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new InputError('input.utf16');
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
