import { formatOf, formatReady, loadFormat } from '@nianbao/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnyReport } from '../editor.js';
import { say } from '../messages.js';
import type { Notice } from './notice.js';

export interface FormatLoadOptions {
  notify(notice: Notice): void;
}

/**
 * Opens reports whose format's checks are fetched on first use (the 2019 format in a browser, see
 * core's `loadFormat`), so that a page editing 2021 reports never downloads them. A report of a
 * format at hand opens at once; another once its checks have arrived, unless a later report was
 * opened meanwhile.
 */
export class FormatLoadController implements ReactiveController {
  /** The open still waiting for its format's checks. */
  private pending: Promise<void> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: FormatLoadOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Calls `apply` with `report` (a copy when it must wait); the promise says when, or why not. */
  open(report: AnyReport, apply: (report: AnyReport) => void): Promise<void> {
    const format = formatOf(report);
    if (formatReady(format)) {
      this.pending = undefined;
      apply(report);
      return Promise.resolve();
    }
    const copy = structuredClone(report);
    const pending = loadFormat(format).then(
      () => {
        if (this.pending !== pending) return;
        this.pending = undefined;
        apply(copy);
      },
      (err: unknown) => {
        if (this.pending === pending) this.pending = undefined;
        // Said where the person sees it; the caller's promise rejects too (an import names its file).
        this.options.notify((lang) => say(lang, 'formatUnavailable', { format }));
        throw err;
      },
    );
    this.pending = pending;
    return pending;
  }

  /** Resolves once no report waits for its format's checks (a failure is reported by `open`). */
  async settled(): Promise<void> {
    await this.pending?.catch(() => {});
  }
}
