import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '@nianbao/chromium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExampleServer } from '../server.js';

let server;
let base;
let browser;
let submissions;

beforeAll(async () => {
  submissions = await mkdtemp(join(tmpdir(), 'nianbao-cms-'));
  server = createExampleServer({ submissions });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch(chromiumLaunchOptions);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
  await rm(submissions, { recursive: true, force: true });
});

/** Opens the page, recording console errors and Content-Security-Policy violations. */
async function open() {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(`${base}/`);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, problems };
}

const cell = (page, path) => page.locator(`nianbao-report-form input[id="i${path}"]`);
const value = (page) => page.evaluate(() => document.querySelector('nianbao-report-form').value);

describe('the CMS example', () => {
  it('serves the page under a strict CSP and the form works there', async () => {
    const res = await fetch(`${base}/`);
    const csp = res.headers.get('content-security-policy');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-(eval|inline)/);
    const { page, problems } = await open();
    const seed = await (await fetch(`${base}/seed.json`)).json();
    expect(seed.meta.agency).toBe('余关镇人民政府');
    expect(await value(page)).toEqual(seed);
    // Live checking works: the precompiled validator and the rules need no eval.
    const panel = page.locator('nianbao-report-form [part="findings"]');
    await cell(page, '/applications/received/commercial').fill('x');
    await expect
      .poll(() =>
        panel
          .locator(
            '[data-finding="cell-not-a-number"][data-path="/applications/received/commercial"]',
          )
          .count(),
      )
      .toBe(1);
    await cell(page, '/applications/received/commercial').fill('0');
    await expect.poll(() => panel.locator('[data-finding="cell-not-a-number"]').count()).toBe(0);
    await cell(page, '/reviewLitigation/review/upheld').fill('3');
    const findings = await page.evaluate(() =>
      document.querySelector('nianbao-report-form').findings.map((d) => d.ruleId),
    );
    // With autosum on, the total follows; nothing to reconcile in table 四 then.
    expect(findings).not.toContain('review-litigation-total');
    expect(await cell(page, '/reviewLitigation/review/total').inputValue()).toBe('3');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('stores exactly the submitted value, and refuses to submit while errors exist', async () => {
    const { page, problems } = await open();
    await cell(page, '/proactive/licensing/decisions').fill('251000元');
    expect(
      await page.evaluate(() => document.querySelector('nianbao-report-form').checkValidity()),
    ).toBe(false);
    await page.click('button[type="submit"]');
    await page.waitForTimeout(200);
    expect(new URL(page.url()).search).toBe('');
    expect(await readdir(submissions)).toEqual([]);

    await cell(page, '/proactive/licensing/decisions').fill('25');
    // Markup typed into a narrative is text: shown as typed, never an element (an <img> would fire onerror).
    const typed = '无。<img src=x onerror="document.title=\'pwned\'">';
    await page.locator('nianbao-report-form textarea[id="i/otherMatters"]').fill(typed);
    const shown = () =>
      page.evaluate(() => {
        const root = document.querySelector('nianbao-report-form').shadowRoot;
        return {
          imgs: root.querySelectorAll('img').length + document.querySelectorAll('img').length,
          text: root.textContent,
          value: root.getElementById('i/otherMatters').value,
          title: document.title,
        };
      });
    const before = await shown();
    expect(before.imgs).toBe(0);
    expect(before.text).toContain(typed);
    expect(before.value).toBe(typed);
    expect(before.title).not.toBe('pwned');
    const sent = await value(page);
    await Promise.all([page.waitForURL(/\?saved=/), page.click('button[type="submit"]')]);
    const files = await readdir(submissions);
    expect(files.length).toBe(1);
    const stored = JSON.parse(await readFile(join(submissions, files[0]), 'utf8'));
    expect(stored).toEqual(sent);
    expect(stored.proactive.licensing.decisions).toBe(25);
    // The page comes back with the saved report.
    await page.waitForSelector('body[data-ready="true"]');
    expect(await value(page)).toEqual(sent);
    expect(stored.otherMatters).toBe(typed);
    const after = await shown();
    expect(after.imgs).toBe(0);
    expect(after.text).toContain(typed);
    expect(after.title).not.toBe('pwned');
    expect(await page.locator('#status').textContent()).toContain(files[0]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('answers a bad post with a clear error and stores nothing', async () => {
    const before = (await readdir(submissions)).length;
    const res = await fetch(`${base}/reports`, {
      method: 'POST',
      body: new URLSearchParams({ report: '{"format": ' }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/Could not read the report/);
    expect((await fetch(`${base}/reports/..%2Fserver.js`)).status).toBe(404);
    expect((await readdir(submissions)).length).toBe(before);
  });

  it('answers a malformed %-escape with 400', async () => {
    const res = await fetch(`${base}/reports/%E0%A4%A`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/malformed %-escape/);
  });

  it('answers an oversized post with a 400 the client can read, and stores nothing', async () => {
    const before = (await readdir(submissions)).length;
    const res = await fetch(`${base}/reports`, {
      method: 'POST',
      body: new URLSearchParams({ report: 'x'.repeat(3 * 1024 * 1024) }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/request body over \d+ bytes/);
    expect((await readdir(submissions)).length).toBe(before);
  });
});
