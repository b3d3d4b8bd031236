import '../src/define.js';
import type { Report2021 } from '@nianbao/core';
import type { NianbaoReportForm } from '../src/report-form.js';
import seedJson from '@nianbao/core/fixtures/seed-yuguan-2023.json' with { type: 'json' };
import realisticJson from '@nianbao/core/fixtures/realistic-2024.json' with { type: 'json' };

export const seed = (): Report2021 => structuredClone(seedJson) as unknown as Report2021;
export const realistic = (): Report2021 => structuredClone(realisticJson) as unknown as Report2021;

/** Puts a form on the page (inside `parent`, default body) and waits for its first render. */
export async function mount(
  attrs: Record<string, string> = {},
  value?: Report2021,
  parent: HTMLElement = document.body,
): Promise<NianbaoReportForm> {
  const el = document.createElement('nianbao-report-form');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (value) el.value = value;
  parent.append(el);
  await el.updateComplete;
  return el;
}

export const shadow = (el: HTMLElement) => el.shadowRoot!;
export const cellInput = (el: HTMLElement, path: string) => {
  const input = shadow(el).getElementById(`i${path}`) as HTMLInputElement | null;
  if (!input) throw new Error(`no control for ${path}`);
  return input;
};

export function cleanup() {
  document.body.replaceChildren();
  localStorage.clear();
}
