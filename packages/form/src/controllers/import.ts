import type { Lang } from '@nianbao/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { say } from '../messages.js';
import type { Notice } from './notice.js';

export interface ImportOptions {
  lang(): Lang;
  report(): Record<string, unknown>;
  /** Loads an imported report into the form, as a change by the person. */
  load(report: unknown): Promise<void>;
  notify(notice: Notice): void;
}

/** The file code (files.ts: readers, limits, downloads), fetched on the first import or download. */
const files = () => import('../files.js');

/**
 * Reports in and out as files: import of JSON and Markdown (refused before parsing when too large
 * or nested too deeply), download as JSON or Markdown.
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
    const f = await files();
    await this.options.load(await f.readReportFile(name, text, this.options.lang()));
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
      const reason = (err as Error).message;
      this.options.notify(say(this.options.lang(), 'importFailed', { name: file.name, reason }));
    }
  };

  /** The report as Markdown in the canonical layout. */
  async toMarkdown(): Promise<string> {
    return (await files()).toMarkdown(this.options.report());
  }

  readonly exportJson = (): Promise<void> => this.download('json');
  readonly exportMarkdown = (): Promise<void> => this.download('md');

  private async download(kind: 'json' | 'md') {
    try {
      await (await files()).downloadReport(this.options.report(), kind);
    } catch (err) {
      this.options.notify((err as Error).message);
    }
  }
}
