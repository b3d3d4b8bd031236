// The example's server: serves a CMS-like admin page with <nianbao-report-form>, and stores each
// report posted by the page's <form> as a JSON file. Node's http module only; no framework.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const formDist = join(dirname(require.resolve('@nianbao/form/package.json')), 'dist', 'standalone');
const seedFile = join(
  dirname(require.resolve('@nianbao/core/package.json')),
  'fixtures',
  'seed-yuguan-2023.json',
);

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

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json',
};
const MAX_BODY = 2 * 1024 * 1024;
/** How much of an oversized body is read (and dropped) so that its sender gets the answer. */
const DRAIN_LIMIT = 64 * 1024 * 1024;

/**
 * @param {{ submissions?: string }} [options] folder for the posted reports (default ./submissions)
 */
export function createExampleServer({ submissions = join(here, 'submissions') } = {}) {
  const send = (res, status, body, type = 'text/plain; charset=utf-8', headers = {}) => {
    res.writeHead(status, {
      'content-type': type,
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      ...headers,
    });
    res.end(body);
  };

  /** A file under `root`, never outside it. */
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
   * The request's body as text. Past MAX_BODY it is no longer kept but still read and dropped, so
   * that a client still sending can read the 400 that says why; past DRAIN_LIMIT the connection is
   * cut, so an endless body cannot hold it open.
   */
  const readBody = (req) =>
    new Promise((resolve, reject) => {
      const chunks = [];
      let size = 0;
      req.on('data', (c) => {
        size += c.length;
        if (size <= MAX_BODY) chunks.push(c);
        else if (size - c.length <= MAX_BODY) {
          chunks.length = 0;
          reject(new Error(`request body over ${MAX_BODY} bytes`));
        } else if (size > DRAIN_LIMIT) req.destroy();
      });
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });

  const saveReport = async (req, res) => {
    let report;
    try {
      const field = new URLSearchParams(await readBody(req)).get('report');
      if (field === null)
        return send(res, 400, 'The form sent no "report" field (is the form disabled?)');
      report = JSON.parse(field);
      if (report === null || typeof report !== 'object' || Array.isArray(report))
        throw new Error('"report" is not a JSON object');
    } catch (err) {
      return send(res, 400, `Could not read the report: ${err.message}`);
    }
    await mkdir(submissions, { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}.json`;
    await writeFile(join(submissions, name), `${JSON.stringify(report, null, 2)}\n`);
    send(res, 303, '', 'text/plain', { location: `/?saved=${encodeURIComponent(name)}` });
  };

  return createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let path;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        return send(res, 400, `Bad request: malformed %-escape in ${url.pathname}`);
      }
      if (req.method === 'POST' && path === '/reports') return await saveReport(req, res);
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return send(res, 405, 'Method not allowed');
      if (path === '/') return await serveFile(res, join(here, 'public'), 'index.html');
      if (path === '/favicon.ico') return send(res, 204, '');
      if (path === '/seed.json') return send(res, 200, await readFile(seedFile), TYPES['.json']);
      if (path === '/reports')
        return send(
          res,
          200,
          JSON.stringify(
            (await readdir(submissions).catch(() => [])).filter((f) => f.endsWith('.json')),
          ),
          TYPES['.json'],
        );
      if (path.startsWith('/reports/'))
        return await serveFile(res, submissions, path.slice('/reports/'.length));
      if (path.startsWith('/vendor/'))
        return await serveFile(res, formDist, path.slice('/vendor/'.length));
      return await serveFile(res, join(here, 'public'), path.slice(1));
    } catch (err) {
      send(res, 500, `Server error: ${err.message}`);
    }
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  const port = Number(process.env.PORT ?? 8080);
  const server = createExampleServer();
  server.listen(port, '127.0.0.1', () => {
    const { port: actual } = server.address();
    // The URL comes last: it is what the person who ran `npm start` looks for.
    console.log(`nianbao CMS example: submitted reports are saved in ${join(here, 'submissions')}`);
    console.log(`http://127.0.0.1:${actual}/`);
  });
}
