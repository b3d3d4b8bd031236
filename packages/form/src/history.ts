/** One change of one cell or field, as the text the person saw before and after. */
export interface Edit {
  path: string;
  before: string;
  after: string;
}

/**
 * Undo and redo over batches of edits (a paste is one batch). Typing into one cell coalesces into
 * one entry until the focus moves, as a spreadsheet does.
 */
export class History {
  private done: Edit[][] = [];
  private undone: Edit[][] = [];
  private open: string | null = null;

  record(batch: Edit[], coalesce = false): void {
    if (!batch.length) return;
    const last = this.done[this.done.length - 1];
    if (
      coalesce &&
      last &&
      last.length === 1 &&
      batch.length === 1 &&
      this.open === batch[0].path &&
      last[0].path === batch[0].path
    ) {
      last[0] = { ...last[0], after: batch[0].after };
    } else this.done.push(batch);
    this.open = coalesce && batch.length === 1 ? batch[0].path : null;
    this.undone = [];
  }

  /** Ends the coalescing of the current cell (focus moved on). */
  seal(): void {
    this.open = null;
  }

  undo(): Edit[] | undefined {
    const b = this.done.pop();
    if (b) this.undone.push(b);
    this.open = null;
    return b?.map((e) => ({ path: e.path, before: e.after, after: e.before })).reverse();
  }

  redo(): Edit[] | undefined {
    const b = this.undone.pop();
    if (b) this.done.push(b);
    this.open = null;
    return b;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }
  get canRedo(): boolean {
    return this.undone.length > 0;
  }
  clear(): void {
    this.done = [];
    this.undone = [];
    this.open = null;
  }
}
