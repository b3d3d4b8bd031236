import { cellAt } from '@nianbao/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReportEditor } from '../editor.js';
import { cellToMoveTo } from '../keyboard.js';
import type { TableHandlers } from '../render/table.js';
import type { HistoryController } from './history.js';

/** Every control's id is `i` + its JSON Pointer. */
const pathOf = (el: EventTarget | null): string => {
  const id = (el as Element | null)?.id ?? '';
  return id.startsWith('i/') ? id.slice(1) : '';
};

export interface TypingOptions {
  editor(): ReportEditor;
  autosum(): boolean;
  history: HistoryController;
  /** After each keystroke: findings, value, draft, render. */
  changed(): void;
  /** An edit was committed (the control lost focus after it): the host fires `change`. */
  committed(): void;
  focus(path: string): void;
  paste(e: ClipboardEvent, path: string): void;
}

/**
 * Typing into the form: cells, fields and narratives take what is typed on each keystroke (a cell
 * keeps its text as typed, see ReportEditor), an edit is committed when its control is left, and
 * arrow keys, Enter and Ctrl+Z / Ctrl+Y work in the tables as in a spreadsheet.
 */
export class TypingController implements ReactiveController {
  private pending = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: TypingOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  readonly onCellInput = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    const editor = this.options.editor();
    const cell = cellAt(editor.layout, pathOf(input));
    if (!cell) return;
    const before = editor.textOf(cell.path);
    editor.setCellText(cell, input.value);
    if (this.options.autosum()) editor.applyTotals();
    this.options.history.record([{ path: cell.path, before, after: input.value }], true);
    this.pending = true;
    this.options.changed();
    // The native `input` event goes on out of the shadow root by itself (it is composed).
  };

  readonly onFieldInput = (e: Event): void => {
    const el = e.target as HTMLInputElement | HTMLTextAreaElement;
    const path = pathOf(el);
    if (!path) return;
    this.options.editor().setField(path, el.value);
    this.pending = true;
    this.options.changed();
  };

  readonly onCommit = (): void => {
    // `change` does not leave a shadow root by itself; the host fires its own.
    if (!this.pending) return;
    this.pending = false;
    this.options.history.seal();
    this.options.editor().settleDrafts();
    this.options.committed();
  };

  private readonly onKeydown = (e: KeyboardEvent): void => {
    const path = pathOf(e.target);
    if (!path || this.options.history.handleShortcut(e)) return;
    const to = cellToMoveTo(e, path, this.options.editor().model.nav);
    if (to) this.options.focus(to);
  };

  /** The listeners of every table. */
  readonly tableHandlers: TableHandlers = {
    keydown: this.onKeydown,
    paste: (e) => this.options.paste(e, pathOf(e.target)),
    input: this.onCellInput,
    change: this.onCommit,
  };
}
