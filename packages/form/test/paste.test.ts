import { axisLeaves, cellsOf, format2021, getAt } from '@nianbao/core';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { pastedValues, readClipboard, tsvRows } from '../src/paste.js';
import seedText from '@nianbao/core/fixtures/reports/seed-yuguan-2023.txt?raw';
import { cellInput, cleanup, mount, seed } from './helpers.js';

afterEach(cleanup);

function paste(target: HTMLElement, data: Record<string, string>) {
  const dt = new DataTransfer();
  for (const [type, text] of Object.entries(data)) dt.setData(type, text);
  const e = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(e);
  return e;
}

/** Table 三 as the seed document has it after extraction: labels, merged cells collapsed, tabs. */
const table3Text = (() => {
  const lines = seedText.split('\n');
  const start = lines.findIndex((l) => l.startsWith('三、收到和处理'));
  const end = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
  return lines.slice(start + 1, end).join('\n').trim();
})();

describe('reading the clipboard', () => {
  it('reads spreadsheet text with quoted cells', () => {
    expect(tsvRows('1\t"a\tb"\t"x""y"\n"two\nlines"\t3\n')).toEqual([
      ['1', 'a\tb', 'x"y'],
      ['two\nlines', '3'],
    ]);
  });

  it('prefers the HTML table and expands colspans', () => {
    const html = '<meta charset="utf-8"><table><tr><td colspan="2">1</td><td>２</td></tr><tr><td>3</td><td><p>4</p></td><td>5</td></tr></table>';
    expect(readClipboard({ html, text: 'ignored' })).toEqual([
      ['1', '', '２'],
      ['3', '4', '5'],
    ]);
  });

  it('keeps only the data of a table copied with its labels', () => {
    const rows = pastedValues(tsvRows(table3Text), 7);
    expect(rows.length).toBe(axisLeaves(format2021.tables[1].blocks[0].rows).length);
    expect(rows.every((r) => r.length === 7 && r.every((t) => t === '0'))).toBe(true);
  });
});

describe('pasting into the form', () => {
  const table3 = cellsOf(format2021).filter((c) => c.table === 'table3');

  it('fills table 三 from the seed document, as one undoable step', async () => {
    const el = await mount({});
    const first = cellInput(el, '/applications/received/naturalPerson');
    first.focus();
    const e = paste(first, { 'text/plain': table3Text });
    expect(e.defaultPrevented).toBe(true);
    await el.updateComplete;
    const v = el.value;
    for (const c of table3) expect(getAt(v, c.path), c.path).toBe(0);
    expect(el.findings.filter((d) => d.paths.some((p) => p.startsWith('/applications/')))).toEqual([]);
    expect(el.undo()).toBe(true);
    await el.updateComplete;
    for (const c of table3) expect(getAt(el.value, c.path), c.path).toBeNull();
  });

  it('lays a block of values from Excel or Word over the cells from the focused one', async () => {
    const el = await mount({}, seed());
    const at = cellInput(el, '/applications/outcomes/granted/research');
    at.focus();
    paste(at, { 'text/plain': '1\t2\r\n3\t4元\r\n', 'text/html': '<table><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4元</td></tr></table>' });
    await el.updateComplete;
    const o = el.value.applications.outcomes;
    expect([o.granted.research, o.granted.publicInterest, o.partiallyGranted.research, o.partiallyGranted.publicInterest]).toEqual([1, 2, 3, '4元']);
    expect(cellInput(el, '/applications/outcomes/partiallyGranted/publicInterest').value).toBe('4元');
    // Ctrl+Z undoes the whole paste.
    at.focus();
    await userEvent.keyboard('{Control>}z{/Control}');
    await el.updateComplete;
    expect(el.value.applications.outcomes).toEqual(seed().applications.outcomes);
  });

  it('leaves a single value to the input', async () => {
    const el = await mount({}, seed());
    const at = cellInput(el, '/proactive/fees/amount');
    expect(paste(at, { 'text/plain': '12' }).defaultPrevented).toBe(false);
  });
});
