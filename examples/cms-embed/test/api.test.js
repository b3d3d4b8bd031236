// The server's API without a browser: limits, JSON only, revisions, concurrency, access.
import Database from 'better-sqlite3';
import { afterAll, assert, beforeAll, describe, expect, it } from 'vitest';
import { answerOf, readStored, seed, sendJson, startServer } from './helpers.js';

/**
 * @import { ListEntry, RevisionAnswer, RevisionEntry, SaveAnswer } from '../lib/answers.js'
 */

/** @type {Awaited<ReturnType<typeof startServer>>} */
let app;
beforeAll(async () => {
  // Who the user is comes from a header here, as a CMS's session would say; the decision is the default's.
  app = await startServer({
    userOf: (req) => ({ id: String(req.headers['x-test-user'] ?? 'alice') }),
  });
});
afterAll(() => app?.stop());

const url = (/** @type {string} */ path) => `${app.base}${path}`;
const stored = () => readStored(app.db);
/**
 * Saves the seed report (a valid one) as `user`; returns the answer's JSON.
 * @returns {Promise<SaveAnswer>}
 */
async function create(user = 'alice', report = seed) {
  const res = await sendJson(url('/api/reports'), report, { headers: { 'x-test-user': user } });
  expect(res.status).toBe(201);
  return answerOf(res);
}

describe('limits: answered with 413/400 and a message, never 500, nothing stored', () => {
  /**
   * @param {Response} res
   * @param {number} status
   * @param {string} error
   */
  const refused = async (res, status, error) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await answerOf(res);
    expect(body.error).toBe(error);
    expect(body.message).toMatch(/未保存|无法读取/);
    expect(body.messages.en).toBeTruthy();
    return body;
  };

  it('refuses an oversized body with 413 the client can read', async () => {
    const before = stored().length;
    const big = { ...seed, otherMatters: 'x'.repeat(3 * 1024 * 1024) };
    const body = await refused(await sendJson(url('/api/reports'), big), 413, 'body-too-large');
    expect(body.messages.en).toMatch(/limit 2097152 bytes/);
    expect(stored().length).toBe(before);
  });

  it('refuses a 5,000-deep array, 100,000 nested objects and a deep value inside a report with 400', async () => {
    const before = stored().length;
    const deepArray = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    await refused(await sendJson(url('/api/reports'), deepArray), 400, 'json-too-deep');
    const deepObject = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    await refused(await sendJson(url('/api/reports'), deepObject), 400, 'json-too-deep');
    /** @type {unknown} */
    let nested = 1;
    for (let i = 0; i < 40; i++) nested = [nested];
    const inReport = { ...seed, overview: nested };
    const body = await refused(await sendJson(url('/api/reports'), inReport), 400, 'json-too-deep');
    expect(body.messages.en).toMatch(/limit 32 levels/);
    expect(stored().length).toBe(before);
  });

  it('refuses too many values with 400', async () => {
    const many = { ...seed, otherMatters: Array.from({ length: 30_000 }, () => 0) };
    await refused(await sendJson(url('/api/reports'), many), 400, 'json-too-many-members');
  });

  it('refuses what is not a JSON report with 400', async () => {
    await refused(await sendJson(url('/api/reports'), '{"format": '), 400, 'bad-json');
    await refused(await sendJson(url('/api/reports'), '[1, 2]'), 400, 'not-a-report');
    await refused(await sendJson(url('/api/reports'), 'null'), 400, 'not-a-report');
  });

  it('answers a malformed %-escape with 400 and a path outside its folders with 404', async () => {
    const res = await fetch(url('/reports/%E0%A4%A'));
    expect(res.status).toBe(400);
    expect((await answerOf(res)).messages.en).toMatch(/malformed %-escape/);
    expect((await fetch(url('/..%2Fserver.js'))).status).toBe(404);
    expect((await fetch(url('/vendor/..%2F..%2Fpackage.json'))).status).toBe(404);
  });
});

describe('JSON only: a cross-site form post cannot write', () => {
  it('refuses the bodies an HTML form can send, and requests from another site', async () => {
    const before = stored().length;
    const report = JSON.stringify(seed);
    // What a <form method=post> on any site can send without a CORS preflight.
    for (const [type, body] of [
      ['application/x-www-form-urlencoded', new URLSearchParams({ report }).toString()],
      ['text/plain', report],
      [
        'multipart/form-data; boundary=x',
        `--x\r\ncontent-disposition: form-data; name="report"\r\n\r\n${report}\r\n--x--`,
      ],
    ]) {
      const res = await fetch(url('/api/reports'), {
        method: 'POST',
        headers: { 'content-type': type },
        body,
      });
      expect(res.status, type).toBe(415);
      expect((await answerOf(res)).error).toBe('not-json');
    }
    // The old form endpoint is gone.
    expect(
      (await fetch(url('/reports'), { method: 'POST', body: new URLSearchParams({ report }) }))
        .status,
    ).toBe(405);
    for (const headers of [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
    ]) {
      const res = await sendJson(url('/api/reports'), seed, { headers });
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect((await answerOf(res)).error).toBe('cross-site');
    }
    expect(stored().length).toBe(before);
    // The same site's own page may write.
    const res = await sendJson(url('/api/reports'), seed, {
      headers: { origin: app.base, 'sec-fetch-site': 'same-origin' },
    });
    expect(res.status).toBe(201);
  });

  it('keeps the CSP and nosniff on every answer, the API included', async () => {
    for (const path of ['/', '/api/reports', '/api/reports/none', '/seed.json']) {
      const res = await fetch(url(path));
      expect(res.headers.get('content-security-policy'), path).toContain("default-src 'none'");
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });
});

describe('checked with the same core as the page', () => {
  it('refuses to submit a report with errors (422 with the findings), and stores it as a draft when asked', async () => {
    const before = stored().length;
    const bad = structuredClone(seed);
    bad.applications.received.commercial = '12x';
    const res = await sendJson(url('/api/reports'), bad);
    expect(res.status).toBe(422);
    const body = await answerOf(res);
    expect(body.error).toBe('has-errors');
    expect(body.findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'cell-not-a-number',
        path: '/applications/received/commercial',
        severity: 'error',
      }),
    );
    expect(stored().length).toBe(before);

    const draft = await sendJson(url('/api/reports?intent=draft'), bad);
    expect(draft.status).toBe(201);
    /** @type {SaveAnswer} */
    const saved = await answerOf(draft);
    expect(saved.status).toBe('draft');
    const row = stored().find((r) => r.id === saved.id);
    assert(row, 'the draft is stored');
    expect(row.status).toBe('draft');
    expect(JSON.parse(row.body)).toEqual(bad);
    expect(JSON.parse(row.findings).map((/** @type {{ path: string }} */ d) => d.path)).toContain(
      '/applications/received/commercial',
    );
    expect((await sendJson(url('/api/reports?intent=publish'), seed)).status).toBe(400);
  });
});

describe('revisions and optimistic concurrency', () => {
  it('keeps every save as a new revision and overwrites nothing', async () => {
    const { id, etag } = await create();
    expect(etag).toBe('"rev-1"');
    let tag = etag;
    const sent = [seed];
    for (let i = 1; i <= 3; i++) {
      const next = { ...seed, otherMatters: `第 ${i} 次修改` };
      const res = await sendJson(url(`/api/reports/${id}`), next, {
        method: 'PUT',
        headers: { 'if-match': tag },
      });
      expect(res.status).toBe(200);
      tag = res.headers.get('etag') ?? '';
      expect(tag).toBe(`"rev-${i + 1}"`);
      sent.push(next);
    }
    const rows = stored().filter((r) => r.id === id);
    expect(rows.map((r) => r.rev)).toEqual([1, 2, 3, 4]);
    expect(rows.map((r) => JSON.parse(r.body))).toEqual(sent);
    const latest = await fetch(url(`/api/reports/${id}`));
    expect(latest.headers.get('etag')).toBe('"rev-4"');
    /** @type {RevisionAnswer} */
    const last = await answerOf(latest);
    expect(last.report).toEqual(sent[3]);
    /** @type {RevisionAnswer} */
    const first = await answerOf(await fetch(url(`/api/reports/${id}/revisions/1`)));
    expect(first.report).toEqual(seed);
    /** @type {RevisionEntry[]} */
    const list = await answerOf(await fetch(url(`/api/reports/${id}/revisions`)));
    expect(list.map((r) => r.etag)).toEqual(['"rev-1"', '"rev-2"', '"rev-3"', '"rev-4"']);
    // The database itself refuses to change or delete a revision.
    const conn = new Database(app.db);
    expect(() =>
      conn.prepare('UPDATE revisions SET body = ? WHERE report_id = ?').run('{}', id),
    ).toThrow(/never changed/);
    expect(() => conn.prepare('DELETE FROM revisions WHERE report_id = ?').run(id)).toThrow(
      /never deleted/,
    );
    expect(conn.pragma('journal_mode', { simple: true })).toBe('wal');
    conn.close();
  });

  it('answers a stale save with 412 and the current revision, a save without If-Match with 428', async () => {
    const { id } = await create();
    /**
     * @param {string | undefined} etag
     * @param {unknown} body
     */
    const put = (etag, body) =>
      sendJson(url(`/api/reports/${id}`), body, {
        method: 'PUT',
        headers: etag ? { 'if-match': etag } : {},
      });
    expect((await put('"rev-1"', { ...seed, otherMatters: 'A' })).status).toBe(200);
    const stale = await put('"rev-1"', { ...seed, otherMatters: 'B' });
    expect(stale.status).toBe(412);
    const body = await answerOf(stale);
    expect(body.error).toBe('stale');
    expect(body.current).toMatchObject({ rev: 2, etag: '"rev-2"' });
    expect(body.message).toContain('第 2 版');
    expect((await put(undefined, seed)).status).toBe(428);
    expect((await put('*', seed)).status).toBe(412);
    expect(
      stored()
        .filter((r) => r.id === id)
        .map((r) => JSON.parse(r.body).otherMatters),
    ).toEqual([seed.otherMatters, 'A']);
  });

  it('answers unknown reports and revisions with 404', async () => {
    expect((await fetch(url('/api/reports/nope'))).status).toBe(404);
    const { id } = await create();
    expect((await fetch(url(`/api/reports/${id}/revisions/9`))).status).toBe(404);
    expect(
      (
        await sendJson(url('/api/reports/nope'), seed, {
          method: 'PUT',
          headers: { 'if-match': '"rev-1"' },
        })
      ).status,
    ).toBe(404);
  });
});

describe('one function decides who may read or write a report', () => {
  it('a second user cannot read, list, change or copy the first one’s report', async () => {
    const { id } = await create('alice');
    const as = (/** @type {string} */ user) => ({ 'x-test-user': user });
    expect((await fetch(url(`/api/reports/${id}`), { headers: as('alice') })).status).toBe(200);
    const read = await fetch(url(`/api/reports/${id}`), { headers: as('bob') });
    expect(read.status).toBe(403);
    expect(JSON.stringify(await answerOf(read))).not.toContain(seed.meta.agency);
    expect((await fetch(url(`/api/reports/${id}/revisions`), { headers: as('bob') })).status).toBe(
      403,
    );
    expect(
      (await fetch(url(`/api/reports/${id}/revisions/1`), { headers: as('bob') })).status,
    ).toBe(403);
    /** @type {ListEntry[]} */
    const list = await answerOf(await fetch(url('/api/reports'), { headers: as('bob') }));
    expect(list.map((r) => r.id)).not.toContain(id);
    /** @type {ListEntry[]} */
    const aliceList = await answerOf(await fetch(url('/api/reports'), { headers: as('alice') }));
    expect(aliceList.map((r) => r.id)).toContain(id);
    const write = await sendJson(url(`/api/reports/${id}`), seed, {
      method: 'PUT',
      headers: { ...as('bob'), 'if-match': '"rev-1"' },
    });
    expect(write.status).toBe(403);
    const copy = await sendJson(url(`/api/reports?forkedFrom=${id}`), seed, { headers: as('bob') });
    expect(copy.status).toBe(403);
    expect(stored().filter((r) => r.id === id)).toHaveLength(1);
  });

  it('asks the function given, with the user, the action and the stored report', async () => {
    /** @type {[string | undefined, string, string | undefined][]} */
    const calls = [];
    const other = await startServer({
      userOf: () => ({ id: 'clerk' }),
      mayAccess: (user, action, report) => {
        calls.push([user?.id, action, report?.owner]);
        return action !== 'read';
      },
    });
    try {
      const res = await sendJson(`${other.base}/api/reports`, seed);
      expect(res.status).toBe(201);
      /** @type {SaveAnswer} */
      const { id } = await answerOf(res);
      expect((await fetch(`${other.base}/api/reports/${id}`)).status).toBe(403);
      expect(calls).toEqual([
        ['clerk', 'create', undefined],
        ['clerk', 'read', 'clerk'],
      ]);
      const nobody = await startServer({ userOf: () => null });
      try {
        expect((await sendJson(`${nobody.base}/api/reports`, seed)).status).toBe(403);
      } finally {
        await nobody.stop();
      }
    } finally {
      await other.stop();
    }
  });

  it('refuses a save by nobody even when the function given allows it: a revision names its author', async () => {
    const open = await startServer({ userOf: () => null, mayAccess: () => true });
    try {
      const res = await sendJson(`${open.base}/api/reports`, seed);
      expect(res.status).toBe(403);
      expect((await answerOf(res)).error).toBe('forbidden');
      expect(readStored(open.db)).toHaveLength(0);
    } finally {
      await open.stop();
    }
  });
});
