import { getAt, labelIn, type Diagnostic, type Lang } from '@nianbao/core';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Draft } from '../autosave.js';
import { shown, type AnyReport, type LayoutModel, type Mark } from '../editor.js';
import { say, sectionNo, type MessageKey } from '../messages.js';
import { tableTemplate, type TableHandlers, type TableState } from './table.js';

/** The form's parts around the tables, as Lit templates; every text bound as text. */

export const META_FIELDS = [
  { key: 'agency', path: '/meta/agency', type: 'text' },
  { key: 'year', path: '/meta/year', type: 'number' },
  { key: 'title', path: '/meta/title', type: 'text' },
] as const satisfies readonly { key: MessageKey; path: string; type: string }[];

export interface ToolbarActions {
  off: boolean;
  canUndo: boolean;
  canRedo: boolean;
  onImport(e: Event): void;
  exportJson(): void;
  exportMarkdown(): void;
  undo(): void;
  redo(): void;
}

export const toolbar = (lang: Lang, a: ToolbarActions) =>
  html`<div class="toolbar" part="toolbar" role="toolbar" aria-label=${say(lang, 'toolbar')}>
    <label class="file" ?hidden=${a.off}>${say(lang, 'import')}<input type="file" accept=".json,.md,.markdown,application/json,text/markdown" @change=${a.onImport} ?disabled=${a.off} /></label>
    <button type="button" @click=${a.exportJson}>${say(lang, 'exportJson')}</button>
    <button type="button" @click=${a.exportMarkdown}>${say(lang, 'exportMarkdown')}</button>
    <button type="button" @click=${a.undo} ?disabled=${a.off || !a.canUndo}>${say(lang, 'undo')}</button>
    <button type="button" @click=${a.redo} ?disabled=${a.off || !a.canRedo}>${say(lang, 'redo')}</button>
    <button type="button" @click=${() => window.print()}>${say(lang, 'print')}</button>
  </div>`;

export const restoreOffer = (
  lang: Lang,
  offer: Draft,
  drafts: { restore(): void; discard(): void },
) =>
  html`<div class="notice" part="notice" role="status">
    ${say(lang, 'restoreOffer', { time: new Date(offer.savedAt).toLocaleString(lang) })}
    <button type="button" @click=${() => drafts.restore()}>${say(lang, 'restore')}</button>
    <button type="button" @click=${() => drafts.discard()}>${say(lang, 'discard')}</button>
  </div>`;

export const notice = (text: string) =>
  text ? html`<div class="notice" part="notice" role="alert">${text}</div>` : nothing;

/**
 * A message's `values` in backticks (the linters' convention) shown as code, every part as text:
 * a value a person typed is never interpreted as HTML.
 */
const messageParts = (message: string) =>
  message.split('`').map((part, i) => (i % 2 ? html`<code part="value">${part}</code>` : part));

export function findingsPanel(
  lang: Lang,
  list: readonly Diagnostic[],
  focus: (d: Diagnostic) => void,
) {
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
              <button type="button" data-finding=${d.ruleId} data-path=${d.path} @click=${() => focus(d)}>${messageParts(d.messages[lang])}</button>
            </li>`,
          )}
        </ol>`
        : nothing
    }
  </section>`;
}

/** What the fields and narratives bind: the report, the marks and the form's state. */
export interface FieldState {
  report: AnyReport;
  marks: ReadonlyMap<string, Mark>;
  readonly: boolean;
  locked: boolean;
  onInput(e: Event): void;
  onChange(): void;
}

export function metaSection(lang: Lang, s: FieldState) {
  return html`<section part="section" aria-labelledby="meta-h">
    <h2 id="meta-h" part="heading">${say(lang, 'meta')}</h2>
    <div class="meta">
      ${META_FIELDS.map((f) => {
        const m = s.marks.get(f.path);
        return html`<label for=${`i${f.path}`}>${say(lang, f.key)}</label>
          <input
            id=${`i${f.path}`}
            type="text"
            inputmode=${f.type === 'number' ? 'numeric' : 'text'}
            .value=${live(shown(getAt(s.report, f.path)))}
            ?readonly=${s.readonly}
            ?disabled=${s.locked}
            aria-invalid=${m?.severity ? 'true' : 'false'}
            aria-describedby=${m?.messages.length ? `d${f.path}` : nothing}
            @input=${s.onInput}
            @change=${s.onChange}
          />`;
      })}
    </div>
  </section>`;
}

/** A narrative section (一, 五, 六): a text area, and its text as shown in print. */
export function narrativeSection(key: string, heading: string, lang: Lang, s: FieldState) {
  const hid = `h-${key}`;
  const path = `/${key}`;
  const text = shown(getAt(s.report, path));
  return html`<section part="section" aria-labelledby=${hid}>
    <h2 id=${hid} part="heading"><label for=${`i${path}`}>${heading}</label></h2>
    <p class="hint" id=${`hint-${key}`}>${say(lang, 'narrativeHint')}</p>
    <textarea
      id=${`i${path}`}
      part="narrative"
      .value=${live(text)}
      ?readonly=${s.readonly}
      ?disabled=${s.locked}
      aria-describedby=${`hint-${key}`}
      @input=${s.onInput}
      @change=${s.onChange}
    ></textarea>
    <div class="print-only">${text}</div>
  </section>`;
}

/** The findings' messages of each marked control, named by its `aria-describedby`. */
export const descriptions = (marks: ReadonlyMap<string, Mark>) =>
  html`<div hidden>
    ${[...marks].map(([p, m]) => (m.messages.length ? html`<span id=${`d${p}`}>${m.messages.join(' ')}</span>` : nothing))}
  </div>`;

/** The report's sections after the metadata: each table or narrative under its numbered heading. */
export function reportSections(
  model: LayoutModel,
  lang: Lang,
  autosum: boolean,
  fields: FieldState,
  cells: TableState,
  on: TableHandlers,
) {
  const { layout, grids } = model;
  const computedNote = say(lang, 'computed');
  // Each table is its own template (see table.ts): another layout's tables are new DOM, never patched cells.
  return layout.sections.map((s, i) => {
    const heading = `${sectionNo(lang, s.no, i)}${labelIn(s.heading, lang)}`;
    const grid = s.table && grids.get(s.table);
    if (!grid) return narrativeSection(s.key, heading, lang, fields);
    const hid = `h-${s.key}`;
    return html`<section part="section" aria-labelledby=${hid}>
        <h2 id=${hid} part="heading">${heading}</h2>
        <div class="scroll">${tableTemplate(grid, hid, lang, autosum, computedNote, cells, on)}</div>
      </section>`;
  });
}

/** The control of a JSON Pointer (a cell, a field, a narrative): each one's id is `i` + its path. */
export function controlIn(
  root: HTMLElement | DocumentFragment | undefined,
  path: string,
): HTMLInputElement | HTMLTextAreaElement | null {
  if (!path || !(root instanceof ShadowRoot)) return null;
  return root.getElementById(`i${path}`) as HTMLInputElement | HTMLTextAreaElement | null;
}
