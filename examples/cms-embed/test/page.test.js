// The page in Chromium against the real server and SQLite file: what a person sees and does.
import { createServer } from 'node:http';
import { afterAll, assert, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, readStored, seed, startServer } from './helpers.js';

/**
 * @import { AddressInfo } from 'node:net'
 * @import { Browser, Page } from 'playwright'
 * @import {} from '@nianbao/form/define'
 */

/** @type {Awaited<ReturnType<typeof startServer>>} */
let app;
/** @type {Browser} */
let browser;
beforeAll(async () => {
  app = await startServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Opens the page (`search` e.g. `?id=…`), recording console errors and CSP violations. */
async function open(search = '') {
  const page = await browser.newPage();
  /** @type {string[]} */
  const problems = [];
  page.on('console', (m) => {
    // A refused save is a failed fetch in the console: expected where a test provokes it.
    if (m.type() === 'error' && !/status of (412|422)/.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(`${app.base}/${search}`);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, problems };
}

/**
 * @param {Page} page
 * @param {string} path
 */
const cell = (page, path) => page.locator(`nianbao-report-form input[id="i${path}"]`);
/** @param {Page} page */
const value = (page) => page.evaluate(() => document.querySelector('nianbao-report-form')?.value);
/** @param {Page} page */
const statusText = (page) => page.locator('#status-text').textContent();
/** @param {Page} page */
const idOf = (page) => new URL(page.url()).searchParams.get('id');
/** @param {Page} page */
const submit = (page) => page.click('button[value="submit"]');

describe('the CMS example page', () => {
  it('serves the page under a strict CSP and the form works there', async () => {
    const res = await fetch(`${app.base}/`);
    const csp = res.headers.get('content-security-policy');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-(eval|inline)/);
    const { page, problems } = await open();
    expect(await value(page)).toEqual(seed);
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
    expect(await cell(page, '/reviewLitigation/review/total').inputValue()).toBe('3');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('stores exactly the submitted value in SQLite, and refuses to submit while errors exist', async () => {
    const { page, problems } = await open();
    const before = readStored(app.db).length;
    await cell(page, '/proactive/licensing/decisions').fill('251000元');
    await submit(page);
    await page.waitForTimeout(200);
    expect(idOf(page)).toBeNull();
    expect(readStored(app.db).length).toBe(before);

    await cell(page, '/proactive/licensing/decisions').fill('25');
    // Markup typed into a narrative is text: shown as typed, never an element.
    const typed = '无。<img src=x onerror="document.title=\'pwned\'">';
    await page.locator('nianbao-report-form textarea[id="i/otherMatters"]').fill(typed);
    const sent = await value(page);
    await submit(page);
    await expect.poll(() => statusText(page)).toMatch(/已保存：第 1 版（已提交）/);
    const id = idOf(page);
    const rows = readStored(app.db).filter((r) => r.id === id);
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0].body)).toEqual(sent);
    expect(rows[0].status).toBe('submitted');

    // A second save is a new revision of the same report; the first stays as it was.
    await cell(page, '/proactive/licensing/decisions').fill('26');
    await submit(page);
    await expect.poll(() => statusText(page)).toMatch(/第 2 版/);
    expect(
      readStored(app.db)
        .filter((r) => r.id === id)
        .map((r) => JSON.parse(r.body).proactive.licensing.decisions),
    ).toEqual([25, 26]);

    // Opened again, the page shows the saved report, the markup still as text.
    const again = await open(`?id=${id}`);
    expect((await value(again.page))?.proactive.licensing.decisions).toBe(26);
    const shown = await again.page.evaluate(() => {
      const root = document.querySelector('nianbao-report-form')?.shadowRoot;
      const narrative = root?.getElementById('i/otherMatters');
      return {
        imgs: (root?.querySelectorAll('img').length ?? 0) + document.querySelectorAll('img').length,
        title: document.title,
        value: narrative instanceof HTMLTextAreaElement ? narrative.value : null,
      };
    });
    expect(shown).toMatchObject({ imgs: 0, value: typed });
    expect(shown.title).not.toBe('pwned');
    expect([...problems, ...again.problems]).toEqual([]);
    await page.close();
    await again.page.close();
  });

  it('saves a report with errors as a draft and shows the server’s findings at their cells', async () => {
    const { page, problems } = await open();
    await cell(page, '/applications/received/commercial').fill('12x');
    await page.click('button[value="draft"]');
    await expect.poll(() => statusText(page)).toMatch(/第 1 版（草稿）/);
    const row = readStored(app.db).find((r) => r.id === idOf(page));
    assert(row, 'the draft is stored');
    expect(row.status).toBe('draft');
    expect(JSON.parse(row.body).applications.received.commercial).toBe('12x');
    const listed = page.locator(
      '#server-findings button[data-finding="cell-not-a-number"][data-path="/applications/received/commercial"]',
    );
    await expect.poll(() => listed.count()).toBe(1);
    await listed.click();
    const focused = await page.evaluate(
      () => document.querySelector('nianbao-report-form')?.shadowRoot?.activeElement?.id,
    );
    expect(focused).toBe('i/applications/received/commercial');
    expect(
      await page
        .locator('nianbao-report-form td:has(input[id="i/applications/received/commercial"])')
        .getAttribute('data-severity'),
    ).toBe('error');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a 422 refusal’s findings at their cells: the server finds what the page finds', async () => {
    const { page, problems } = await open();
    await cell(page, '/applications/received/commercial').fill('12x');
    await cell(page, '/proactive/licensing/decisions').fill('-3');
    // A page that skips its own check (an old page, a script): the server still refuses.
    await page.evaluate(() => {
      const form = document.querySelector('form');
      if (form) form.noValidate = true;
    });
    const before = readStored(app.db).length;
    await submit(page);
    await expect.poll(() => statusText(page)).toMatch(/处错误，未提交/);
    expect(readStored(app.db).length).toBe(before);
    const fromServer = await page
      .locator('#server-findings button')
      .evaluateAll((bs) =>
        bs.map((b) => (b instanceof HTMLElement ? `${b.dataset.finding} ${b.dataset.path}` : '')),
      );
    const fromPage = await page.evaluate(() =>
      (document.querySelector('nianbao-report-form')?.findings ?? []).map(
        (d) => `${d.ruleId} ${d.path}`,
      ),
    );
    expect(fromServer.length).toBeGreaterThanOrEqual(2);
    expect(fromServer.sort()).toEqual(fromPage.sort());
    await page.locator('#server-findings button[data-finding="cell-negative"]').click();
    const at = page.locator(
      'nianbao-report-form td:has(input[id="i/proactive/licensing/decisions"])',
    );
    expect(await at.getAttribute('data-severity')).toBe('error');
    expect(
      await page.evaluate(
        () => document.querySelector('nianbao-report-form')?.shadowRoot?.activeElement?.id,
      ),
    ).toBe('i/proactive/licensing/decisions');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('offers to reload or keep both when someone saved in between, and loses neither', async () => {
    const first = await open();
    await first.page.click('button[value="submit"]');
    await expect.poll(() => statusText(first.page)).toMatch(/第 1 版/);
    const id = idOf(first.page);
    const a = await open(`?id=${id}`);
    const b = await open(`?id=${id}`);
    await cell(a.page, '/proactive/licensing/decisions').fill('101');
    await a.page.click('button[value="submit"]');
    await expect.poll(() => statusText(a.page)).toMatch(/第 2 版/);
    // B's edit is based on revision 1: refused, with the choice.
    await cell(b.page, '/proactive/licensing/decisions').fill('202');
    await b.page.click('button[value="submit"]');
    await expect.poll(() => statusText(b.page)).toMatch(/已被他人.*保存为第 2 版/);
    expect(await b.page.locator('#conflict').isVisible()).toBe(true);
    // Refused, the edit is still kept as the form's draft in the browser.
    const draft = () => b.page.evaluate(() => localStorage.getItem('cms-embed-report'));
    expect(JSON.parse((await draft()) ?? 'null').value.proactive.licensing.decisions).toBe(202);
    await b.page.click('#keep-both');
    await expect.poll(() => statusText(b.page)).toMatch(/第 1 版（草稿）/);
    const copy = idOf(b.page);
    expect(copy).not.toBe(id);
    expect(await draft()).toBeNull();
    const rows = readStored(app.db);
    expect(
      rows.filter((r) => r.id === id).map((r) => JSON.parse(r.body).proactive.licensing.decisions),
    ).toEqual([seed.proactive.licensing.decisions, 101]);
    const kept = rows.find((r) => r.id === copy);
    assert(kept, 'the copy is stored');
    expect(JSON.parse(kept.body).proactive.licensing.decisions).toBe(202);

    // Or: reload the latest revision and drop one's own edit.
    await cell(first.page, '/proactive/licensing/decisions').fill('303');
    await first.page.click('button[value="submit"]');
    await expect.poll(() => first.page.locator('#conflict').isVisible()).toBe(true);
    await first.page.click('#reload-latest');
    await expect.poll(() => statusText(first.page)).toMatch(/已载入第 2 版/);
    expect((await value(first.page))?.proactive.licensing.decisions).toBe(101);
    expect(await first.page.locator('#conflict').isVisible()).toBe(false);
    await first.page.click('button[value="submit"]');
    await expect.poll(() => statusText(first.page)).toMatch(/第 3 版/);
    for (const p of [first, a, b]) {
      expect(p.problems).toEqual([]);
      await p.page.close();
    }
  });

  it('lets no other site write: a cross-site form post or fetch stores nothing', async () => {
    const target = `${app.base.replace('127.0.0.1', 'localhost')}/api/reports`;
    // A page on another site (127.0.0.1 against localhost) that tries both ways a page can.
    const json = JSON.stringify(seed);
    const attack = `<!doctype html><form method="post" enctype="text/plain" action="${target}">
      <input name='${json.slice(0, -1)}, "x": "' value='"}'></form>
      <script>
        fetch(${JSON.stringify(target)}, { method: 'POST', headers: { 'content-type': 'application/json' }, body: ${JSON.stringify(json)} })
          .then((r) => { document.title = 'fetch ' + r.status; }, () => { document.title = 'fetch refused'; })
          .then(() => document.forms[0].submit());
      </script>`;
    const evil = createServer((_req, res) => res.end(attack));
    await new Promise((r) => evil.listen(0, '127.0.0.1', () => r(undefined)));
    const { port } = /** @type {AddressInfo} */ (evil.address());
    const before = readStored(app.db).length;
    const page = await browser.newPage();
    /** @type {number[]} */
    const answers = [];
    page.on('response', (r) => {
      if (r.url() === target) answers.push(r.status());
    });
    try {
      await page.goto(`http://127.0.0.1:${port}/`);
      await expect.poll(() => answers.length).toBeGreaterThan(0);
      await page.waitForLoadState('load');
      expect(readStored(app.db).length).toBe(before);
      // The form post reached the server and was refused as cross-site (its body, text/plain, would
      // have been refused too); the fetch never got past its CORS preflight.
      expect(answers).toEqual([403]);
      expect(answers).not.toContain(201);
    } finally {
      await page.close();
      await new Promise((r) => evil.close(r));
    }
  });
});
