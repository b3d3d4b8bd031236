import { userEvent, page } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { cellAt, describeCell, format2021, getAt, setAt } from '@nianbao/core';
import type { FindingsEvent } from '../src/events.js';
import { cellInput, cleanup, mount, realistic, seed, shadow } from './helpers.js';

afterEach(cleanup);

const received = '/applications/received/naturalPerson';
const receivedTotal = '/applications/received/total';

describe('typing', () => {
  it('updates the value and the findings, and marks the cells', async () => {
    const el = await mount({}, seed());
    expect(el.findings.filter((d) => d.severity === 'error')).toEqual([]);
    const events: FindingsEvent[] = [];
    const inputs: Event[] = [];
    el.addEventListener('nianbao-findings', (e) => events.push(e));
    el.addEventListener('input', (e) => inputs.push(e));
    await userEvent.fill(cellInput(el, received), '5');
    await el.updateComplete;
    expect(el.value.applications.received.naturalPerson).toBe(5);
    expect(inputs.length).toBeGreaterThan(0);
    const ids = events.at(-1)!.findings.map((d) => d.ruleId);
    expect(ids).toContain('row-total');
    expect(ids).toContain('applications-balance');
    const rowTotal = el.findings.find((d) => d.ruleId === 'row-total')!;
    expect(rowTotal.path).toBe(receivedTotal);
    const total = cellInput(el, receivedTotal);
    expect(total.getAttribute('aria-invalid')).toBe('true');
    const desc = shadow(el).getElementById(total.getAttribute('aria-describedby')!)!;
    expect(desc.textContent).toContain(rowTotal.message);
    // The panel lists every finding.
    expect(shadow(el).querySelectorAll('.findings li').length).toBe(el.findings.length);
  });

  it('keeps text typed into a number cell visible, stored as typed and flagged', async () => {
    const el = await mount({}, seed());
    const input = cellInput(el, '/proactive/fees/amount');
    await userEvent.fill(input, '251000元');
    await el.updateComplete;
    expect(input.value).toBe('251000元');
    expect(el.value.proactive.fees.amount).toBe('251000元' as unknown as number);
    const d = el.findings.find((x) => x.ruleId === 'cell-not-a-number')!;
    expect(d.path).toBe('/proactive/fees/amount');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    // Blank placeholders are blank (null), never 0, and stay visible.
    const licensing = cellInput(el, '/proactive/licensing/decisions');
    await userEvent.fill(licensing, '/');
    input.focus(); // leave the cell
    await el.updateComplete;
    expect(el.value.proactive.licensing.decisions).toBeNull();
    expect(licensing.value).toBe('/');
    expect(
      el.findings.some(
        (x) => x.ruleId === 'cell-blank' && x.path === '/proactive/licensing/decisions',
      ),
    ).toBe(true);
  });

  it('autosum computes totals read-only, blank while an operand is not a number', async () => {
    const el = await mount({ autosum: '' }, seed());
    const total = cellInput(el, receivedTotal);
    expect(total.readOnly).toBe(true);
    await userEvent.fill(cellInput(el, received), '5');
    await userEvent.fill(cellInput(el, '/applications/received/commercial'), '2');
    await el.updateComplete;
    expect(el.value.applications.received.total).toBe(7);
    expect(total.value).toBe('7');
    expect(el.value.applications.outcomes.total.total).toBe(0);
    await userEvent.fill(cellInput(el, '/applications/outcomes/granted/naturalPerson'), '5');
    await el.updateComplete;
    expect(el.value.applications.outcomes.granted.total).toBe(5);
    expect(el.value.applications.outcomes.total.naturalPerson).toBe(5);
    expect(el.value.applications.outcomes.total.total).toBe(5);
    await userEvent.fill(cellInput(el, '/applications/received/research'), '三');
    await el.updateComplete;
    expect(el.value.applications.received.total).toBeNull();
    expect(total.value).toBe('');
  });

  it("autosum names the totals of a loaded report it replaced, in the element's language", async () => {
    const notice = (el: HTMLElement) =>
      shadow(el).querySelector('[part="notice"]')?.textContent?.trim() ?? '';
    const name = (p: string, lang: 'zh-CN' | 'en') => describeCell(cellAt(format2021, p)!, lang);
    const el = await mount({ autosum: '' }, realistic());
    expect(notice(el)).toBe('');

    // A report whose own totals do not match their parts: autosum shows its sums, and says which it replaced.
    const outcomesTotal = '/applications/outcomes/total/total';
    const plain = () => realistic() as unknown as Record<string, unknown>;
    const broken = plain();
    setAt(broken, receivedTotal, (getAt(broken, receivedTotal) as number) + 5);
    setAt(broken, outcomesTotal, '12件');
    el.value = broken;
    await el.updateComplete;
    expect(el.value).toEqual(realistic());
    const zh = notice(el);
    expect(zh).toContain('2 个');
    expect(zh).toContain(name(receivedTotal, 'zh-CN'));
    expect(zh).toContain(
      `原为 ${getAt(broken, receivedTotal)}，现为 ${getAt(realistic(), receivedTotal)}`,
    );
    expect(zh).toContain(name(outcomesTotal, 'zh-CN'));
    expect(zh).toContain('“12件”');
    el.lang = 'en';
    await el.updateComplete;
    expect(notice(el)).toContain(`replaced 2 totals`);
    expect(notice(el)).toContain(name(receivedTotal, 'en'));

    // Import: the first few are named, the rest counted.
    const many = plain();
    const totals = [
      '/applications/received/total',
      '/applications/carriedOver/total',
      '/applications/outcomes/granted/total',
      '/applications/carriedForward/total',
      outcomesTotal,
    ];
    for (const p of totals) setAt(many, p, 999);
    await el.importText('r.json', JSON.stringify(many));
    await el.updateComplete;
    expect(notice(el)).toContain('replaced 5 totals');
    expect(notice(el)).toContain('and 2 more');
    expect(el.value).toEqual(realistic());

    // A consistent report loads without a notice; blank totals filled in are no replacement.
    const blank = plain();
    setAt(blank, receivedTotal, null);
    await el.importText('r.json', JSON.stringify(blank));
    await el.updateComplete;
    expect(notice(el)).toBe('');
    expect(el.value).toEqual(realistic());
  });

  it('choosing a finding focuses its cell', async () => {
    const el = await mount({}, seed());
    await userEvent.fill(cellInput(el, '/reviewLitigation/review/upheld'), '2');
    await el.updateComplete;
    const button = shadow(el).querySelector<HTMLButtonElement>(
      '.findings button[data-finding="review-litigation-total"]',
    )!;
    await userEvent.click(button);
    expect(shadow(el).activeElement).toBe(cellInput(el, button.dataset.path!));
    expect(button.dataset.path).toBe('/reviewLitigation/review/total');
  });

  it('switches its words and messages with lang', async () => {
    const el = await mount({ lang: 'en' }, seed());
    await userEvent.fill(cellInput(el, '/reviewLitigation/review/upheld'), '2');
    await el.updateComplete;
    const d = el.findings.find((x) => x.ruleId === 'review-litigation-total')!;
    // Values quoted in backticks are shown as code, not with the backticks.
    expect(shadow(el).querySelector('.findings')!.textContent).toContain(
      d.messages.en.replaceAll('`', ''),
    );
    expect(shadow(el).querySelector('.findings h2')!.textContent).toBe('Findings');
  });

  it('shows the values a message quotes as code, and typed markup in them as text', async () => {
    const el = await mount({}, seed());
    await userEvent.fill(cellInput(el, '/proactive/coercion/decisions'), '<b>5</b>元');
    await el.updateComplete;
    const button = shadow(el).querySelector('.findings button[data-finding="cell-not-a-number"]')!;
    const codes = [...button.querySelectorAll('code')].map((c) => c.textContent);
    expect(codes).toContain('<b>5</b>元');
    expect(button.querySelector('b')).toBeNull();
  });
});

describe('keyboard', () => {
  it('arrow keys, Enter and Tab move between cells', async () => {
    const el = await mount({}, seed());
    const at = (p: string) => expect(shadow(el).activeElement).toBe(cellInput(el, p));
    cellInput(el, received).focus();
    await userEvent.keyboard('{ArrowDown}');
    at('/applications/carriedOver/naturalPerson');
    await userEvent.keyboard('{ArrowRight}'); // caret at the end of "0"
    at('/applications/carriedOver/commercial');
    await userEvent.keyboard('{Enter}');
    at('/applications/outcomes/granted/commercial');
    await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
    at('/applications/carriedOver/commercial');
    await userEvent.keyboard('{ArrowUp}');
    at('/applications/received/commercial');
    await userEvent.keyboard('{ArrowLeft}'); // the whole text is selected on arrival: the arrow moves on
    at(received);
    await userEvent.keyboard('{End}{ArrowLeft}'); // a caret at the end edits
    at(received);
    await userEvent.keyboard('{Tab}');
    at('/applications/received/commercial');
    // Typing then moving keeps the typed value.
    await userEvent.keyboard('8{ArrowDown}');
    at('/applications/carriedOver/commercial');
    expect(el.value.applications.received.commercial).toBe(8);
  });
});

describe('undo', () => {
  it('undoes and redoes typing with Ctrl+Z and Ctrl+Y', async () => {
    const el = await mount({}, seed());
    const input = cellInput(el, received);
    await userEvent.fill(input, '12');
    await el.updateComplete;
    input.focus();
    await userEvent.keyboard('{Control>}z{/Control}');
    await el.updateComplete;
    expect(el.value.applications.received.naturalPerson).toBe(0);
    expect(input.value).toBe('0');
    await userEvent.keyboard('{Control>}y{/Control}');
    await el.updateComplete;
    expect(el.value.applications.received.naturalPerson).toBe(12);
    void page;
  });
});
