// The real server as `npm start` runs it, killed with SIGKILL while saves are in flight: every save
// it acknowledged is on disk exactly as sent, the SQLite file is intact, and it serves again.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerOf, readStored, seed, sendJson, tempDir } from './helpers.js';

/** @import { SaveAnswer } from '../lib/answers.js' */

const serverJs = fileURLToPath(new URL('../server.js', import.meta.url));
/** @type {Awaited<ReturnType<typeof tempDir>>} */
let tmp;
/** @type {string} */
let db;
beforeAll(async () => {
  tmp = await tempDir();
  db = join(tmp.dir, 'reports.sqlite');
});
afterAll(() => tmp?.remove());

/** Starts `node server.js` on a free port; resolves with its base URL once it listens. */
function startProcess() {
  const child = spawn(process.execPath, [serverJs], {
    env: { ...process.env, PORT: '0', NIANBAO_DB: db },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  /** @type {Promise<string>} */
  const base = new Promise((resolve, reject) => {
    child.stdout.on('data', (c) => {
      out += c;
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) resolve(`http://127.0.0.1:${m[1]}`);
    });
    child.stderr.on('data', (c) => {
      out += c;
    });
    child.on('exit', (code, signal) =>
      reject(new Error(`server exited (${code ?? signal}): ${out}`)),
    );
  });
  /** @type {Promise<NodeJS.Signals | number | null>} */
  const exited = new Promise((r) => child.on('exit', (code, signal) => r(signal ?? code)));
  return { child, base, exited };
}

const hash = (/** @type {string} */ text) => createHash('sha256').update(text).digest('hex');

/**
 * Saves as fast as it can from several clients until the server dies: new reports, and revisions of
 * one report (each based on the last one acknowledged). Returns every acknowledged save.
 * @param {string} base
 * @param {string} id
 * @param {string} startTag
 * @param {{ killAfter: number, kill: () => void }} when
 */
async function saveUntilKilled(base, id, startTag, { killAfter, kill }) {
  /** @type {{ id: string, rev: number, sha256: string }[]} */
  const acked = [];
  let tag = startTag;
  let n = 0;
  let killed = false;
  // A narrative of ~200 KB makes each write long enough to be cut in the middle.
  const next = () => ({ ...seed, otherMatters: `第 ${++n} 次保存：${'内容'.repeat(100_000)}` });
  const client = async (/** @type {boolean} */ edit) => {
    for (;;) {
      const report = next();
      const body = JSON.stringify(report);
      let res;
      try {
        res = edit
          ? await sendJson(`${base}/api/reports/${id}`, body, {
              method: 'PUT',
              headers: { 'if-match': tag },
            })
          : await sendJson(`${base}/api/reports`, body);
        /** @type {SaveAnswer} */
        const answer = await answerOf(res);
        if (res.status === 412) continue; // another client's revision came first: based on it next time
        expect([200, 201]).toContain(res.status);
        if (edit) tag = answer.etag;
        acked.push({ id: answer.id, rev: answer.rev, sha256: hash(body) });
      } catch (err) {
        if (killed) return; // the connection died with the server
        throw err;
      }
      if (acked.length === killAfter && !killed) {
        killed = true;
        kill();
      }
    }
  };
  await Promise.all([client(true), client(true), client(false), client(false)]);
  return { acked, tag };
}

describe('kill -9 while saving', () => {
  it('loses nothing acknowledged and corrupts nothing, over three kills', async () => {
    /** @type {string | undefined} */
    let id;
    let tag = '';
    /** @type {{ id: string, rev: number, sha256: string }[]} */
    const allAcked = [];
    for (let round = 0; round < 3; round++) {
      const { child, base, exited } = startProcess();
      const url = await base;
      if (!id) {
        const res = await sendJson(`${url}/api/reports`, seed);
        /** @type {SaveAnswer} */
        const created = await answerOf(res);
        ({ id, etag: tag } = created);
      } else {
        // After a restart the report goes on from its latest stored revision.
        const res = await fetch(`${url}/api/reports/${id}`);
        expect(res.status).toBe(200);
        tag = res.headers.get('etag') ?? '';
      }
      const { acked } = await saveUntilKilled(url, id, tag, {
        killAfter: 12 + round * 5,
        kill: () => child.kill('SIGKILL'),
      });
      expect(await exited).toBe('SIGKILL');
      allAcked.push(...acked);

      const conn = new Database(db, { readonly: true });
      try {
        expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
        const rows = readStored(db);
        const byKey = new Map(rows.map((r) => [`${r.id}#${r.rev}`, r]));
        // Every acknowledged save is there, byte for byte.
        for (const a of allAcked)
          expect(byKey.get(`${a.id}#${a.rev}`)?.sha256, `${a.id}#${a.rev}`).toBe(a.sha256);
        for (const r of rows) {
          // Nothing half-written: every stored body is whole JSON matching its hash.
          expect(hash(r.body)).toBe(r.sha256);
          expect(JSON.parse(r.body).meta.agency).toBe(seed.meta.agency);
        }
        // Revisions of each report run 1..n without a gap.
        const revs = rows
          .filter((r) => r.id === id)
          .map((r) => r.rev)
          .sort((a, b) => a - b);
        expect(revs).toEqual(revs.map((_, i) => i + 1));
      } finally {
        conn.close();
      }
    }
    expect(allAcked.length).toBeGreaterThanOrEqual(12 + 17 + 22);
  });
});
