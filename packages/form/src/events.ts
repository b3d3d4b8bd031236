import type { Diagnostic } from '@nianbao/core';

/** Fired after every change with every current finding (schema, cell and reconciliation rules). */
export class FindingsEvent extends Event {
  static readonly type = 'nianbao-findings';
  constructor(readonly findings: readonly Diagnostic[]) {
    super(FindingsEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'nianbao-findings': FindingsEvent;
  }
}
