import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { chromiumLaunchOptions } from '@nianbao/chromium';
import { chromium } from 'playwright';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.map': 'application/json',
};

/** A CMS's strict policy: no eval, no inline script or style (as examples/cms-embed serves). */
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'";

/**
 * Serves `index` (under a strict CSP) and the files of `dir` on loopback, opens the page in
 * Debian's Chromium, gives the form `report` and says what a person would get: the element
 * defined, its cells, its findings; and which files the page fetched.
 */
export async function pageInChromium(
  dir: string,
  index: string,
  report: string,
): Promise<{ defined: boolean; inputs: number; rules: string[]; fetched: string[] }> {
  const fetched: string[] = [];
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    fetched.push(path);
    if (path === '/') {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'content-security-policy': CSP });
      res.end(index);
      return;
    }
    const file = normalize(join(dir, path));
    try {
      if (!file.startsWith(dir + sep)) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => customElements.get('nianbao-report-form') !== undefined);
    const result = await page.evaluate(async (json) => {
      type Form = HTMLElement & {
        value: unknown;
        findings: { ruleId: string }[];
        updateComplete: Promise<unknown>;
      };
      const el = document.querySelector('nianbao-report-form') as Form;
      el.value = JSON.parse(json);
      await el.updateComplete;
      return {
        defined: customElements.get('nianbao-report-form') !== undefined,
        inputs: el.shadowRoot?.querySelectorAll('input').length ?? 0,
        rules: el.findings.map((d) => d.ruleId),
      };
    }, report);
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return { ...result, fetched };
  } finally {
    await browser.close();
    server.close();
  }
}
