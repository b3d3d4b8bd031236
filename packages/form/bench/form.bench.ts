import { cellsOf, format2021 } from '@nianbao/core';
import { commands } from 'vitest/browser';
import { expect, it } from 'vitest';
// The shipped standalone bundle (production Lit, minified), not the sources in dev mode.
import '../dist/standalone/nianbao-form.js';
import type { NianbaoReportForm } from '../src/report-form.js';
import realisticJson from '../test/fixtures/realistic-2024.json' with { type: 'json' };

/**
 * 1. Time to first render of the whole form against a plain <table> with as many <input>s,
 *    rendered in the same page (target: ≤ 2×).
 * 2. Input-to-findings latency on the realistic report: from the `input` event to the findings
 *    event (synchronous), and to the rendered marks (Lit's update), p50 and p95 (target p95 ≤ 8 ms).
 */

const RUNS = 25;
const EDITS = 300;
const leafCells = cellsOf(format2021).filter((c) => !c.derived);

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
const round = (x: number) => Math.round(x * 1000) / 1000;

const setValue: number[] = [];
async function renderForm(): Promise<number> {
  const t0 = performance.now();
  const el = document.createElement('nianbao-report-form') as NianbaoReportForm;
  el.value = structuredClone(realisticJson) as never;
  setValue.push(performance.now() - t0);
  document.body.append(el);
  await el.updateComplete;
  void document.body.offsetHeight; // layout included, as for the table
  const t = performance.now() - t0;
  el.remove();
  return t;
}

async function renderPlainTable(inputs: number): Promise<number> {
  const t0 = performance.now();
  const table = document.createElement('table');
  const cols = 7;
  for (let i = 0; i < inputs; i += cols) {
    const tr = table.insertRow();
    for (let j = i; j < Math.min(inputs, i + cols); j++) {
      const input = document.createElement('input');
      input.value = String(j);
      input.setAttribute('aria-label', `cell ${j}`);
      tr.insertCell().append(input);
    }
  }
  document.body.append(table);
  await Promise.resolve();
  void document.body.offsetHeight;
  const t = performance.now() - t0;
  table.remove();
  return t;
}

it('measures first render and input-to-findings latency', async () => {
  const cold = await renderForm(); // includes the one-time model and checker set-up
  const inputsInForm = cellsOf(format2021).length + 3;
  const form: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    plain.push(await renderPlainTable(inputsInForm));
    form.push(await renderForm());
  }

  const el = document.createElement('nianbao-report-form') as NianbaoReportForm;
  el.value = structuredClone(realisticJson) as never;
  document.body.append(el);
  await el.updateComplete;
  const toFindings: number[] = [];
  const toRender: number[] = [];
  let seen = 0;
  el.addEventListener('nianbao-findings', () => seen++);
  let x = 7;
  for (let i = 0; i < EDITS; i++) {
    const cell = leafCells[(i * 37) % leafCells.length];
    const input = el.shadowRoot!.getElementById(`i${cell.path}`) as HTMLInputElement;
    x = (x * 31 + 11) % 97;
    input.value = String(x);
    const before = seen;
    const t0 = performance.now();
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    const t1 = performance.now();
    await el.updateComplete;
    const t2 = performance.now();
    expect(seen).toBe(before + 1);
    toFindings.push(t1 - t0);
    toRender.push(t2 - t0);
  }
  el.remove();

  const result = {
    date: new Date().toISOString(),
    userAgent: navigator.userAgent,
    firstRender: {
      inputs: inputsInForm,
      coldFormMs: round(cold),
      formMedianMs: round(median(form)),
      plainTableMedianMs: round(median(plain)),
      ratio: round(median(form) / median(plain)),
      /** Part of the form's time spent checking the report when the value is set. */
      setValueMedianMs: round(median(setValue)),
      target: '≤ 2×',
    },
    inputToFindings: {
      edits: EDITS,
      findingsP50Ms: round(median(toFindings)),
      findingsP95Ms: round(quantile(toFindings, 0.95)),
      renderedP50Ms: round(median(toRender)),
      renderedP95Ms: round(quantile(toRender, 0.95)),
      target: 'p95 ≤ 8 ms',
    },
  };
  console.log(JSON.stringify(result, null, 2));
  await commands.writeFile('./bench/results/form.json', `${JSON.stringify(result, null, 2)}\n`);
});
