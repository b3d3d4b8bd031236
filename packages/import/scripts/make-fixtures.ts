// Makes the PDF and Word fixtures of test/fixtures-published/ from the reports of
// test/fixtures-pdf/*.json, as agencies publish them:
//   - PDFs printed by Chromium (print-to-PDF) from the report laid out as a Word document, in two
//     page layouts (A4 portrait, header not repeated; A5 landscape, header repeated on each page);
//   - .docx files: the official blank template filled with the report's numbers, merged cells as
//     Word wrote them;
//   - a PDF whose fonts lost their Unicode map, a scanned (image-only) PDF, an old binary .doc.
//
//   CHROMIUM_PATH=/usr/bin/chromium npx tsx scripts/make-fixtures.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { getFormat } from '@nianbao/core';
import { fillTemplate } from '../test/fill-docx.js';
import { LANDSCAPE, PORTRAIT, printHtml } from '../test/print-html.js';
import { Printer } from '../test/print-pdf.js';
import { stripUnicodeMaps } from '../test/garble.js';

const here = (p: string) => new URL(`../test/${p}`, import.meta.url);
const layout = getFormat('2021');
const reports = ['county-natural-resources-2023', 'district-market-regulation-2022'].map(
  (name) => ({
    name,
    report: JSON.parse(readFileSync(here(`fixtures-pdf/${name}.json`), 'utf8')),
  }),
);
const out = (name: string, bytes: Uint8Array) => {
  writeFileSync(here(`fixtures-published/${name}`), bytes);
  console.log(`test/fixtures-published/${name}: ${bytes.length} bytes`);
};

const template = readFileSync(here('fixtures-published/official-2021-template.docx'));
const printer = await Printer.start();
try {
  for (const { name, report } of reports) {
    for (const print of [PORTRAIT, LANDSCAPE])
      out(`${name}.${print.id}.pdf`, await printer.pdf(printHtml(layout, report, print), print));
    out(`${name}.docx`, fillTemplate(template, layout, report));
  }
  const first = reports[0];
  const portrait = await printer.pdf(printHtml(layout, first.report, PORTRAIT), PORTRAIT);
  out('garbled-fonts.pdf', stripUnicodeMaps(portrait));
  out('scanned.pdf', await printer.scan(printHtml(layout, first.report, PORTRAIT)));
  // One defect, for the command line's positions: a blank cell in 表三 (on page 3).
  const blank = structuredClone(first.report);
  blank.applications.outcomes.notProcessed.repeated.commercial = null;
  out('blank-cell.portrait.pdf', await printer.pdf(printHtml(layout, blank, PORTRAIT), PORTRAIT));
} finally {
  await printer.close();
}
// An old Word file: the OLE2 compound-file signature and a header, which is all a reader sees first.
const doc = new Uint8Array(1536);
doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
doc.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff, 0x09, 0x00], 24);
out('old-word.doc', doc);
