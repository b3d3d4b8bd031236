// What the example's tests share: a server on a fresh SQLite file, Chromium, the seed report.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { chromiumLaunchOptions } from '@nianbao/chromium';
import { chromium } from 'playwright';
import { createExampleServer } from '../server.js';

/**
 * @import { AddressInfo } from 'node:net'
 * @import { Statement } from 'better-sqlite3'
 * @import { Refusal, Status } from '../lib/answers.js'
 * @typedef {{ id: string, rev: number, status: Status, body: string, sha256: string, findings: string }} StoredRow
 *   a revision as the SQLite file holds it
 */

const require = createRequire(import.meta.url);
export const seed = JSON.parse(
  readFileSync(
    join(
      dirname(require.resolve('@nianbao/core/package.json')),
      'fixtures',
      'seed-yuguan-2023.json',
    ),
    'utf8',
  ),
);

/** A temporary folder, removed by the returned function. */
export async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-cms-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * The example server on a new SQLite file in a temporary folder, listening on a free port.
 * @param {Omit<NonNullable<Parameters<typeof createExampleServer>[0]>, 'db'>} [options]
 */
export async function startServer(options = {}) {
  const { dir, remove } = await tempDir();
  const db = join(dir, 'reports.sqlite');
  const server = createExampleServer({ db, ...options });
  await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
  const { port } = /** @type {AddressInfo} */ (server.address());
  return {
    db,
    base: `http://127.0.0.1:${port}`,
    async stop() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await remove();
    },
  };
}

/**
 * The SQLite file opened read-only, as an auditor would: every revision really stored.
 * @param {string} db
 */
export function readStored(db) {
  const conn = new Database(db, { readonly: true });
  try {
    /** @type {Statement<[], StoredRow>} */
    const revisions = conn.prepare(
      'SELECT report_id AS id, rev, status, body, sha256, findings FROM revisions ORDER BY report_id, rev',
    );
    return revisions.all();
  } finally {
    conn.close();
  }
}

/**
 * Sends a report as JSON, as the page does.
 * @param {string} url
 * @param {unknown} body a report, or the very text to send
 */
export function sendJson(url, body, { method = 'POST', headers = {} } = {}) {
  return fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/**
 * The answer's JSON, of the shape the API gives it for what the test asked (lib/answers.js): a
 * refusal unless the caller's declared type says otherwise. The server is checked against those
 * types; the tests rely on them.
 * @template [T=Refusal]
 * @param {Response} res
 * @returns {Promise<T>}
 */
export async function answerOf(res) {
  return /** @type {T} */ (await res.json());
}

export const launchChromium = () => chromium.launch(chromiumLaunchOptions);
