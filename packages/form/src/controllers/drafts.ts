import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dropDraft, readDraft, writeDraft, type Draft } from '../autosave.js';

export interface DraftOptions {
  /** The `autosave-key`: drafts are kept only when it is set. */
  key(): string;
  /** Whether leaving the page with unsubmitted changes asks first (`leave-guard`). */
  leaveGuard(): boolean;
  report(): unknown;
  /** Loads a restored draft into the form. */
  restore(value: unknown): void;
}

/**
 * Unsubmitted work: every change saved as a draft in localStorage under `autosave-key`, a saved
 * draft offered for restore, and the leave guard that asks before such changes are left behind.
 */
export class DraftController implements ReactiveController {
  /** A saved draft that differs from the report shown, offered for restore. */
  offer: Draft | null = null;
  /** Changed since loaded or submitted. */
  dirty = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DraftOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeunload', this.onBeforeUnload);
    this.offerSaved();
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeunload', this.onBeforeUnload);
  }

  /** After a change: a person's edit makes the form dirty and is saved as a draft. */
  changed(userEdit: boolean): void {
    if (!userEdit) return;
    this.dirty = true;
    const key = this.options.key();
    if (key) writeDraft(key, this.options.report());
  }

  /**
   * The host form was submitted. When the form really sends it, the draft and the leave guard have
   * done their job. A page that cancels the submission to send the report by script keeps both
   * until it says the report was saved (`saved`): a refused or failed save must lose nothing.
   */
  submitted(e: Event): void {
    // Read once every listener has run: the page's own listener may cancel the submission.
    setTimeout(() => {
      if (!e.defaultPrevented) this.saved();
    });
  }

  /** The report was saved: no draft to keep, nothing for the leave guard to guard. */
  saved(): void {
    this.dirty = false;
    const key = this.options.key();
    if (key) dropDraft(key);
  }

  /** Offers the draft saved under the key, when there is one that differs from the report shown. */
  offerSaved(): void {
    const key = this.options.key();
    if (!key || this.offer) return;
    const d = readDraft(key);
    this.offer = d && JSON.stringify(d.value) !== JSON.stringify(this.options.report()) ? d : null;
    this.host.requestUpdate();
  }

  restore(): boolean {
    const key = this.options.key();
    const d = this.offer ?? (key ? readDraft(key) : null);
    this.offer = null;
    this.host.requestUpdate();
    if (!d) return false;
    this.options.restore(d.value);
    this.dirty = true;
    return true;
  }

  discard(): void {
    this.offer = null;
    this.host.requestUpdate();
    const key = this.options.key();
    if (key) dropDraft(key);
  }

  private readonly onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (!this.options.leaveGuard() || !this.dirty) return;
    e.preventDefault();
    e.returnValue = '';
  };
}
