import type { Diagnostic, Lang, Report2021 } from '@nianbao/core';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DraftController } from './controllers/drafts.js';
import { FormatLoadController } from './controllers/format-load.js';
import { FormValueController } from './controllers/form-value.js';
import { HistoryController } from './controllers/history.js';
import { ImportController } from './controllers/import.js';
import type { Notice } from './controllers/notice.js';
import { PasteController } from './controllers/paste.js';
import { TypingController } from './controllers/typing.js';
import { ReportEditor, type AnyReport } from './editor.js';
import { emptyReport } from './empty.js';
import { FindingsEvent } from './events.js';
import type { Edit } from './history.js';
import { langOf } from './messages.js';
import { replacedTotalsNotice } from './recomputed.js';
import {
  controlIn,
  descriptions,
  findingsPanel,
  metaSection,
  notice,
  reportSections,
  restoreOffer,
  toolbar,
  type FieldState,
} from './render/parts.js';
import { styles } from './styles.js';
import { upgradeProperty } from './upgrade.js';

/** For a load nobody awaits: its failure is already in the notice (see `load`). */
const inNotice = (): void => {};

/**
 * An annual report on government information disclosure (政府信息公开工作年度报告) as an editable
 * form in the layout of the national template, checked live against the template's
 * reconciliation rules (勾稽关系). It takes part in a host `<form>` like a native control,
 * submitting the report as JSON under its `name`.
 *
 * @summary The 政府信息公开工作年度报告 as a form that checks itself while you type.
 *
 * @event input - Any cell, field or narrative changed (native, composed from the inner control; also fired after a paste, undo or import).
 * @event change - A change was committed (a cell lost focus after an edit, a paste, an undo, an import).
 * @event nianbao-findings - `FindingsEvent` with `findings: Diagnostic[]`, after every change.
 * @event invalid - Native: the host form's validation found errors in the report.
 *
 * @csspart toolbar - The row of import, export, undo and print buttons.
 * @csspart notice - A notice (restore offer, import error).
 * @csspart section - Each of the report's sections.
 * @csspart heading - Section headings.
 * @csspart table - Each table.
 * @csspart label - Header and label cells of the tables.
 * @csspart cell - Every number input.
 * @csspart narrative - The narrative text areas (sections 一, 五, 六).
 * @csspart findings - The findings panel.
 * @csspart value - A value quoted in a finding's message.
 *
 * @cssproperty --nianbao-font - Font family of the form.
 * @cssproperty --nianbao-color - Text colour.
 * @cssproperty --nianbao-border - Border colour of tables and fields.
 * @cssproperty --nianbao-header-bg - Background of header and label cells.
 * @cssproperty --nianbao-computed-bg - Background of totals computed by `autosum`.
 * @cssproperty --nianbao-error - Colour marking errors.
 * @cssproperty --nianbao-warning - Colour marking warnings.
 * @cssproperty --nianbao-focus - Focus ring colour.
 * @cssproperty --nianbao-value-bg - Background of a value quoted in a finding's message.
 */
export class NianbaoReportForm extends LitElement {
  static formAssociated = true;
  static override styles = styles;
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  /** Language of the form's words and messages: `zh-CN` (default) or `en`. */
  // No initial value: an element without `lang` must not get an empty `lang` attribute (unknown language).
  @property({ reflect: true }) override lang!: string;
  /** Name under which the report's JSON is submitted with the host form. */
  @property({ reflect: true }) name = '';
  /** Shows the report without allowing edits. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** Disables the form; a disabled form submits nothing, as native controls do. */
  // Reflected by willUpdate, before render: the attribute drives formDisabledCallback, which render reads.
  @property({ type: Boolean }) disabled = false;
  /** Computes every total from its leaf cells while typing and shows the totals read-only. */
  @property({ type: Boolean, reflect: true }) autosum = false;
  /** localStorage key for drafts; when set, every change is saved there and a saved draft is offered for restore. */
  @property({ attribute: 'autosave-key' }) autosaveKey = '';
  /** Asks before the page is left with changes that were not submitted. */
  @property({ type: Boolean, attribute: 'leave-guard' }) leaveGuard = false;

  /** A notice above the form (an import error, totals autosum replaced, a paste that did not fit). */
  @state() private notice: Notice = '';

  // The empty report is checked only if no value arrives first: a page that sets `value` right
  // away (the usual case) does not pay for checking a report it never shows.
  private current?: ReportEditor;
  private defaultJson = '';

  private readonly formValue = new FormValueController(this, {
    findings: () => this.findings,
    lang: () => this.uiLang,
    controlFor: (p) => controlIn(this.renderRoot, p),
    submitted: (e) => this.drafts.submitted(e),
  });
  private readonly drafts = new DraftController(this, {
    key: () => this.autosaveKey,
    leaveGuard: () => this.leaveGuard,
    report: () => this.editor.report,
    restore: (v) => {
      this.load(v, false, () => this.emit(true)).catch(inNotice);
    },
  });
  private readonly history = new HistoryController(this, {
    apply: (edits) => this.commitEdits(edits),
    blocked: () => this.blocked,
  });
  private readonly paste = new PasteController(this, {
    editor: () => this.editor,
    blocked: () => this.blocked,
    autosum: () => this.autosum,
    notify: (n) => {
      this.notice = n;
    },
    commit: (edits) => {
      this.history.seal();
      this.commitEdits(edits);
      this.history.record(edits);
    },
  });
  private readonly formats = new FormatLoadController(this, {
    notify: (n) => {
      this.notice = n;
    },
  });
  private readonly files = new ImportController(this, {
    lang: () => this.uiLang,
    report: () => this.editor.report,
    load: (report) =>
      this.load(report, false, () => {
        this.drafts.dirty = true;
        this.emit(true);
      }),
    notify: (n) => {
      this.notice = n;
    },
  });

  private readonly typing = new TypingController(this, {
    editor: () => this.editor,
    autosum: () => this.autosum,
    history: this.history,
    changed: () => this.afterChange(true),
    committed: () => {
      this.requestUpdate();
      this.dispatchEvent(new Event('change', { bubbles: true }));
    },
    focus: (p) => this.focusPath(p),
    paste: (e, p) => this.paste.onPaste(e, p),
  });

  /** The report being edited; the empty report until a value is set. */
  private get editor(): ReportEditor {
    if (!this.current) {
      this.current = ReportEditor.empty();
      this.defaultJson = JSON.stringify(this.current.report);
    }
    return this.current;
  }

  // ——— value ———

  /** The report (a copy): JSON of the 2021 format, blank cells `null`, text typed into number cells kept as strings. */
  get value(): Report2021 {
    return structuredClone(this.editor.report) as unknown as Report2021;
  }
  set value(v: Report2021 | AnyReport | null | undefined) {
    this.load(v ?? emptyReport(this.editor.layout), true).catch(inNotice);
  }

  /** Every current finding. */
  get findings(): readonly Diagnostic[] {
    return this.editor.findings;
  }

  private get uiLang(): Lang {
    return langOf(this.lang);
  }

  private get locked(): boolean {
    return this.disabled || this.formValue.formDisabled;
  }

  /** Read-only or disabled: nothing may change. */
  private get blocked(): boolean {
    return this.readonly || this.locked;
  }

  /**
   * Replaces the report (throws, changing nothing, when `v` is no report); `asDefault` makes it
   * what a form reset returns to. A 2019 report in a browser replaces the current one once its
   * checks have arrived (FormatLoadController); the promise says when, `updateComplete` waits.
   */
  private load(v: unknown, asDefault: boolean, then?: () => void): Promise<void> {
    ReportEditor.assertReport(v);
    return this.formats.open(v, (report) => {
      this.replace(report, asDefault);
      then?.();
    });
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await this.formats.settled();
    return super.getUpdateComplete();
  }

  private replace(v: AnyReport, asDefault: boolean) {
    const { editor, replaced } = ReportEditor.open(v, this.autosum);
    if (!asDefault) void this.editor; // the empty report stays the default to reset to
    this.current = editor;
    this.notice = replaced.length
      ? (lang) => replacedTotalsNotice(editor.layout, replaced, lang)
      : '';
    this.history.clear();
    const json = this.afterChange(false);
    if (asDefault) {
      this.defaultJson = json;
      this.drafts.dirty = false;
    }
  }

  override connectedCallback(): void {
    upgradeProperty(this, 'value');
    void this.editor;
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('disabled')) this.toggleAttribute('disabled', this.disabled);
    if (changed.has('autosum') && this.autosum && changed.get('autosum') !== undefined)
      this.load(this.editor.report, false).catch(inNotice);
    if (changed.has('autosaveKey') && this.autosaveKey && this.isConnected)
      this.drafts.offerSaved();
  }

  // ——— form association (see FormValueController) ———

  /** The host `<form>`, as for native controls. */
  get form(): HTMLFormElement | null {
    return this.formValue.internals.form;
  }
  get validity(): ValidityState {
    return this.formValue.internals.validity;
  }
  get validationMessage(): string {
    return this.formValue.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.formValue.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.formValue.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.formValue.internals.reportValidity();
  }
  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.formValue.associated(form);
  }
  formResetCallback(): void {
    this.load(JSON.parse(this.defaultJson), false, () => {
      this.drafts.dirty = false;
      this.emit(true);
    }).catch(inNotice);
  }
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      this.load(JSON.parse(state), false).catch(inNotice);
    } catch {
      /* a state we did not write: keep the current value */
    }
  }
  formDisabledCallback(disabled: boolean): void {
    this.formValue.disabledChanged(disabled);
  }

  // ——— editing ———

  /** After any change: findings, form value, draft, render, events. Returns the report's JSON. */
  private afterChange(userEdit: boolean): string {
    const findings = this.editor.refreshFindings(this.uiLang);
    const json = JSON.stringify(this.editor.report);
    this.formValue.setValue(json);
    this.drafts.changed(userEdit);
    this.requestUpdate();
    this.dispatchEvent(new FindingsEvent(findings));
    return json;
  }

  private emit(change: boolean) {
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (change) this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Applies cell edits (a paste, an undo, a redo) as a change by the person. */
  private commitEdits(edits: readonly Edit[]) {
    this.editor.applyEdits(edits, this.autosum);
    this.afterChange(true);
    this.emit(true);
  }

  /** Undoes the last edit (a paste counts as one). Returns whether there was one. */
  undo(): boolean {
    return this.history.undo();
  }
  /** Redoes the last undone edit. */
  redo(): boolean {
    return this.history.redo();
  }

  /** Moves the focus to the control of a JSON Pointer (a cell, a field or a narrative). */
  focusPath(path: string): boolean {
    const el = controlIn(this.renderRoot, path);
    if (!el) return false;
    el.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    el.focus();
    if (el instanceof HTMLInputElement) el.select();
    return true;
  }

  // ——— drafts, import, export (see DraftController, ImportController) ———

  /** Restores the draft saved under `autosave-key`, if there is one. */
  restoreDraft(): boolean {
    return this.drafts.restore();
  }
  /** Forgets the draft saved under `autosave-key`. */
  discardDraft(): void {
    this.drafts.discard();
  }
  /**
   * Tells the form that the page saved its report by script (a submission it cancelled to send
   * with `fetch`): the draft is dropped and the leave guard rests. Until then both keep the edits.
   */
  markSaved(): void {
    this.drafts.saved();
  }
  /** Loads a report from a `.json` or Markdown file's text, as the Import button does. Throws with a message naming what is wrong. */
  importText(name: string, text: string): Promise<void> {
    return this.files.importText(name, text);
  }
  /** The report as Markdown in the canonical layout (loads the writer on first use). */
  toMarkdown(): Promise<string> {
    return this.files.toMarkdown();
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    const lang = this.uiLang;
    const editor = this.editor;
    const off = this.blocked;
    const fields: FieldState = {
      report: editor.report,
      marks: editor.marks,
      readonly: this.readonly,
      locked: this.locked,
      onInput: this.typing.onFieldInput,
      onChange: this.typing.onCommit,
    };
    const cells = {
      text: (p: string, s: readonly string[]) => editor.textOf(p, s),
      marks: editor.marks,
      readonly: this.readonly,
      locked: this.locked,
    };
    const { offer } = this.drafts;
    return html`
      ${toolbar(lang, {
        off,
        canUndo: this.history.canUndo,
        canRedo: this.history.canRedo,
        onImport: this.files.onFileChosen,
        exportJson: this.files.exportJson,
        exportMarkdown: this.files.exportMarkdown,
        undo: () => this.undo(),
        redo: () => this.redo(),
      })}
      ${offer ? restoreOffer(lang, offer, this.drafts) : nothing}
      ${notice(typeof this.notice === 'function' ? this.notice(lang) : this.notice)}
      ${findingsPanel(lang, editor.findings, (d) => this.focusPath(d.path) || this.focusPath(d.paths.find((p) => controlIn(this.renderRoot, p)) ?? ''))}
      ${metaSection(lang, fields)}
      ${reportSections(editor.model, lang, this.autosum, fields, cells, this.typing.tableHandlers)}
      ${descriptions(editor.marks)}
    `;
  }
}
