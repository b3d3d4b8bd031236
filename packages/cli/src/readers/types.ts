import type { Diagnostic, Lang, SourceLocation } from '@nianbao/core';

export interface ReadOptions {
  lang: Lang;
  /** The file's bytes, for the formats read from bytes (PDF, Word); `text` is then empty. */
  bytes?: Uint8Array;
}

/** What a reader makes of a document: the report model, where each value was written, and what it noticed while reading. */
export interface ReadResult {
  report: unknown;
  /** Location of each value, by JSON Pointer; empty when the input has no positions. */
  sources: ReadonlyMap<string, SourceLocation>;
  /** Findings about the document itself (a duplicate key, a missing section…), before core's rules. */
  findings: Diagnostic[];
}

/**
 * One input format. The command line knows formats only through this interface, so a new format
 * (HTML, plain text) is one more entry in the registry.
 */
export interface Reader {
  /** Stable id, printed in the `format` field of the JSON output: `json`, `md`, `html`, `txt`. */
  id: string;
  /** Extensions a folder walk picks up for this format. */
  extensions: readonly string[];
  /**
   * Formats read from bytes (PDF, Word): whether the file's first bytes are this format's. Such
   * a file is never decoded as text.
   */
  magic?(head: Uint8Array): boolean;
  /** How sure the reader is that this text is its format, from 0 (not at all) to 1; the extension is only a hint. */
  sniff(text: string, ext: string): number;
  /** Reads a report; throws an `InputError` when the document cannot be used. */
  read(text: string, options: ReadOptions): Promise<ReadResult>;
  /**
   * Every finding on the document, when the format has its own checker (Markdown: the same one the
   * editor plugin runs). Without it, the command line runs core's `checkReport` on `read`'s result.
   */
  check?(
    text: string,
    options: ReadOptions,
  ): Promise<{
    report: unknown;
    findings: Diagnostic[];
    sources: ReadonlyMap<string, SourceLocation>;
  }>;
  /** Writes a report in this format (for `convert --to` and `init`). */
  write?(report: unknown, options: ReadOptions): Promise<string>;
  /** Rewrites values in place for `fix`; the default is to splice the new values at their source offsets. */
  formatValue?(value: unknown): string;
  /**
   * `fix` may rewrite documents of this format in place: their reader records the offsets of every
   * value and the format is one a person edits (JSON, Markdown). A page or text read from a
   * published report is not: its values sit in markup or in layout that a splice could not keep.
   */
  fixable?: boolean;
  /**
   * Published pages are often GBK: a reader that takes them reads bytes that are not UTF-8 as
   * GB18030. Formats that `fix` rewrites in place (`fixable`) do not, since the rewrite is UTF-8.
   */
  legacyEncodings?: boolean;
}
