// Reading a request's JSON body safely: same-site JSON only, size and shape limits before parsing.
// The form's own pre-parse limits: the server refuses what the page would refuse.
import { exceededJsonLimit } from '@nianbao/form/limits';
import { HttpError } from './messages.js';

/** @import { IncomingMessage } from 'node:http' */

export const MAX_BODY = 2 * 1024 * 1024;
/** How much of an oversized body is read (and dropped) so that its sender gets the answer. */
const DRAIN_LIMIT = 64 * 1024 * 1024;

/**
 * A write must come from this site as JSON. A cross-site HTML form can only send urlencoded,
 * multipart or text/plain bodies, and a cross-site `fetch` with `application/json` needs a CORS
 * preflight this server never grants; browsers also say where a request came from (Origin,
 * Sec-Fetch-Site), which is checked too.
 * @param {IncomingMessage} req
 */
function checkWriteHeaders(req) {
  const site = req.headers['sec-fetch-site'];
  const origin = req.headers.origin;
  let crossOrigin = site === 'cross-site';
  if (origin && origin !== 'null') {
    try {
      crossOrigin ||= new URL(origin).host !== req.headers.host;
    } catch {
      crossOrigin = true;
    }
  } else if (origin === 'null') crossOrigin = true;
  if (crossOrigin) throw new HttpError(403, 'cross-site');
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') throw new HttpError(415, 'not-json');
  if (Number(req.headers['content-length']) > MAX_BODY)
    throw new HttpError(413, 'body-too-large', { max: MAX_BODY });
}

/**
 * Reads and drops what is left of a refused request, so that its sender can read the answer.
 * @param {IncomingMessage} req
 */
export function drain(req) {
  let size = 0;
  req.on('data', (/** @type {Buffer} */ c) => {
    size += c.length;
    if (size > DRAIN_LIMIT) req.destroy();
  });
  req.on('error', () => {});
  req.resume();
}

/**
 * @param {IncomingMessage} req
 * @returns {Promise<string>}
 */
function readText(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    /** @param {Buffer} c */
    const onData = (c) => {
      size += c.length;
      if (size <= MAX_BODY) return void chunks.push(c);
      req.off('data', onData);
      chunks.length = 0;
      drain(req);
      reject(new HttpError(413, 'body-too-large', { max: MAX_BODY }));
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The request's JSON object (a report), after the header, size and shape checks. Throws HttpError.
 * @param {IncomingMessage} req
 * @returns {Promise<object>}
 */
export async function readJsonObject(req) {
  checkWriteHeaders(req);
  const text = await readText(req);
  const over = exceededJsonLimit(text);
  if (over?.limit === 'size') throw new HttpError(413, 'body-too-large', { max: MAX_BODY });
  if (over)
    throw new HttpError(400, over.limit === 'depth' ? 'json-too-deep' : 'json-too-many-members', {
      max: over.max,
    });
  let value;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new HttpError(400, 'bad-json', {
      reason: err instanceof Error ? err.message : String(err),
    });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new HttpError(400, 'not-a-report');
  return value;
}
