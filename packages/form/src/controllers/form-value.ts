import type { Diagnostic, Lang } from '@nianbao/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { say } from '../messages.js';

export interface FormValueOptions {
  findings(): readonly Diagnostic[];
  lang(): Lang;
  /** The rendered control of a JSON Pointer, the anchor of the validity message. */
  controlFor(path: string): HTMLElement | null;
  /** The host form was submitted (the event, which the page may cancel to send the report itself). */
  submitted(e: Event): void;
}

/**
 * Form association through ElementInternals: the value the host `<form>` submits, the validity
 * (a custom error naming the first error, anchored on its cell), the form's submit and disabled
 * state. The element forwards its form callbacks here.
 */
export class FormValueController implements ReactiveController {
  readonly internals: ElementInternals;
  /** Disabled by an ancestor `<fieldset>` or form, as native controls are. */
  formDisabled = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FormValueOptions,
  ) {
    this.internals = host.attachInternals();
    host.addController(this);
  }

  hostDisconnected(): void {
    this.internals.form?.removeEventListener('submit', this.onSubmit);
  }

  /** The anchor of the validity message must be a rendered cell, so validity follows each render. */
  hostUpdated(): void {
    this.updateValidity();
  }

  /** The report as the host form submits it, and its validity now. */
  setValue(json: string): void {
    this.internals.setFormValue(json, json);
    this.updateValidity();
  }

  associated(form: HTMLFormElement | null): void {
    form?.addEventListener('submit', this.onSubmit);
  }

  disabledChanged(disabled: boolean): void {
    this.formDisabled = disabled;
    this.host.requestUpdate();
  }

  private readonly onSubmit = (e: Event) => this.options.submitted(e);

  private updateValidity(): void {
    const errors = this.options.findings().filter((d) => d.severity === 'error');
    if (!errors.length) {
      this.internals.setValidity({});
      return;
    }
    const lang = this.options.lang();
    const first = errors[0];
    const message = say(lang, 'invalidSummary', {
      errors: errors.length,
      first: first.messages[lang],
    });
    const { controlFor } = this.options;
    const anchor =
      controlFor(first.path) ?? controlFor(first.paths.find((p) => controlFor(p)) ?? '');
    this.internals.setValidity({ customError: true }, message, anchor ?? undefined);
  }
}
