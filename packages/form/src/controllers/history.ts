import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { History, type Edit } from '../history.js';

export interface HistoryOptions {
  /** Applies a batch of edits (an undo or redo) to the report, as a change by the person. */
  apply(edits: Edit[]): void;
  /** Read-only or disabled: nothing may change. */
  blocked(): boolean;
}

/** Undo and redo of cell edits (a paste is one step), from the toolbar, the API and Ctrl+Z / Ctrl+Y. */
export class HistoryController implements ReactiveController {
  private readonly history = new History();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: HistoryOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get canUndo(): boolean {
    return this.history.canUndo;
  }
  get canRedo(): boolean {
    return this.history.canRedo;
  }

  /** Records edits; typing into one cell coalesces until the focus moves (`seal`). */
  record(edits: Edit[], coalesce = false): void {
    this.history.record(edits, coalesce);
  }
  seal(): void {
    this.history.seal();
  }
  clear(): void {
    this.history.clear();
  }

  undo(): boolean {
    return this.replay(this.history.undo());
  }
  redo(): boolean {
    return this.replay(this.history.redo());
  }

  /** Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z in a cell; true when the key was one of them. */
  handleShortcut(e: KeyboardEvent): boolean {
    const key = e.key.toLowerCase();
    if (!(e.ctrlKey || e.metaKey) || e.altKey || (key !== 'z' && key !== 'y')) return false;
    e.preventDefault();
    if (key === 'y' || e.shiftKey) this.redo();
    else this.undo();
    return true;
  }

  private replay(edits: Edit[] | undefined): boolean {
    if (!edits || this.options.blocked()) return false;
    this.options.apply(edits);
    this.host.requestUpdate();
    return true;
  }
}
