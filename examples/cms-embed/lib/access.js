// Who may do what. No authentication is built in: a CMS brings its own. These two functions are
// where it plugs in (see the README): `userOf` says who sent a request, `mayAccess` decides.

/**
 * @typedef {{ id: string }} User
 * @typedef {'create' | 'read' | 'write'} Action
 */

/**
 * The user who sent the request. The example has one local editor; a CMS returns the user of its
 * own session here (from its session cookie or token), or null when nobody is logged in.
 * @param {import('node:http').IncomingMessage} _req
 * @returns {User | null}
 */
export function localUser(_req) {
  return { id: 'local' };
}

/**
 * The one place that decides whether `user` may `action` a report. `report` is the stored report's
 * row (`owner` is the id of the user who created it), absent for `create`. The example lets each
 * user read and write the reports they created, and nothing else.
 * @param {User | null} user
 * @param {Action} action
 * @param {{ owner: string }} [report]
 */
export function ownerOnly(user, action, report) {
  if (!user) return false;
  if (action === 'create') return true;
  return report?.owner === user.id;
}
