import { cellAt, describeCell, format2021 } from '@nianbao/core';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { cellInput, cleanup, mount, seed, shadow } from './helpers.js';

afterEach(cleanup);

/**
 * Each table is one template with static labels and bindings only for each cell's state (value,
 * marks, readonly, disabled): these tests hold that state to the report through every change.
 */

const received = '/applications/received/naturalPerson';
const receivedTotal = '/applications/received/total';
const td = (input: HTMLInputElement) => input.closest('td')!;

describe('cell state', () => {
  it('clears the marks of a cell once its finding is gone', async () => {
    const el = await mount({}, seed());
    const total = cellInput(el, receivedTotal);
    const operand = cellInput(el, received);
    await userEvent.fill(operand, '5');
    await el.updateComplete;
    expect(total.getAttribute('aria-invalid')).toBe('true');
    expect(total.getAttribute('aria-describedby')).toBe(`d${receivedTotal}`);
    expect(td(total).dataset.severity).toBe('error');
    // The operand is involved in the row total (and is the primary cell of no finding).
    const involved = shadow(el).querySelectorAll('td.involved');
    expect(involved.length).toBeGreaterThan(0);

    await userEvent.fill(operand, '0');
    await el.updateComplete;
    expect(el.findings.filter((d) => d.severity === 'error')).toEqual([]);
    for (const input of shadow(el).querySelectorAll<HTMLInputElement>('input[part="cell"]')) {
      expect(input.getAttribute('aria-invalid'), input.id).toBe('false');
      expect(input.hasAttribute('aria-describedby'), input.id).toBe(false);
      expect(td(input).hasAttribute('data-severity'), input.id).toBe(false);
    }
    expect(shadow(el).querySelectorAll('td.involved').length).toBe(0);
  });

  it('keeps typed text, marks and editing across a change of language', async () => {
    const el = await mount({}, seed());
    await userEvent.fill(cellInput(el, '/proactive/fees/amount'), '251000元');
    await el.updateComplete;
    el.lang = 'en';
    await el.updateComplete;
    const fees = cellInput(el, '/proactive/fees/amount');
    expect(fees.value).toBe('251000元');
    expect(fees.getAttribute('aria-invalid')).toBe('true');
    expect(fees.getAttribute('aria-label')).toBe(
      describeCell(cellAt(format2021, '/proactive/fees/amount')!, 'en'),
    );
    // The new table's cells still edit the report.
    await userEvent.fill(cellInput(el, received), '3');
    await el.updateComplete;
    expect(el.value.applications.received.naturalPerson).toBe(3);
    expect(cellInput(el, receivedTotal).getAttribute('aria-invalid')).toBe('true');
  });

  it('applies autosum, readonly and disabled set after the first render, and lifts them', async () => {
    const el = await mount({}, seed());
    const total = cellInput(el, receivedTotal);
    expect(total.readOnly).toBe(false);
    el.autosum = true;
    await el.updateComplete;
    const computed = cellInput(el, receivedTotal);
    expect(computed.readOnly).toBe(true);
    expect(td(computed).classList.contains('computed')).toBe(true);
    expect(cellInput(el, received).readOnly).toBe(false);
    el.autosum = false;
    el.readonly = true;
    await el.updateComplete;
    expect(cellInput(el, receivedTotal).readOnly).toBe(true);
    expect(cellInput(el, received).readOnly).toBe(true);
    el.readonly = false;
    el.disabled = true;
    await el.updateComplete;
    expect(cellInput(el, received).readOnly).toBe(false);
    expect(cellInput(el, received).disabled).toBe(true);
    el.disabled = false;
    await el.updateComplete;
    expect(cellInput(el, received).disabled).toBe(false);
    expect(td(cellInput(el, receivedTotal)).classList.contains('computed')).toBe(false);
  });

  it('an element that gets no value shows the empty report', async () => {
    const el = await mount();
    expect(cellInput(el, received).value).toBe('');
    expect(el.value.applications.received.naturalPerson).toBeNull();
    expect(el.findings.length).toBeGreaterThan(0);
  });
});
