import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { SaxesParser } from 'saxes';
import { checkReading, fromDocx, fromPdf } from '../src/index.js';
import { measure, measureAsync, print } from '@nianbao/bench';

/**
 * Issue 11 §4: reading a PDF against pdf.js's own `getTextContent` of the same pages (same
 * options: no eval, no font faces), and reading a Word file against unzipping it and parsing its
 * XML (every part inflated, `word/document.xml` parsed by saxes with no handler). Same process,
 * interleaved batches, medians. `npm run bench:published -w @nianbao/import`.
 */

const file = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../test/fixtures-published/${name}`, import.meta.url)));
const pdf = file('county-natural-resources-2023.portrait.pdf');
const docx = file('county-natural-resources-2023.docx');

async function textContentOnly(bytes: Uint8Array): Promise<number> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  let items = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    items += (await page.getTextContent()).items.length;
    page.cleanup();
  }
  await doc.destroy();
  return items;
}

function unzipAndParse(bytes: Uint8Array): void {
  const files = unzipSync(bytes);
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.write(strFromU8(files['word/document.xml'])).close();
}

const pdfResults = await measureAsync(
  {
    'pdf.js getTextContent, every page (baseline)': () => textContentOnly(pdf),
    'fromPdf (read)': () => fromPdf(pdf),
    'fromPdf + checkReading': async () => checkReading(await fromPdf(pdf)),
  },
  { batches: 11, minBatchMs: 200 },
);
print(
  `A ${(pdf.length / 1024).toFixed(0)} KB, 5-page PDF (Chromium print of a Word-like layout)`,
  pdfResults,
  [
    [
      'fromPdf ÷ getTextContent',
      'fromPdf (read)',
      'pdf.js getTextContent, every page (baseline)',
      1.3,
    ],
    [
      'fromPdf + check ÷ getTextContent',
      'fromPdf + checkReading',
      'pdf.js getTextContent, every page (baseline)',
    ],
  ],
);
const docxResults = measure({
  'unzip + XML parse (baseline)': () => unzipAndParse(docx),
  'fromDocx (read)': () => fromDocx(docx),
  'fromDocx + checkReading': () => checkReading(fromDocx(docx)),
});
print(
  `A ${(docx.length / 1024).toFixed(0)} KB .docx (the official template filled in)`,
  docxResults,
  [
    ['fromDocx ÷ unzip + parse', 'fromDocx (read)', 'unzip + XML parse (baseline)', 1.5],
    ['fromDocx + check ÷ unzip + parse', 'fromDocx + checkReading', 'unzip + XML parse (baseline)'],
  ],
);
