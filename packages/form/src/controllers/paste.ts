import { cellAt, type CellInfo } from '@nianbao/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReportEditor } from '../editor.js';
import type { Edit } from '../history.js';
import { say } from '../messages.js';
import { hasLabels, layBlock, readClipboard, valueBlock } from '../paste.js';
import type { Notice } from './notice.js';

export interface PasteOptions {
  editor(): ReportEditor;
  /** Read-only or disabled: nothing may change. */
  blocked(): boolean;
  autosum(): boolean;
  /** Shows a notice about the paste (or clears it with ''). */
  notify(notice: Notice): void;
  /** Applies the edits as one undoable step. */
  commit(edits: Edit[]): void;
}

/**
 * Pasting a block into the tables: values alone are laid over the cells from the focused one, as a
 * spreadsheet does, saying how many fell outside the table; a block copied with its labels goes to
 * the cells its labels name (read by core's grid reader, loaded on first use).
 */
export class PasteController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly options: PasteOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The tables' `paste` listener: `path` is the cell that has the focus. */
  onPaste(e: ClipboardEvent, path: string): void {
    const editor = this.options.editor();
    const pos = editor.model.nav.get(path);
    const cell = cellAt(editor.layout, path);
    if (!pos || !cell || !e.clipboardData || this.options.blocked()) return;
    const rows = readClipboard({
      html: e.clipboardData.getData('text/html'),
      text: e.clipboardData.getData('text/plain'),
    });
    if (rows.length <= 1 && (rows[0]?.length ?? 0) <= 1) return; // one value: the input pastes it natively
    e.preventDefault();
    if (hasLabels(rows)) {
      void this.pasteLabelled(cell.table, rows);
      return;
    }
    const laid = layBlock(valueBlock(rows), pos.rows, pos.r, pos.c);
    const outside = laid.valuesBelow + laid.valuesRight;
    this.options.notify(
      outside
        ? (lang) =>
            say(lang, 'pasteOutside', {
              total: laid.total,
              n: outside,
              rows: laid.rowsBelow,
              cols: laid.valuesRight,
            })
        : '',
    );
    this.commit(laid.cells);
  }

  /** A block copied with its labels: every value goes to the cell its labels name, wherever the focus is. */
  private async pasteLabelled(table: CellInfo['table'], rows: string[][]) {
    const layout = this.options.editor().layout;
    let read: typeof import('../labelled-paste.js');
    try {
      read = await import('../labelled-paste.js');
    } catch (err) {
      this.options.notify((err as Error).message);
      return;
    }
    // The report may have been replaced or locked while the reader loaded.
    if (layout !== this.options.editor().layout || this.options.blocked()) return;
    const { cells, unplaced } = read.labelledPaste(layout, table, rows);
    this.options.notify(
      !cells.size
        ? (lang) => say(lang, 'pasteNotPlaced')
        : unplaced
          ? (lang) => say(lang, 'pasteRowsUnplaced', { n: unplaced })
          : '',
    );
    this.commit(cells);
  }

  /** The pasted texts as edits of the cells they change; with autosum, totals stay computed. */
  private commit(texts: ReadonlyMap<string, string>) {
    const editor = this.options.editor();
    const autosum = this.options.autosum();
    const edits: Edit[] = [];
    for (const [p, text] of texts) {
      if (autosum && editor.model.derived.includes(p)) continue;
      const before = editor.textOf(p);
      if (before !== text) edits.push({ path: p, before, after: text });
    }
    this.options.commit(edits);
  }
}
