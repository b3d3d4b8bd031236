import {
  cellAt,
  cellsOf,
  checkerFor,
  computeTotals,
  formatOf,
  getAt,
  getFormat,
  labelIn,
  readAt,
  readCellText,
  segmentsOf,
  setAt,
  SEVERITY_ORDER,
  type CellInfo,
  type CheckSession,
  type Diagnostic,
  type FormatLayout,
  type Lang,
  type Report2021,
  type SectionLayout,
} from '@nianbao/core';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { dropDraft, readDraft, writeDraft, type Draft } from './autosave.js';
import { emptyReport } from './empty.js';
import { FindingsEvent } from './events.js';
import { navigationRows, tableGrid, type TableGrid } from './grid.js';
import { History, type Edit } from './history.js';
import { download, fileNameFor, kindOfFile, parseJsonReport } from './io.js';
import { loadMarkdownReader, loadMarkdownWriter } from './markdown.js';
import { langOf, say, sectionNo, type MessageKey } from './messages.js';
import { hasLabels, readClipboard, valueBlock } from './paste.js';
import { replacedTotals, replacedTotalsNotice } from './recomputed.js';
import { styles } from './styles.js';
import { cloneTable, type CellDom, type TableDom } from './table-dom.js';

type AnyReport = Record<string, unknown>;

const META_FIELDS = [
  { key: 'agency', path: '/meta/agency', type: 'text' },
  { key: 'year', path: '/meta/year', type: 'number' },
  { key: 'title', path: '/meta/title', type: 'text' },
] as const satisfies readonly { key: MessageKey; path: string; type: string }[];

/** Every control's id is `i` + its JSON Pointer. */
const pathOf = (el: EventTarget | null): string => {
  const id = (el as Element | null)?.id ?? '';
  return id.startsWith('i/') ? id.slice(1) : '';
};

/** How a stored cell value is shown when nobody typed it: numbers as written, blanks empty. */
const shown = (v: unknown): string =>
  typeof v === 'number' ? String(v) : typeof v === 'string' ? v : '';

/** Per-layout data the element derives once: grids, keyboard map, derived cells. */
interface LayoutModel {
  layout: FormatLayout;
  grids: Map<string, TableGrid>;
  /** path → [table id, visual row, column] for arrow-key moves. */
  nav: Map<string, { rows: string[][]; r: number; c: number }>;
  derived: string[];
}
const models = new WeakMap<FormatLayout, LayoutModel>();
function modelOf(layout: FormatLayout): LayoutModel {
  let m = models.get(layout);
  if (m) return m;
  const grids = new Map(layout.tables.map((t) => [t.id, tableGrid(layout, t)]));
  const nav = new Map<string, { rows: string[][]; r: number; c: number }>();
  for (const g of grids.values()) {
    const rows = navigationRows(g);
    rows.forEach((row, r) => {
      row.forEach((p, c) => {
        nav.set(p, { rows, r, c });
      });
    });
  }
  m = {
    layout,
    grids,
    nav,
    derived: cellsOf(layout)
      .filter((c) => c.derived)
      .map((c) => c.path),
  };
  models.set(layout, m);
  return m;
}

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
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** Computes every total from its leaf cells while typing and shows the totals read-only. */
  @property({ type: Boolean, reflect: true }) autosum = false;
  /** localStorage key for drafts; when set, every change is saved there and a saved draft is offered for restore. */
  @property({ attribute: 'autosave-key' }) autosaveKey = '';
  /** Asks before the page is left with changes that were not submitted. */
  @property({ type: Boolean, attribute: 'leave-guard' }) leaveGuard = false;

  @state() private findingsList: readonly Diagnostic[] = [];
  @state() private offer: Draft | null = null;
  /** A notice above the form; a function when it must follow the element's language. */
  @state() private notice: string | ((lang: Lang) => string) = '';

  private readonly internals: ElementInternals;
  private model: LayoutModel;
  // The empty report is checked only if no value arrives first: a page that sets `value` right
  // away (the usual case) does not pay for checking a report it never shows.
  private current?: { report: AnyReport; session: CheckSession };
  /** Text shown in a cell when it differs from the stored value's own form (`/`, `１２`, `1.`). */
  private drafts = new Map<string, string>();
  private defaultJson = '';
  private history = new History();
  private formDisabled = false;
  private dirty = false;
  private marks = new Map<string, Mark>();
  private pendingCommit = false;
  /** The tables' own DOM (see table-dom.ts), rebuilt when the layout, language or autosum changes. */
  private tables = new Map<string, TableDom>();
  private tablesKey = '';
  private cellDoms = new Map<string, CellDom>();
  /** Cells that carry marks now, so that the next sync can clear the ones that no longer apply. */
  private markedCells = new Set<string>();

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.model = modelOf(getFormat('2021'));
  }

  /** The report being edited and its check session; an empty report until a value is set. */
  private loaded(): { report: AnyReport; session: CheckSession } {
    if (!this.current) {
      const report = emptyReport(this.model.layout) as unknown as AnyReport;
      this.current = { report, session: checkerFor('2021').session(report) };
      this.defaultJson = JSON.stringify(report);
      this.findingsList = this.current.session.findings();
    }
    return this.current;
  }
  private get report(): AnyReport {
    return this.loaded().report;
  }
  private get session(): CheckSession {
    return this.loaded().session;
  }

  // ——— value ———

  /** The report (a copy): JSON of the 2021 format, blank cells `null`, text typed into number cells kept as strings. */
  get value(): Report2021 {
    return structuredClone(this.report) as unknown as Report2021;
  }
  set value(v: Report2021 | AnyReport | null | undefined) {
    this.load(v ?? emptyReport(this.model.layout), true);
  }

  /** Every current finding. */
  get findings(): readonly Diagnostic[] {
    this.loaded();
    return this.findingsList;
  }

  private get uiLang(): Lang {
    return langOf(this.lang);
  }

  private load(v: unknown, asDefault: boolean) {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
      throw new TypeError(
        `<nianbao-report-form>: value must be a report object (JSON of the 2021 format), got ${Array.isArray(v) ? 'an array' : typeof v}`,
      );
    }
    const next = structuredClone(v) as AnyReport;
    const format = formatOf(next);
    const layout = getFormat(format);
    if (!asDefault) this.loaded(); // the empty report stays the default to reset to
    this.model = modelOf(layout);
    const report = this.autosum ? computeTotals(next, { incomplete: 'blank' }) : next;
    // Autosum shows its own totals; a report's totals that differed are named, never dropped silently.
    const replaced = report === next ? [] : replacedTotals(this.model.derived, next, report);
    this.notice = replaced.length ? (lang) => replacedTotalsNotice(layout, replaced, lang) : '';
    this.drafts.clear();
    this.history.clear();
    this.current = { report, session: checkerFor(format).session(report) };
    const json = this.afterChange(false);
    if (asDefault) {
      this.defaultJson = json;
      this.dirty = false;
    }
  }

  override connectedCallback(): void {
    // A page may set `value` before the element is defined; that own property hides the accessor.
    if (Object.hasOwn(this, 'value')) {
      const v = (this as unknown as { value: AnyReport }).value;
      delete (this as unknown as { value?: unknown }).value;
      this.value = v;
    }
    this.loaded();
    super.connectedCallback();
    window.addEventListener('beforeunload', this.onBeforeUnload);
    if (this.autosaveKey) this.offerDraft();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    this.internals.form?.removeEventListener('submit', this.onFormSubmit);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('autosum') && this.autosum && changed.get('autosum') !== undefined)
      this.load(this.report, false);
    if (changed.has('autosaveKey') && this.autosaveKey && this.isConnected && !this.offer)
      this.offerDraft();
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    this.syncCells();
  }

  protected override updated(): void {
    // The anchor of the validity message must be a rendered cell, so validity follows each render.
    this.updateValidity();
  }

  // ——— form association ———

  /** The host `<form>`, as for native controls. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  formAssociatedCallback(form: HTMLFormElement | null): void {
    form?.addEventListener('submit', this.onFormSubmit);
  }
  formResetCallback(): void {
    this.load(JSON.parse(this.defaultJson), false);
    this.dirty = false;
    this.emit(true);
  }
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      this.load(JSON.parse(state), false);
    } catch {
      /* a state we did not write: keep the current value */
    }
  }
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    this.requestUpdate();
  }

  private readonly onFormSubmit = () => {
    // The report left with the form: the draft and the leave guard have done their job.
    this.dirty = false;
    if (this.autosaveKey) dropDraft(this.autosaveKey);
  };

  private readonly onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (!this.leaveGuard || !this.dirty) return;
    e.preventDefault();
    e.returnValue = '';
  };

  private get locked(): boolean {
    return this.disabled || this.formDisabled;
  }

  private updateValidity() {
    const errors = this.findingsList.filter((d) => d.severity === 'error');
    if (!errors.length) {
      this.internals.setValidity({});
      return;
    }
    const first = errors[0];
    const message = say(this.uiLang, 'invalidSummary', {
      errors: errors.length,
      first: first.messages[this.uiLang],
    });
    const anchor =
      this.controlFor(first.path) ??
      this.controlFor(first.paths.find((p) => this.controlFor(p)) ?? '');
    this.internals.setValidity({ customError: true }, message, anchor ?? undefined);
  }

  // ——— editing ———

  /** What a cell shows: what was typed when it differs from the stored value, else the value. `segments` saves parsing `path` again. */
  private textOf(path: string, segments: readonly string[] = segmentsOf(path)): string {
    return this.drafts.get(path) ?? shown(readAt(this.report, segments));
  }

  /** Stores what was typed into a cell: a number when it is one, null when blank, the text itself otherwise. */
  private setCellText(cell: CellInfo, text: string) {
    const { value } = readCellText(text, cell.kind);
    setAt(this.report, cell.path, value);
    if (text !== shown(value)) this.drafts.set(cell.path, text);
    else this.drafts.delete(cell.path);
    this.session.update(cell.path, value);
  }

  /** With autosum, recomputes the totals and re-checks the ones that changed. */
  private applyTotals() {
    if (!this.autosum) return;
    const next = computeTotals(this.report, { incomplete: 'blank' });
    for (const p of this.model.derived) {
      const v = getAt(next, p);
      if (Object.is(v, getAt(this.report, p))) continue;
      setAt(this.report, p, v);
      this.drafts.delete(p);
      this.session.update(p, v);
    }
  }

  /** Applies a batch of cell edits (a paste, an undo, a redo): history records cells only, never fields. */
  private applyEdits(edits: readonly Edit[]) {
    for (const e of edits) {
      const cell = cellAt(this.model.layout, e.path);
      if (cell) this.setCellText(cell, e.after);
    }
    this.applyTotals();
  }

  private setField(path: string, text: string) {
    const isYear = path === '/meta/year';
    setAt(this.report, path, isYear && /^\s*\d+\s*$/.test(text) ? Number(text) : text);
  }

  /** After any change: findings, form value, autosave, render, events. */
  private afterChange(userEdit: boolean): string {
    this.findingsList = this.session.findings();
    this.marks = markCells(this.findingsList, this.uiLang);
    const json = JSON.stringify(this.report);
    this.internals.setFormValue(json, json);
    this.updateValidity();
    if (userEdit) {
      this.dirty = true;
      if (this.autosaveKey) writeDraft(this.autosaveKey, this.report);
    }
    this.requestUpdate();
    this.dispatchEvent(new FindingsEvent(this.findingsList));
    return json;
  }

  private emit(change: boolean) {
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (change) this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private onCellInput(e: Event) {
    const input = e.target as HTMLInputElement;
    const cell = cellAt(this.model.layout, pathOf(input));
    if (!cell) return;
    const before = this.textOf(cell.path);
    this.setCellText(cell, input.value);
    this.applyTotals();
    this.history.record([{ path: cell.path, before, after: input.value }], true);
    this.pendingCommit = true;
    this.afterChange(true);
    // The native `input` event goes on out of the shadow root by itself (it is composed).
  }

  private onFieldInput(e: Event) {
    const el = e.target as HTMLInputElement | HTMLTextAreaElement;
    const path = pathOf(el);
    if (!path) return;
    this.setField(path, el.value);
    this.session.refresh(this.report);
    this.pendingCommit = true;
    this.afterChange(true);
  }

  private onCommit() {
    // `change` does not leave a shadow root by itself; the host fires its own.
    if (!this.pendingCommit) return;
    this.pendingCommit = false;
    this.history.seal();
    // A number typed unusually (`１２`, `1,234`) is shown in its plain form once the cell is left.
    for (const [p, text] of this.drafts) {
      const v = getAt(this.report, p);
      if (typeof v === 'number' && text !== shown(v)) this.drafts.delete(p);
    }
    this.requestUpdate();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Undoes the last edit (a paste counts as one). Returns whether there was one. */
  undo(): boolean {
    return this.replay(this.history.undo());
  }
  /** Redoes the last undone edit. */
  redo(): boolean {
    return this.replay(this.history.redo());
  }
  private replay(edits: Edit[] | undefined): boolean {
    if (!edits || this.readonly || this.locked) return false;
    this.applyEdits(edits);
    this.afterChange(true);
    this.emit(true);
    return true;
  }

  /** Moves the focus to the control of a JSON Pointer (a cell, a field or a narrative). */
  focusPath(path: string): boolean {
    const el = this.controlFor(path);
    if (!el) return false;
    el.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    el.focus();
    if (el instanceof HTMLInputElement) el.select();
    return true;
  }

  private controlFor(path: string): HTMLInputElement | HTMLTextAreaElement | null {
    if (!path) return null;
    return (this.renderRoot as ShadowRoot | undefined)?.getElementById?.(
      `i${path}`,
    ) as HTMLInputElement | null;
  }

  private onKeydown(e: KeyboardEvent) {
    const input = e.target as HTMLInputElement;
    const path = pathOf(input);
    if (!path) return;
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    if (mod && !e.altKey && (key === 'z' || key === 'y') && cellAt(this.model.layout, path)) {
      e.preventDefault();
      if (key === 'y' || e.shiftKey) this.redo();
      else this.undo();
      return;
    }
    const pos = this.model.nav.get(path);
    if (!pos || mod || e.altKey) return;
    let { r, c } = pos;
    // Left and right edit within the text, except at its edges or when all of it is selected (just arrived).
    const len = input.value.length;
    const all = input.selectionStart === 0 && input.selectionEnd === len;
    const atStart = all || input.selectionEnd === 0;
    const atEnd = all || input.selectionStart === len;
    switch (e.key) {
      case 'ArrowUp':
        r--;
        break;
      case 'ArrowDown':
        r++;
        break;
      case 'Enter':
        r += e.shiftKey ? -1 : 1;
        break;
      case 'ArrowLeft':
        if (!atStart) return;
        c--;
        break;
      case 'ArrowRight':
        if (!atEnd) return;
        c++;
        break;
      default:
        return;
    }
    e.preventDefault();
    const row = pos.rows[r];
    if (!row || c < 0 || c >= (r === pos.r ? row.length : Infinity)) return;
    this.focusPath(row[Math.min(c, row.length - 1)]);
  }

  private onPaste(e: ClipboardEvent) {
    const input = e.target as HTMLInputElement;
    const path = pathOf(input);
    const pos = this.model.nav.get(path);
    const cell = cellAt(this.model.layout, path);
    if (!pos || !cell || !e.clipboardData || this.readonly || this.locked) return;
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
    // Values alone: laid over the table from the focused cell, as a spreadsheet does.
    const edits = new Map<string, string>();
    valueBlock(rows).forEach((vals, i) => {
      const row = pos.rows[pos.r + i];
      if (!row) return;
      vals.forEach((text, j) => {
        const p = row[pos.c + j];
        if (p) edits.set(p, text);
      });
    });
    this.commitPaste(edits);
  }

  /** A block copied with its labels: every value goes to the cell its labels name, wherever the focus is. */
  private async pasteLabelled(table: CellInfo['table'], rows: string[][]) {
    const layout = this.model.layout;
    let read: typeof import('./labelled-paste.js');
    try {
      read = await import('./labelled-paste.js');
    } catch (err) {
      this.notice = (err as Error).message;
      return;
    }
    // The report may have been replaced or locked while the reader loaded.
    if (layout !== this.model.layout || this.readonly || this.locked) return;
    const { cells, unplaced } = read.labelledPaste(layout, table, rows);
    this.notice = !cells.size
      ? (lang) => say(lang, 'pasteNotPlaced')
      : unplaced
        ? (lang) => say(lang, 'pasteRowsUnplaced', { n: unplaced })
        : '';
    this.commitPaste(cells);
  }

  /** Fills cells with pasted text as one undoable step; with autosum, totals stay computed. */
  private commitPaste(texts: ReadonlyMap<string, string>) {
    const edits: Edit[] = [];
    for (const [p, text] of texts) {
      if (this.autosum && this.model.derived.includes(p)) continue;
      const before = this.textOf(p);
      if (before !== text) edits.push({ path: p, before, after: text });
    }
    this.history.seal();
    this.applyEdits(edits);
    this.history.record(edits);
    this.afterChange(true);
    this.emit(true);
  }

  // ——— drafts, import, export ———

  private offerDraft() {
    const d = readDraft(this.autosaveKey);
    this.offer = d && JSON.stringify(d.value) !== JSON.stringify(this.report) ? d : null;
  }

  /** Restores the draft saved under `autosave-key`, if there is one. */
  restoreDraft(): boolean {
    const d = this.offer ?? (this.autosaveKey ? readDraft(this.autosaveKey) : null);
    this.offer = null;
    if (!d) return false;
    this.load(d.value, false);
    this.dirty = true;
    this.emit(true);
    return true;
  }

  /** Forgets the draft saved under `autosave-key`. */
  discardDraft(): void {
    this.offer = null;
    if (this.autosaveKey) dropDraft(this.autosaveKey);
  }

  /** Loads a report from a `.json` or Markdown file's text, as the Import button does. Throws with a message naming what is wrong. */
  async importText(name: string, text: string): Promise<void> {
    let report: unknown;
    if (kindOfFile(name, text) === 'json')
      report = parseJsonReport(text, say(this.uiLang, 'importNotReport'));
    else {
      const read = await loadMarkdownReader();
      report = read(text, say(this.uiLang, 'importNotReport'));
    }
    this.load(report, false);
    this.dirty = true;
    this.emit(true);
  }

  private async onImport(e: Event) {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      // A successful load sets the notice itself (autosum may have replaced totals).
      await this.importText(file.name, await file.text());
    } catch (err) {
      this.notice = say(this.uiLang, 'importFailed', {
        name: file.name,
        reason: (err as Error).message,
      });
    }
  }

  /** The report as Markdown in the canonical layout (loads the writer on first use). */
  async toMarkdown(): Promise<string> {
    const write = await loadMarkdownWriter();
    return write(this.report);
  }

  private exportJson() {
    download(
      document,
      fileNameFor(this.report, 'json'),
      'application/json',
      `${JSON.stringify(this.report, null, 2)}\n`,
    );
  }

  private async exportMarkdown() {
    try {
      download(document, fileNameFor(this.report, 'md'), 'text/markdown', await this.toMarkdown());
    } catch (err) {
      this.notice = (err as Error).message;
    }
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    const lang = this.uiLang;
    const { layout } = this.model;
    return html`
      ${this.renderToolbar(lang)}
      ${
        this.offer
          ? html`<div class="notice" part="notice" role="status">
            ${say(lang, 'restoreOffer', { time: new Date(this.offer.savedAt).toLocaleString(lang) })}
            <button type="button" @click=${() => this.restoreDraft()}>${say(lang, 'restore')}</button>
            <button type="button" @click=${() => this.discardDraft()}>${say(lang, 'discard')}</button>
          </div>`
          : nothing
      }
      ${this.notice ? html`<div class="notice" part="notice" role="alert">${typeof this.notice === 'function' ? this.notice(lang) : this.notice}</div>` : nothing}
      ${this.renderFindings(lang)} ${this.renderMeta(lang)}
      ${layout.sections.map((s, i) => this.renderSection(s, i, lang))}
      <div hidden>
        ${[...this.marks].map(([p, m]) => (m.messages.length ? html`<span id=${`d${p}`}>${m.messages.join(' ')}</span>` : nothing))}
      </div>
    `;
  }

  private renderToolbar(lang: Lang) {
    const off = this.locked || this.readonly;
    return html`<div class="toolbar" part="toolbar" role="toolbar" aria-label=${say(lang, 'toolbar')}>
      <label class="file" ?hidden=${off}>${say(lang, 'import')}<input type="file" accept=".json,.md,.markdown,application/json,text/markdown" @change=${this.onImport} ?disabled=${off} /></label>
      <button type="button" @click=${this.exportJson}>${say(lang, 'exportJson')}</button>
      <button type="button" @click=${this.exportMarkdown}>${say(lang, 'exportMarkdown')}</button>
      <button type="button" @click=${() => this.undo()} ?disabled=${off || !this.history.canUndo}>${say(lang, 'undo')}</button>
      <button type="button" @click=${() => this.redo()} ?disabled=${off || !this.history.canRedo}>${say(lang, 'redo')}</button>
      <button type="button" @click=${() => window.print()}>${say(lang, 'print')}</button>
    </div>`;
  }

  private renderFindings(lang: Lang) {
    const list = this.findingsList;
    const errors = list.filter((d) => d.severity === 'error').length;
    return html`<section class="findings" part="findings" aria-labelledby="findings-h">
      <h2 id="findings-h">${say(lang, 'findings')}</h2>
      <p role="status">${list.length ? say(lang, 'findingsCount', { errors, warnings: list.length - errors }) : say(lang, 'noFindings')}</p>
      ${
        list.length
          ? html`<ol>
            ${list.map(
              (d) => html`<li>
                <span class=${`sev-${d.severity}`}>${say(lang, `severity_${d.severity}`)}</span>
                <button type="button" data-finding=${d.ruleId} data-path=${d.path} @click=${() => this.focusPath(d.path) || this.focusPath(d.paths.find((p) => this.controlFor(p)) ?? '')}>${messageParts(d.messages[lang])}</button>
              </li>`,
            )}
          </ol>`
          : nothing
      }
    </section>`;
  }

  private renderMeta(lang: Lang) {
    return html`<section part="section" aria-labelledby="meta-h">
      <h2 id="meta-h" part="heading">${say(lang, 'meta')}</h2>
      <div class="meta">
        ${META_FIELDS.map(
          (f) => html`<label for=${`i${f.path}`}>${say(lang, f.key)}</label>
            <input
              id=${`i${f.path}`}
              type="text"
              inputmode=${f.type === 'number' ? 'numeric' : 'text'}
              .value=${live(shown(getAt(this.report, f.path)))}
              ?readonly=${this.readonly}
              ?disabled=${this.locked}
              aria-invalid=${this.marks.get(f.path)?.severity ? 'true' : 'false'}
              aria-describedby=${this.marks.get(f.path)?.messages.length ? `d${f.path}` : nothing}
              @input=${this.onFieldInput}
              @change=${this.onCommit}
            />`,
        )}
      </div>
    </section>`;
  }

  private renderSection(s: SectionLayout, i: number, lang: Lang) {
    const hid = `h-${s.key}`;
    const heading = `${sectionNo(lang, s.no, i)}${labelIn(s.heading, lang)}`;
    if (s.table) {
      const grid = this.model.grids.get(s.table)!;
      return html`<section part="section" aria-labelledby=${hid}>
        <h2 id=${hid} part="heading">${heading}</h2>
        <div class="scroll">${this.tableFor(grid, hid, lang)}</div>
      </section>`;
    }
    const path = `/${s.key}`;
    const text = shown(getAt(this.report, path));
    return html`<section part="section" aria-labelledby=${hid}>
      <h2 id=${hid} part="heading"><label for=${`i${path}`}>${heading}</label></h2>
      <p class="hint" id=${`hint-${s.key}`}>${say(lang, 'narrativeHint')}</p>
      <textarea
        id=${`i${path}`}
        part="narrative"
        .value=${live(text)}
        ?readonly=${this.readonly}
        ?disabled=${this.locked}
        aria-describedby=${`hint-${s.key}`}
        @input=${this.onFieldInput}
        @change=${this.onCommit}
      ></textarea>
      <div class="print-only">${text}</div>
    </section>`;
  }

  /** The table's DOM for this layout, language and autosum, cloned once and kept across renders. */
  private tableFor(grid: TableGrid, hid: string, lang: Lang): HTMLTableElement {
    const key = `${this.model.layout.format}|${lang}|${this.autosum}`;
    if (key !== this.tablesKey) {
      this.tablesKey = key;
      this.tables.clear();
      this.cellDoms.clear();
      this.markedCells.clear();
    }
    let dom = this.tables.get(grid.table.id);
    if (!dom) {
      dom = cloneTable(grid, lang, this.autosum, say(lang, 'computed'), hid);
      this.tables.set(grid.table.id, dom);
      for (const c of dom.cells) this.cellDoms.set(c.path, c);
      // One listener per table for all its cells.
      const { table } = dom;
      table.addEventListener('keydown', (e) => this.onKeydown(e as KeyboardEvent));
      table.addEventListener('paste', (e) => this.onPaste(e as ClipboardEvent));
      table.addEventListener('input', (e) => this.onCellInput(e));
      table.addEventListener('change', () => this.onCommit());
    }
    return dom.table;
  }

  /** Puts the report's values, the form's state and the findings' marks on the cells, after each render. */
  private syncCells() {
    const readonly = this.readonly;
    const locked = this.locked;
    for (const c of this.cellDoms.values()) {
      const { input } = c;
      // Like Lit's `live`: compared with what the input holds, so typing keeps its caret.
      const text = this.textOf(c.path, c.segments);
      if (input.value !== text) input.value = text;
      const ro = readonly || c.computed;
      if (input.readOnly !== ro) input.readOnly = ro;
      if (input.disabled !== locked) input.disabled = locked;
    }
    const none = { involved: false, messages: [] as string[] };
    for (const p of this.markedCells) if (!this.marks.has(p)) markCell(this.cellDoms.get(p)!, none);
    this.markedCells.clear();
    for (const [p, m] of this.marks) {
      const c = this.cellDoms.get(p);
      if (!c) continue; // a metadata field: its template binds its marks
      markCell(c, m);
      this.markedCells.add(p);
    }
  }
}

type Mark = { severity?: Diagnostic['severity']; involved: boolean; messages: string[] };

function markCell({ td, input, path }: CellDom, m: Mark) {
  if (m.severity) td.setAttribute('data-severity', m.severity);
  else td.removeAttribute('data-severity');
  td.classList.toggle('involved', m.involved && !m.severity);
  input.setAttribute('aria-invalid', m.severity ? 'true' : 'false');
  if (m.messages.length) input.setAttribute('aria-describedby', `d${path}`);
  else input.removeAttribute('aria-describedby');
}

/** Which cells to mark: the primary cell of each finding with its severity, the others as involved. */
function markCells(findings: readonly Diagnostic[], lang: Lang) {
  const marks = new Map<string, Mark>();
  const get = (p: string) => {
    let m = marks.get(p);
    if (!m) {
      m = { involved: false, messages: [] };
      marks.set(p, m);
    }
    return m;
  };
  for (const d of findings) {
    const m = get(d.path);
    if (!m.severity || SEVERITY_ORDER[d.severity] < SEVERITY_ORDER[m.severity])
      m.severity = d.severity;
    m.messages.push(d.messages[lang]);
    for (const p of d.paths) if (p !== d.path) get(p).involved = true;
  }
  return marks;
}

/**
 * A message's `values` in backticks (the linters' convention) shown as code, every part as text:
 * a value a person typed is never interpreted as HTML.
 */
function messageParts(message: string) {
  return message
    .split('`')
    .map((part, i) => (i % 2 ? html`<code part="value">${part}</code>` : part));
}
