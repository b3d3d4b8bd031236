// The example's storage: one SQLite file (better-sqlite3) in WAL mode. A report is a row in
// `reports`; every save is a new row in `revisions`, which the database itself keeps append-only,
// so that no submission is ever overwritten or lost.
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

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
export const etagOf = (rev) => `"rev-${rev}"`;

export const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** Thrown when a save is based on a revision that is no longer the latest. */
export class StaleRevisionError extends Error {
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
    latestRev: db.prepare('SELECT MAX(rev) AS rev FROM revisions WHERE report_id = ?').pluck(),
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
  const create = db.transaction(({ owner, forkedFrom = null, ...save }) => {
    const id = randomUUID();
    const row = revisionRow(id, 1, { author: owner, ...save });
    q.insertReport.run(id, owner, row.savedAt, forkedFrom);
    q.insertRevision.run(row);
    return { id, rev: 1, status: row.status, savedAt: row.savedAt };
  });
  const append = db.transaction(({ id, baseRev, ...save }) => {
    const latest = q.latestRev.get(id);
    if (latest !== baseRev) throw new StaleRevisionError(revision(id, latest));
    const row = revisionRow(id, latest + 1, save);
    q.insertRevision.run(row);
    return { id, rev: row.rev, status: row.status, savedAt: row.savedAt };
  });

  function revision(id, rev) {
    const r = q.revision.get(id, rev);
    return r && { ...r, findings: JSON.parse(r.findings) };
  }

  return {
    db,
    /** The report's row (id, owner, createdAt, forkedFrom), or undefined. */
    report: (id) => q.report.get(id),
    /**
     * Stores a new report as revision 1.
     * @param {{ owner: string, status: 'draft' | 'submitted', body: string, findings: unknown[], forkedFrom?: string }} save
     */
    create: (save) => create.immediate(save),
    /**
     * Stores a new revision of report `id`, if `baseRev` is still its latest; else throws StaleRevisionError.
     * @param {{ id: string, baseRev: number, author: string, status: 'draft' | 'submitted', body: string, findings: unknown[] }} save
     */
    append: (save) => append.immediate(save),
    latest: (id) => {
      const rev = q.latestRev.get(id);
      return rev ? revision(id, rev) : undefined;
    },
    revision,
    revisions: (id) => q.revisions.all(id),
    /** Every report with its latest revision's summary, newest first. */
    list: () => q.list.all(),
    close: () => db.close(),
  };
}
