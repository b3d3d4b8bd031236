// The example's storage: one SQLite file (better-sqlite3) in WAL mode. A report is a row in
// `reports`; every save is a new row in `revisions`, which the database itself keeps append-only,
// so that no submission is ever overwritten or lost.
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/**
 * @import { Statement } from 'better-sqlite3'
 * @import { Diagnostic } from '@nianbao/core'
 * @import { Status } from './answers.js'
 */
/**
 * The rows the queries below return, named as their columns are.
 * @typedef {{ id: string, owner: string, createdAt: string, forkedFrom: string | null }} ReportRow
 * @typedef {{ rev: number, status: Status, author: string, savedAt: string, sha256: string }} RevisionSummary
 * @typedef {RevisionSummary & { body: string, findings: string }} StoredRevision findings as JSON text
 * @typedef {RevisionSummary & { body: string, findings: Diagnostic[] }} Revision
 * @typedef {ReportRow & { rev: number, status: Status, savedAt: string, agency: unknown, year: unknown }} ListRow
 *   agency and year as the latest revision's body has them, whatever they are
 * @typedef {{ id: string, rev: number, status: Status, savedAt: string }} Saved
 * What a save stores besides who made it.
 * @typedef {{ status: Status, body: string, findings: Diagnostic[] }} SaveInput
 */

const SCHEMA = `
CREATE TABLE IF NOT EXISTS reports (
  id TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  created_at TEXT NOT NULL,
  forked_from TEXT
);
CREATE TABLE IF NOT EXISTS revisions (
  report_id TEXT NOT NULL REFERENCES reports(id),
  rev INTEGER NOT NULL CHECK (rev >= 1),
  status TEXT NOT NULL CHECK (status IN ('draft', 'submitted')),
  author TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  body TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  findings TEXT NOT NULL,
  PRIMARY KEY (report_id, rev)
);
CREATE TRIGGER IF NOT EXISTS revisions_keep_updates BEFORE UPDATE ON revisions
  BEGIN SELECT RAISE(ABORT, 'revisions are never changed: save a new one'); END;
CREATE TRIGGER IF NOT EXISTS revisions_keep_deletes BEFORE DELETE ON revisions
  BEGIN SELECT RAISE(ABORT, 'revisions are never deleted'); END;
CREATE TRIGGER IF NOT EXISTS reports_keep_deletes BEFORE DELETE ON reports
  BEGIN SELECT RAISE(ABORT, 'reports are never deleted'); END;
`;

/** The HTTP entity tag of a revision: it names the revision a later save must be based on. */
export const etagOf = (/** @type {number} */ rev) => `"rev-${rev}"`;

export const sha256 = (/** @type {string} */ text) =>
  createHash('sha256').update(text).digest('hex');

/** Thrown when a save is based on a revision that is no longer the latest. */
export class StaleRevisionError extends Error {
  /** @param {Revision} current the latest revision */
  constructor(current) {
    super(`the report has revision ${current.rev} now`);
    this.current = current;
  }
}

/**
 * @param {string} file path of the SQLite file (created with its folder when missing)
 */
export function openStore(file) {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // FULL: a save the server has answered is on disk, whatever happens to the process or machine next.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);

  /**
   * @type {{
   *   report: Statement<[string], ReportRow>,
   *   insertReport: Statement<[string, string, string, string | null]>,
   *   insertRevision: Statement<[StoredRevision & { reportId: string }]>,
   *   latestRev: Statement<[string], { rev: number | null }>,
   *   revision: Statement<[string, number], StoredRevision>,
   *   revisions: Statement<[string], RevisionSummary>,
   *   list: Statement<[], ListRow>,
   * }}
   */
  const q = {
    report: db.prepare(
      'SELECT id, owner, created_at AS createdAt, forked_from AS forkedFrom FROM reports WHERE id = ?',
    ),
    insertReport: db.prepare(
      'INSERT INTO reports (id, owner, created_at, forked_from) VALUES (?, ?, ?, ?)',
    ),
    insertRevision: db.prepare(
      `INSERT INTO revisions (report_id, rev, status, author, saved_at, body, sha256, findings)
       VALUES (@reportId, @rev, @status, @author, @savedAt, @body, @sha256, @findings)`,
    ),
    latestRev: db.prepare('SELECT MAX(rev) AS rev FROM revisions WHERE report_id = ?'),
    revision: db.prepare(
      `SELECT rev, status, author, saved_at AS savedAt, body, sha256, findings
       FROM revisions WHERE report_id = ? AND rev = ?`,
    ),
    revisions: db.prepare(
      `SELECT rev, status, author, saved_at AS savedAt, sha256 FROM revisions
       WHERE report_id = ? ORDER BY rev`,
    ),
    list: db.prepare(
      `SELECT r.id, r.owner, r.created_at AS createdAt, r.forked_from AS forkedFrom,
              v.rev, v.status, v.saved_at AS savedAt,
              json_extract(v.body, '$.meta.agency') AS agency, json_extract(v.body, '$.meta.year') AS year
       FROM reports r JOIN revisions v ON v.report_id = r.id
       WHERE v.rev = (SELECT MAX(rev) FROM revisions WHERE report_id = r.id)
       ORDER BY v.saved_at DESC`,
    ),
  };

  /**
   * @param {string} reportId
   * @param {number} rev
   * @param {SaveInput & { author: string }} save
   * @returns {StoredRevision & { reportId: string }}
   */
  const revisionRow = (reportId, rev, { status, author, body, findings }) => ({
    reportId,
    rev,
    status,
    author,
    savedAt: new Date().toISOString(),
    body,
    sha256: sha256(body),
    findings: JSON.stringify(findings),
  });

  /** `BEGIN IMMEDIATE`: the check of the latest revision and the insert are one step, for any number of processes. */
  const create = db.transaction(
    /**
     * @param {SaveInput & { owner: string, forkedFrom?: string | null }} save
     * @returns {Saved}
     */
    ({ owner, forkedFrom = null, ...save }) => {
      const id = randomUUID();
      const row = revisionRow(id, 1, { author: owner, ...save });
      q.insertReport.run(id, owner, row.savedAt, forkedFrom);
      q.insertRevision.run(row);
      return { id, rev: 1, status: row.status, savedAt: row.savedAt };
    },
  );
  const append = db.transaction(
    /**
     * @param {SaveInput & { id: string, baseRev: number, author: string }} save
     * @returns {Saved}
     */
    ({ id, baseRev, ...save }) => {
      const latest = q.latestRev.get(id)?.rev;
      // Every report is created with its first revision, in one transaction: none is without one.
      if (latest == null) throw new Error(`report ${id} has no revision`);
      if (latest !== baseRev) throw new StaleRevisionError(latestOf(id, latest));
      const row = revisionRow(id, latest + 1, save);
      q.insertRevision.run(row);
      return { id, rev: row.rev, status: row.status, savedAt: row.savedAt };
    },
  );

  /**
   * @param {string} id
   * @param {number} rev
   * @returns {Revision | undefined}
   */
  function revision(id, rev) {
    const r = q.revision.get(id, rev);
    return r && { ...r, findings: JSON.parse(r.findings) };
  }

  /**
   * Revision `rev` of report `id`, which the caller has just read as the latest.
   * @param {string} id
   * @param {number} rev
   */
  function latestOf(id, rev) {
    const r = revision(id, rev);
    if (!r) throw new Error(`report ${id} has no revision ${rev}`);
    return r;
  }

  return {
    db,
    /** The report's row (id, owner, createdAt, forkedFrom), or undefined. */
    report: (/** @type {string} */ id) => q.report.get(id),
    /**
     * Stores a new report as revision 1.
     * @param {SaveInput & { owner: string, forkedFrom?: string | null }} save
     */
    create: (save) => create.immediate(save),
    /**
     * Stores a new revision of report `id`, if `baseRev` is still its latest; else throws StaleRevisionError.
     * @param {SaveInput & { id: string, baseRev: number, author: string }} save
     */
    append: (save) => append.immediate(save),
    /** The latest revision of report `id`, or undefined when there is no such report. */
    latest: (/** @type {string} */ id) => {
      const rev = q.latestRev.get(id)?.rev;
      return rev ? revision(id, rev) : undefined;
    },
    revision,
    revisions: (/** @type {string} */ id) => q.revisions.all(id),
    /** Every report with its latest revision's summary, newest first. */
    list: () => q.list.all(),
    close: () => db.close(),
  };
}
