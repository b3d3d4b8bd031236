// The example's server: serves a CMS-like admin page with <nianbao-report-form>, and keeps the
// reports it saves in SQLite, every save a new revision. Node's http module and better-sqlite3;
// no framework. What a CMS replaces (who the user is, who may do what) is in lib/access.js.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkReport } from '@nianbao/core';
import { localUser, ownerOnly } from './lib/access.js';
import { HttpError, refusal } from './lib/messages.js';
import { readJsonObject, drain } from './lib/request.js';
import { etagOf, openStore, StaleRevisionError } from './lib/store.js';

/**
 * @import { IncomingMessage, ServerResponse } from 'node:http'
 * @import { Action, User } from './lib/access.js'
 * @import { Revision } from './lib/store.js'
 * @import { ListEntry, RevisionAnswer, RevisionEntry, SaveAnswer } from './lib/answers.js'
 */

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const formDist = join(dirname(require.resolve('@nianbao/form/package.json')), 'dist', 'standalone');
const seedFile = join(
  dirname(require.resolve('@nianbao/core/package.json')),
  'fixtures',
  'seed-yuguan-2023.json',
);
/** Where `npm start` keeps its database unless NIANBAO_DB names another file. */
export const DEFAULT_DB = join(here, 'data', 'reports.sqlite');

/** No inline script or style, no eval: the page works under the strictest policy a CMS may set. */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json',
};

/** @type {Record<string, 'submitted' | 'draft'>} */
const INTENTS = { submit: 'submitted', draft: 'draft' };

/**
 * The revision number an If-Match header names (`"rev-3"`), NaN for anything else.
 * @param {string} ifMatch
 */
const revisionIn = (ifMatch) => {
  const m = /^(?:W\/)?"rev-(\d+)"$/.exec(ifMatch.trim());
  return m ? Number(m[1]) : Number.NaN;
};

/**
 * @param {object} [options]
 * @param {string} [options.db] the SQLite file (default data/reports.sqlite beside this file)
 * @param {(req: IncomingMessage) => User | null} [options.userOf]
 *   who sent a request: a CMS returns the user of its own session
 * @param {(user: User | null, action: Action, report?: { owner: string }) => boolean} [options.mayAccess]
 *   the one function that decides who may read or write a report
 */
export function createExampleServer({
  db = DEFAULT_DB,
  userOf = localUser,
  mayAccess = ownerOnly,
} = {}) {
  const store = openStore(db);

  /**
   * @param {ServerResponse} res
   * @param {number} status
   * @param {string | Buffer} body
   * @param {Record<string, string>} [headers]
   */
  const send = (res, status, body, type = 'text/plain; charset=utf-8', headers = {}) => {
    res.writeHead(status, {
      'content-type': type,
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      ...headers,
    });
    res.end(body);
  };
  /**
   * @param {ServerResponse} res
   * @param {number} status
   * @param {unknown} body
   * @param {Record<string, string>} [headers]
   */
  const json = (res, status, body, headers = {}) =>
    send(res, status, JSON.stringify(body), TYPES['.json'], {
      'cache-control': 'no-store',
      ...headers,
    });

  /**
   * A file under `root`, never outside it.
   * @param {ServerResponse} res
   * @param {string} root
   * @param {string} rel
   */
  const serveFile = async (res, root, rel) => {
    const file = normalize(join(root, rel));
    if (!file.startsWith(root + sep)) return send(res, 404, 'Not found');
    try {
      send(res, 200, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream');
    } catch {
      send(res, 404, 'Not found');
    }
  };

  /**
   * The stored report `id` if `user` may `action` it; else answers 404 or 403.
   * @param {User | null} user
   * @param {Action} action
   * @param {string} id
   */
  const allowed = (user, action, id) => {
    const row = store.report(id);
    if (!row) throw new HttpError(404, 'not-found');
    if (!mayAccess(user, action, row)) throw new HttpError(403, 'forbidden');
    return row;
  };

  /**
   * @param {string} id
   * @param {Revision} r
   * @returns {RevisionAnswer}
   */
  const revisionBody = (id, r) => ({
    id,
    rev: r.rev,
    etag: etagOf(r.rev),
    status: r.status,
    author: r.author,
    savedAt: r.savedAt,
    report: JSON.parse(r.body),
    findings: r.findings,
  });

  /**
   * Saves a report: POST creates one (revision 1), PUT adds a revision to `id` if the save is based
   * on its latest revision (If-Match). The server checks with the same core as the page: with
   * `intent=submit` (the default) a report with errors is refused with 422 and the findings; with
   * `intent=draft` it is stored as a draft, findings included.
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   * @param {URL} url
   * @param {User | null} user
   * @param {string} [id]
   */
  const save = async (req, res, url, user, id) => {
    // Every revision names its author: nobody logged in saves nothing, whatever mayAccess allows.
    if (!user) throw new HttpError(403, 'forbidden');
    const intent = url.searchParams.get('intent') ?? 'submit';
    if (!Object.hasOwn(INTENTS, intent)) throw new HttpError(400, 'bad-intent');
    // Set for a PUT, from If-Match; a POST is based on no revision.
    let baseRev = Number.NaN;
    let forkedFrom = null;
    if (id) {
      allowed(user, 'write', id);
      const ifMatch = req.headers['if-match'];
      if (!ifMatch) throw new HttpError(428, 'if-match-required');
      baseRev = revisionIn(ifMatch);
    } else {
      if (!mayAccess(user, 'create')) throw new HttpError(403, 'forbidden');
      // "Keep both": a copy of someone's report is only possible for a reader of it.
      forkedFrom = url.searchParams.get('forkedFrom');
      if (forkedFrom) allowed(user, 'read', forkedFrom);
    }
    const report = await readJsonObject(req);
    const findings = checkReport(report);
    const errors = findings.filter((d) => d.severity === 'error').length;
    if (intent === 'submit' && errors)
      return json(res, 422, refusal('has-errors', { n: errors }, { findings }));
    const fields = { status: INTENTS[intent], body: JSON.stringify(report), findings };
    let saved;
    try {
      saved = id
        ? store.append({ id, baseRev, author: user.id, ...fields })
        : store.create({ owner: user.id, forkedFrom, ...fields });
    } catch (err) {
      if (!(err instanceof StaleRevisionError)) throw err;
      const { current } = err;
      return json(
        res,
        412,
        refusal(
          'stale',
          { rev: current.rev, base: Number.isNaN(baseRev) ? '?' : baseRev },
          {
            current: {
              rev: current.rev,
              etag: etagOf(current.rev),
              author: current.author,
              savedAt: current.savedAt,
            },
          },
        ),
        { etag: etagOf(current.rev) },
      );
    }
    const etag = etagOf(saved.rev);
    json(res, id ? 200 : 201, /** @satisfies {SaveAnswer} */ ({ ...saved, etag, findings }), {
      etag,
      location: `/api/reports/${saved.id}`,
    });
  };

  /**
   * The API under /api/reports: `rest` is what follows it, split at `/`.
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   * @param {URL} url
   * @param {string[]} rest
   */
  const api = async (req, res, url, rest) => {
    const user = userOf(req);
    const [id, sub, rev, ...more] = rest;
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    if (more.length || (sub !== undefined && sub !== 'revisions'))
      throw new HttpError(404, 'not-found');
    if (id === undefined) {
      if (method === 'POST') return save(req, res, url, user);
      if (method !== 'GET') throw new HttpError(405, 'method-not-allowed');
      const reports = store.list().filter((r) => mayAccess(user, 'read', r));
      return json(
        res,
        200,
        reports.map(
          ({ owner, ...r }) => /** @satisfies {ListEntry} */ ({ ...r, etag: etagOf(r.rev) }),
        ),
      );
    }
    if (sub === undefined && method === 'PUT') return save(req, res, url, user, id);
    if (method !== 'GET') throw new HttpError(405, 'method-not-allowed');
    allowed(user, 'read', id);
    if (sub === undefined) {
      const latest = store.latest(id);
      if (!latest) throw new HttpError(404, 'not-found');
      return json(res, 200, revisionBody(id, latest), { etag: etagOf(latest.rev) });
    }
    if (rev === undefined)
      return json(
        res,
        200,
        store
          .revisions(id)
          .map((r) => /** @satisfies {RevisionEntry} */ ({ ...r, etag: etagOf(r.rev) })),
      );
    const r = /^\d+$/.test(rev) ? store.revision(id, Number(rev)) : undefined;
    if (!r) throw new HttpError(404, 'not-found');
    return json(res, 200, revisionBody(id, r));
  };

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let path;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        throw new HttpError(400, 'bad-path', { path: url.pathname });
      }
      if (path === '/api/reports' || path.startsWith('/api/reports/'))
        return await api(req, res, url, path.split('/').slice(3));
      if (req.method !== 'GET' && req.method !== 'HEAD')
        throw new HttpError(405, 'method-not-allowed');
      if (path === '/') return await serveFile(res, join(here, 'public'), 'index.html');
      if (path === '/favicon.ico') return send(res, 204, '');
      if (path === '/seed.json') return send(res, 200, await readFile(seedFile), TYPES['.json']);
      if (path.startsWith('/vendor/'))
        return await serveFile(res, formDist, path.slice('/vendor/'.length));
      return await serveFile(res, join(here, 'public'), path.slice(1));
    } catch (err) {
      // Whatever is left of a refused request's body is read and dropped, so its sender sees the answer.
      if (!req.complete) drain(req);
      if (err instanceof HttpError) return json(res, err.status, err.body);
      json(
        res,
        500,
        refusal('server-error', { reason: err instanceof Error ? err.message : String(err) }),
      );
    }
  });
  server.on('close', () => store.close());
  return server;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  const port = Number(process.env.PORT ?? 8080);
  const db = process.env.NIANBAO_DB || DEFAULT_DB;
  const server = createExampleServer({ db });
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.once(signal, () => server.close(() => process.exit(0)).closeAllConnections());
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    // The URL comes last: it is what the person who ran `npm start` looks for.
    console.log(`nianbao CMS example: reports are kept in ${db}`);
    console.log(`http://127.0.0.1:${actual}/`);
  });
}
