// What the API answers, as types: server.js builds these bodies and is checked against them; the
// page (public/app.js) and the tests read them. Types only: nothing here runs.
/** @import { Diagnostic } from '@nianbao/core' */
/**
 * @typedef {'draft' | 'submitted'} Status
 * @typedef {{ 'zh-CN': string, en: string }} Messages
 * @typedef {{ rev: number, etag: string, author: string, savedAt: string }} RevisionRef
 * A refusal (4xx, 5xx): clients key on `error`. A 422 carries the findings, a 412 the revision
 * the save was not based on.
 * @typedef {{ error: string, message: string, messages: Messages, findings?: Diagnostic[], current?: RevisionRef }} Refusal
 * @typedef {{ id: string, rev: number, etag: string, status: Status, savedAt: string, findings: Diagnostic[] }} SaveAnswer
 * @typedef {RevisionRef & { id: string, status: Status, report: Record<string, unknown>, findings: Diagnostic[] }} RevisionAnswer
 * @typedef {RevisionRef & { status: Status, sha256: string }} RevisionEntry
 * @typedef {{ id: string, createdAt: string, forkedFrom: string | null, rev: number, etag: string, status: Status, savedAt: string, agency: unknown, year: unknown }} ListEntry
 */
export {};
