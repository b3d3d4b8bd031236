import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { cellInput, cleanup, mount, seed, shadow } from './helpers.js';

afterEach(cleanup);

function hostForm() {
  const form = document.createElement('form');
  document.body.append(form);
  const submitted: FormData[] = [];
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submitted.push(new FormData(form));
  });
  return { form, submitted };
}

describe('form association', () => {
  it('submits the report JSON with the host form', async () => {
    const { form, submitted } = hostForm();
    const el = await mount({ name: 'report' }, seed(), form);
    await userEvent.fill(cellInput(el, '/proactive/licensing/decisions'), '17');
    form.requestSubmit();
    expect(submitted.length).toBe(1);
    const sent = JSON.parse(submitted[0].get('report') as string);
    expect(sent).toEqual(el.value);
    expect(sent.proactive.licensing.decisions).toBe(17);
    expect(el.form).toBe(form);
  });

  it('blocks submission while errors exist and anchors the message at the first offending cell', async () => {
    const { form, submitted } = hostForm();
    const el = await mount({ name: 'report' }, seed(), form);
    await userEvent.fill(cellInput(el, '/applications/received/naturalPerson'), '3');
    await el.updateComplete;
    expect(el.checkValidity()).toBe(false);
    expect(el.validity.customError).toBe(true);
    const firstError = el.findings.find((d) => d.severity === 'error')!;
    expect(el.validationMessage).toContain(firstError.message);
    let invalid = 0;
    el.addEventListener('invalid', () => invalid++);
    form.requestSubmit();
    expect(submitted.length).toBe(0);
    expect(invalid).toBe(1);
    expect(el.reportValidity()).toBe(false);
    // reportValidity focuses the anchor: the first offending cell.
    expect(shadow(el).activeElement).toBe(cellInput(el, firstError.path));
    // Fixing the row makes the form valid again.
    await userEvent.fill(cellInput(el, '/applications/received/total'), '3');
    await userEvent.fill(cellInput(el, '/applications/outcomes/granted/naturalPerson'), '3');
    await userEvent.fill(cellInput(el, '/applications/outcomes/granted/total'), '3');
    await userEvent.fill(cellInput(el, '/applications/outcomes/total/naturalPerson'), '3');
    await userEvent.fill(cellInput(el, '/applications/outcomes/total/total'), '3');
    await el.updateComplete;
    expect(el.findings.filter((d) => d.severity === 'error')).toEqual([]);
    expect(el.checkValidity()).toBe(true);
    form.requestSubmit();
    expect(submitted.length).toBe(1);
  });

  it('resets to the value the page gave, like native controls', async () => {
    const { form } = hostForm();
    const el = await mount({ name: 'report' }, seed(), form);
    await userEvent.fill(cellInput(el, '/proactive/licensing/decisions'), '9');
    form.reset();
    await el.updateComplete;
    expect(el.value).toEqual(seed());
    expect(cellInput(el, '/proactive/licensing/decisions').value).toBe('0');
  });

  it('is disabled by a disabled fieldset and then submits nothing', async () => {
    const { form, submitted } = hostForm();
    const fieldset = document.createElement('fieldset');
    form.append(fieldset);
    const el = await mount({ name: 'report' }, seed(), fieldset);
    fieldset.disabled = true;
    await el.updateComplete;
    expect(cellInput(el, '/proactive/licensing/decisions').disabled).toBe(true);
    form.requestSubmit();
    expect(submitted[0].has('report')).toBe(false);
    fieldset.disabled = false;
    el.disabled = true;
    await el.updateComplete;
    expect(cellInput(el, '/proactive/licensing/decisions').disabled).toBe(true);
    form.requestSubmit();
    expect(submitted[1].has('report')).toBe(false);
  });

  it('readonly shows the report without allowing edits', async () => {
    const el = await mount({ readonly: '' }, seed());
    const input = cellInput(el, '/proactive/licensing/decisions');
    expect(input.readOnly).toBe(true);
    input.focus();
    await userEvent.keyboard('5');
    expect(el.value.proactive.licensing.decisions).toBe(0);
  });
});

describe('nothing is lost', () => {
  it('autosaves under the page key and offers to restore', async () => {
    const el = await mount({ 'autosave-key': 'nianbao-test' }, seed());
    await userEvent.fill(cellInput(el, '/proactive/punishment/decisions'), '4x');
    expect(
      JSON.parse(localStorage.getItem('nianbao-test')!).value.proactive.punishment.decisions,
    ).toBe('4x');
    el.remove();
    // The page comes back with the published value; the draft is offered, not forced.
    const again = await mount({ 'autosave-key': 'nianbao-test' }, seed());
    expect(again.value.proactive.punishment.decisions).toBe(0);
    const restore = [...shadow(again).querySelectorAll('button')].find(
      (b) => b.textContent === '恢复',
    )!;
    await userEvent.click(restore);
    await again.updateComplete;
    expect(again.value.proactive.punishment.decisions).toBe('4x');
    expect(cellInput(again, '/proactive/punishment/decisions').value).toBe('4x');
  });

  it('guards leaving the page with unsubmitted changes', async () => {
    const el = await mount({ 'leave-guard': '' }, seed());
    const leave = () => {
      const e = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(leave()).toBe(false);
    await userEvent.fill(cellInput(el, '/proactive/punishment/decisions'), '4');
    expect(leave()).toBe(true);
  });

  it('keeps the draft and the leave guard through a submission the page sends by script, until it is saved', async () => {
    const { form } = hostForm();
    const el = await mount(
      { 'autosave-key': 'nianbao-test', 'leave-guard': '', name: 'report' },
      seed(),
      form,
    );
    const leave = () => {
      const e = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    };
    await userEvent.fill(cellInput(el, '/proactive/punishment/decisions'), '4');
    form.requestSubmit();
    await new Promise((r) => setTimeout(r, 20));
    // The page cancelled the submission (it sends the report with fetch): the save may still fail.
    expect(localStorage.getItem('nianbao-test')).not.toBeNull();
    expect(leave()).toBe(true);
    el.markSaved();
    expect(localStorage.getItem('nianbao-test')).toBeNull();
    expect(leave()).toBe(false);
  });

  it('drops the draft when the form really sends the report', async () => {
    const sink = document.createElement('iframe');
    sink.name = 'sink';
    document.body.append(sink);
    const form = document.createElement('form');
    form.action = 'about:blank';
    form.target = 'sink';
    document.body.append(form);
    const el = await mount({ 'autosave-key': 'nianbao-test', name: 'report' }, seed(), form);
    await userEvent.fill(cellInput(el, '/proactive/punishment/decisions'), '4');
    expect(localStorage.getItem('nianbao-test')).not.toBeNull();
    form.requestSubmit();
    await expect.poll(() => localStorage.getItem('nianbao-test')).toBeNull();
  });
});
