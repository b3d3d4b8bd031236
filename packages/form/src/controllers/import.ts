import type { Lang } from '@nianbao/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { download, fileNameFor, kindOfFile, parseJsonReport } from '../io.js';
import { exceededJsonLimit, type LimitExceeded } from '../limits.js';
import { loadMarkdownReader, loadMarkdownWriter } from '../markdown.js';
import { say } from '../messages.js';
import type { Notice } from './notice.js';

export interface ImportOptions {
  lang(): Lang;
  report(): Record<string, unknown>;
  /** Loads an imported report into the form, as a change by the person. */
  load(report: unknown): void;
  notify(notice: Notice): void;
}

/**
 * Reports in and out as files: import of JSON and Markdown (refused before parsing when too large
 * or nested too deeply), download as JSON or Markdown. The Markdown reader and writer load on first use.
 */
export class ImportController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly options: ImportOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Loads a report from a `.json` or Markdown file's text. Throws with a message naming what is wrong. */
  async importText(name: string, text: string): Promise<void> {
    const lang = this.options.lang();
    const json = kindOfFile(name, text) === 'json';
    // Refused before parsing: a hostile file must not freeze the page or overflow its stack.
    const over = json
      ? exceededJsonLimit(text)
      : (await import('../markdown-limits.js')).exceededMarkdownLimit(text);
    if (over) throw new RangeError(limitMessage(lang, over, text.length));
    let report: unknown;
    if (json) report = parseJsonReport(text, say(lang, 'importNotReport'));
    else {
      const read = await loadMarkdownReader();
      report = read(text, say(lang, 'importNotReport'));
    }
    this.options.load(report);
  }

  /** The file input's `change` listener. */
  readonly onFileChosen = async (e: Event): Promise<void> => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      // A successful load sets the notice itself (autosum may have replaced totals).
      await this.importText(file.name, await file.text());
    } catch (err) {
      this.options.notify(
        say(this.options.lang(), 'importFailed', {
          name: file.name,
          reason: (err as Error).message,
        }),
      );
    }
  };

  /** The report as Markdown in the canonical layout. */
  async toMarkdown(): Promise<string> {
    const write = await loadMarkdownWriter();
    return write(this.options.report());
  }

  readonly exportJson = (): void => {
    const report = this.options.report();
    download(
      document,
      fileNameFor(report, 'json'),
      'application/json',
      `${JSON.stringify(report, null, 2)}\n`,
    );
  };

  readonly exportMarkdown = async (): Promise<void> => {
    try {
      const md = await this.toMarkdown();
      download(document, fileNameFor(this.options.report(), 'md'), 'text/markdown', md);
    } catch (err) {
      this.options.notify((err as Error).message);
    }
  };
}

function limitMessage(lang: Lang, over: LimitExceeded, size: number): string {
  if (over.limit === 'size') return say(lang, 'tooLarge', { size, max: over.max });
  if (over.limit === 'members') return say(lang, 'tooManyValues', { max: over.max });
  return over.line
    ? say(lang, 'tooDeepAt', { line: over.line, max: over.max })
    : say(lang, 'tooDeep', { max: over.max });
}
