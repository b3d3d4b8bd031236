import type { format2021 } from '@nianbao/core';
import type { Report } from '../generate.js';

/**
 * The printing and filling helpers of @nianbao/import's tests (a Word-like layout printed by
 * Chromium, the official Word template filled in), loaded by URL like `published.ts` so that
 * they stay out of this package's type program; their signatures are restated here.
 */
export interface PrintLayout {
  id: string;
  page: { format: 'A4' | 'A5'; landscape: boolean };
  css: string;
  repeatHeader: boolean;
}
interface Printer {
  pdf(html: string, layout: PrintLayout): Promise<Uint8Array>;
  close(): Promise<void>;
}
interface PrintHelpers {
  printHtml(layout: typeof format2021, report: Report, print: PrintLayout): string;
  PORTRAIT: PrintLayout;
  LANDSCAPE: PrintLayout;
}
interface PdfHelpers {
  Printer: { start(): Promise<Printer> };
}
interface DocxHelpers {
  templateXml(template: Uint8Array): string;
  fillDocumentXml(xml: string, layout: typeof format2021, report: Report): string;
  zipDocx(template: Uint8Array, xml: string): Uint8Array;
}
const url = (name: string) => new URL(`../../../../import/test/${name}`, import.meta.url).href;
export const { printHtml, PORTRAIT, LANDSCAPE } = (await import(
  url('print-html.ts')
)) as PrintHelpers;
const { Printer } = (await import(url('print-pdf.ts'))) as PdfHelpers;
export const { templateXml, fillDocumentXml, zipDocx } = (await import(
  url('fill-docx.ts')
)) as DocxHelpers;
export const TEMPLATE_URL = new URL(
  '../../../../import/test/fixtures-published/official-2021-template.docx',
  import.meta.url,
);

/** One Chromium for every PDF of a run, started on first use. */
let printer: Promise<Printer> | undefined;
export async function print(html: string, layout: PrintLayout): Promise<Uint8Array> {
  printer ??= Printer.start();
  return (await printer).pdf(html, layout);
}
export async function closePrinter(): Promise<void> {
  const p = printer;
  printer = undefined;
  if (p) await (await p).close();
}
