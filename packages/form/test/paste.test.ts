import { cellsOf, format2021, getAt, readCellText } from '@nianbao/core';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { labelledPaste } from '../src/labelled-paste.js';
import { hasLabels, layBlock, readClipboard, tsvRows } from '../src/paste.js';
import seedText from '@nianbao/core/fixtures/reports/seed-yuguan-2023.txt?raw';
import { cellInput, cleanup, mount, seed } from './helpers.js';

afterEach(cleanup);

function paste(target: HTMLElement, data: Record<string, string>) {
  const dt = new DataTransfer();
  for (const [type, text] of Object.entries(data)) dt.setData(type, text);
  const e = new ClipboardEvent('paste', {
    clipboardData: dt,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  target.dispatchEvent(e);
  return e;
}

/** Pastes and waits for the form to take it in: a labelled block waits for the lazily loaded reader. */
async function pasted(
  el: HTMLElement & { updateComplete: Promise<boolean> },
  target: HTMLElement,
  data: Record<string, string>,
) {
  const changed = new Promise((resolve) => el.addEventListener('change', resolve, { once: true }));
  const e = paste(target, data);
  await changed;
  await el.updateComplete;
  return e;
}

/** Table 三 as the seed document has it after extraction: labels, merged cells collapsed, tabs. */
const table3Text = (() => {
  const lines = seedText.split('\n');
  const start = lines.findIndex((l) => l.startsWith('三、收到和处理'));
  const end = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
  return lines
    .slice(start + 1, end)
    .join('\n')
    .trim();
})();

describe('reading the clipboard', () => {
  it('reads spreadsheet text with quoted cells', () => {
    expect(tsvRows('1\t"a\tb"\t"x""y"\n"two\nlines"\t3\n')).toEqual([
      ['1', 'a\tb', 'x"y'],
      ['two\nlines', '3'],
    ]);
  });

  it('prefers the HTML table and expands colspans', () => {
    const html =
      '<meta charset="utf-8"><table><tr><td colspan="2">1</td><td>２</td></tr><tr><td>3</td><td><p>4</p></td><td>5</td></tr></table>';
    expect(readClipboard({ html, text: 'ignored' })).toEqual([
      ['1', '', '２'],
      ['3', '4', '5'],
    ]);
  });

  it('places every value of a table copied with its labels by its labels', () => {
    const rows = tsvRows(table3Text);
    expect(hasLabels(rows)).toBe(true);
    expect(
      hasLabels([
        ['1', '2'],
        ['无', '4元'],
      ]),
    ).toBe(false);
    const { cells, unplaced } = labelledPaste(format2021, 'table3', rows);
    expect([...cells.keys()].sort()).toEqual(table3Paths.slice().sort());
    expect([...cells.values()].every((t) => t === '0')).toBe(true);
    expect(unplaced).toBe(0);
  });
});

const table3Paths = cellsOf(format2021)
  .filter((c) => c.table === 'table3')
  .map((c) => c.path);

/** The table 三 rows of the seed's text, in the layout's row order, each as the JSON Pointers of its cells. */
const table3Rows = (() => {
  const rows = new Map<string, string[]>();
  for (const c of cellsOf(format2021).filter((c) => c.table === 'table3')) {
    const key = `${c.block}/${c.row}`;
    rows.set(key, [...(rows.get(key) ?? []), c.path]);
  }
  return [...rows.values()];
})();

/**
 * The seed's table 三 with its labels as they were extracted, each data row's numbers replaced by
 * `cells(i)` for the i-th data row: what copying the table from a published report gives.
 */
function labelledTable3(cells: (row: number) => string[]): string {
  let i = 0;
  return table3Text
    .split('\n')
    .map((line) => {
      const parts = line.split('\t');
      const first = parts.findIndex((t) => readCellText(t).status === 'number');
      if (first < 0) return line;
      return [...parts.slice(0, first), ...cells(i++)].join('\t');
    })
    .join('\n');
}

describe('pasting into the form', () => {
  const table3 = cellsOf(format2021).filter((c) => c.table === 'table3');

  it('fills table 三 from the seed document, as one undoable step', async () => {
    const el = await mount({});
    const first = cellInput(el, '/applications/received/naturalPerson');
    first.focus();
    const e = await pasted(el, first, { 'text/plain': table3Text });
    expect(e.defaultPrevented).toBe(true);
    const v = el.value;
    for (const c of table3) expect(getAt(v, c.path), c.path).toBe(0);
    expect(el.findings.filter((d) => d.paths.some((p) => p.startsWith('/applications/')))).toEqual(
      [],
    );
    expect(el.undo()).toBe(true);
    await el.updateComplete;
    for (const c of table3) expect(getAt(el.value, c.path), c.path).toBeNull();
  });

  it('keeps every row in place when a labelled row holds only placeholders', async () => {
    const el = await mount({});
    const first = cellInput(el, '/applications/received/naturalPerson');
    first.focus();
    const middle = 8;
    const text = labelledTable3((i) =>
      table3Rows[i].map((_, j) => (i === middle ? (j % 2 ? '—' : '/') : String(i * 10 + j))),
    );
    expect(text.split('\n').filter((l) => l.includes('/\t—')).length).toBe(1);
    await pasted(el, first, { 'text/plain': text });
    const v = el.value;
    table3Rows.forEach((paths, i) => {
      paths.forEach((p, j) => {
        expect(getAt(v, p), p).toBe(i === middle ? null : i * 10 + j);
      });
    });
    // The placeholders stay visible as typed.
    expect(cellInput(el, table3Rows[middle][0]).value).toBe('/');
    expect(el.undo()).toBe(true);
    await el.updateComplete;
    for (const p of table3Paths) expect(getAt(el.value, p), p).toBeNull();
  });

  it('keeps the columns in place when a labelled row ends in an empty total cell', async () => {
    const el = await mount({});
    // The focus is anywhere in the table: labels say where each value goes.
    const at = cellInput(el, table3Rows[10][3]);
    at.focus();
    const short = 2;
    const text = labelledTable3((i) =>
      table3Rows[i].map((_, j, all) =>
        i === short && j === all.length - 1 ? '' : String(100 + i * 10 + j),
      ),
    );
    await pasted(el, at, { 'text/plain': text });
    const v = el.value;
    table3Rows.forEach((paths, i) => {
      paths.forEach((p, j) => {
        expect(getAt(v, p), p).toBe(
          i === short && j === paths.length - 1 ? null : 100 + i * 10 + j,
        );
      });
    });
    expect(el.shadowRoot!.querySelector('[part=notice]')).toBeNull();
  });

  it('says so when a labelled block matches no row of the table', async () => {
    const el = await mount({ lang: 'en' }, seed());
    const at = cellInput(el, '/applications/received/naturalPerson');
    at.focus();
    await pasted(el, at, { 'text/plain': '甲乙丙丁\t1\t2\n戊己庚辛\t3\t4' });
    expect(el.value).toEqual(seed());
    expect(el.shadowRoot!.querySelector('[part=notice]')?.textContent).toContain(
      'nothing was filled in',
    );
  });

  it('lays a block of values from Excel or Word over the cells from the focused one', async () => {
    const el = await mount({}, seed());
    const at = cellInput(el, '/applications/outcomes/granted/research');
    at.focus();
    paste(at, {
      'text/plain': '1\t2\r\n3\t4元\r\n',
      'text/html': '<table><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4元</td></tr></table>',
    });
    await el.updateComplete;
    const o = el.value.applications.outcomes;
    expect([
      o.granted.research,
      o.granted.publicInterest,
      o.partiallyGranted.research,
      o.partiallyGranted.publicInterest,
    ]).toEqual([1, 2, 3, '4元']);
    expect(cellInput(el, '/applications/outcomes/partiallyGranted/publicInterest').value).toBe(
      '4元',
    );
    // Ctrl+Z undoes the whole paste.
    at.focus();
    await userEvent.keyboard('{Control>}z{/Control}');
    await el.updateComplete;
    expect(el.value.applications.outcomes).toEqual(seed().applications.outcomes);
  });

  it('says how many values of 10,000 pasted rows fall outside the table, and fills the rest', async () => {
    const el = await mount({}, seed());
    const at = cellInput(el, '/applications/outcomes/granted/research');
    at.focus();
    // Two columns from `research`: table 三 has `publicInterest` right of it, nothing more in a few rows.
    const block = Array.from({ length: 10_000 }, (_, i) => `${i}\t${i}`).join('\n');
    await pasted(el, at, { 'text/plain': block });
    const notice = el.shadowRoot!.querySelector('[part=notice]')?.textContent ?? '';
    const m =
      /粘贴的 20000 个值中有 (\d+) 个超出本表范围，未填入（(\d+) 行在表格末行之下，(\d+) 个值在末列之右）/.exec(
        notice,
      );
    expect(m, notice).not.toBeNull();
    const [outside, rowsBelow, right] = m!.slice(1).map(Number);
    // Every row that landed put its first value in the `research` column, in order.
    const landed = 10_000 - rowsBelow;
    expect(landed).toBeGreaterThan(5);
    expect(outside).toBe(rowsBelow * 2 + right);
    expect(el.value.applications.outcomes.granted.research).toBe(0);
    expect(el.value.applications.outcomes.partiallyGranted.research).toBe(1);
    // One undo takes the whole paste back.
    expect(el.undo()).toBe(true);
    expect(el.value).toEqual(seed());
  });

  it('counts what falls below and right of the table', () => {
    const rows = [['a1', 'a2'], ['b1', 'b2', 'b3'], ['c1']];
    const laid = layBlock([['1', '2', '3'], ['4', '5'], ['6', '7'], ['8']], rows, 1, 1);
    expect([...laid.cells]).toEqual([
      ['b2', '1'],
      ['b3', '2'],
      // c1 has no second column: 4 and 5 fall right of it, as 3 does of b3.
    ]);
    expect(laid).toMatchObject({ total: 8, rowsBelow: 2, valuesBelow: 3, valuesRight: 3 });
  });

  it('leaves a single value to the input', async () => {
    const el = await mount({}, seed());
    const at = cellInput(el, '/proactive/fees/amount');
    expect(paste(at, { 'text/plain': '12' }).defaultPrevented).toBe(false);
  });
});
