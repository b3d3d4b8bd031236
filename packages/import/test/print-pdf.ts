import { chromiumLaunchOptions } from '@nianbao/chromium';
import { chromium, type Browser } from 'playwright';
import { FOOTER, type PrintLayout } from './print-html.js';

/**
 * Chromium's print-to-PDF (the engine of `chromium --headless --print-to-pdf`), driven through
 * Playwright so that one browser prints many documents and the footer carries the page number.
 */
export class Printer {
  private constructor(private readonly browser: Browser) {}

  static async start(): Promise<Printer> {
    const browser = await chromium.launch(chromiumLaunchOptions);
    return new Printer(browser);
  }

  async pdf(html: string, layout: PrintLayout): Promise<Uint8Array> {
    const page = await this.browser.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({
        format: layout.page.format,
        landscape: layout.page.landscape,
        margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' },
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: FOOTER,
      });
    } finally {
      await page.close();
    }
  }

  /** A picture of the printed page: what a scanner gives back, with no text layer. */
  async scan(html: string): Promise<Uint8Array> {
    const page = await this.browser.newPage({ viewport: { width: 794, height: 1123 } });
    try {
      await page.setContent(html, { waitUntil: 'load' });
      const png = await page.screenshot({ clip: { x: 0, y: 0, width: 794, height: 1123 } });
      await page.setContent(
        `<!doctype html><body style="margin:0"><img style="width:100%" src="data:image/png;base64,${Buffer.from(png).toString('base64')}"></body>`,
        { waitUntil: 'load' },
      );
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        margin: { top: '0', bottom: '0', left: '0', right: '0' },
      });
    } finally {
      await page.close();
    }
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}
