// Preloaded into the real command line by tests (node --import) to make the file system fail the
// way a full disk, a read-only mount or a concurrent editor would, which a test running as root
// cannot arrange with chmod. Nothing here ships: it patches node:fs before the CLI loads.
//
// NIANBAO_TEST_FAULTS is JSON:
//   fail:       [{ fn, code, match? }]  fs.promises[fn] (or the callback fs.write/fs.writev) throws
//                                       an error with that code when its path contains `match`
//   editBefore: { path, append }        when a temporary file of ours is first written, `path`
//                                       is changed first (an editor's autosave between read and write)
//   pauseOnTemp: true                   writing a temporary file of ours prints PAUSED on stderr
//                                       and waits forever (to be killed mid-write)
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

/**
 * @typedef {{ fn: string, code: string, match?: string }} Fault
 * @typedef {{ fail?: Fault[], editBefore?: { path: string, append: string }, pauseOnTemp?: boolean }} Faults
 * A function of node:fs as the wrappers below see it: any receiver, any arguments.
 * @typedef {(this: unknown, ...args: unknown[]) => unknown} Patchable
 */

/** @type {Faults} */
const faults = JSON.parse(process.env.NIANBAO_TEST_FAULTS ?? '{}');
/**
 * A module's functions as a table to replace entries of: each wrapper passes its arguments through
 * untouched, so the functions' own signatures do not matter here.
 * @param {object} table
 */
const patchable = (table) => /** @type {Record<string, Patchable>} */ (table);
const fsp = fs.promises;
/**
 * @param {unknown} p
 * @returns {p is string}
 */
const isOurTemp = (p) => typeof p === 'string' && /\.nianbao-\d+-\d+\.tmp$/.test(p);
/**
 * @param {string} code
 * @param {string} fn
 * @param {unknown} path
 */
const errno = (code, fn, path) =>
  Object.assign(new Error(`${code}: injected, ${fn} '${path}'`), { code, syscall: fn, path });

/**
 * @param {string} fn
 * @param {unknown} path
 */
function failure(fn, path) {
  for (const f of faults.fail ?? [])
    if (f.fn === fn && (f.match === undefined || String(path).includes(f.match))) return f;
  return undefined;
}

let edited = false;
/** @param {unknown} path */
async function beforeTemp(path) {
  if (!isOurTemp(path)) return;
  if (faults.editBefore && !edited) {
    edited = true;
    fs.appendFileSync(faults.editBefore.path, faults.editBefore.append);
  }
  if (faults.pauseOnTemp) {
    fs.writeFileSync(path, 'partial');
    process.stderr.write('PAUSED\n');
    // A pending promise alone does not keep Node running: a timer does.
    setInterval(() => {}, 60_000);
    await new Promise(() => {});
  }
}

for (const fn of [
  'open',
  'writeFile',
  'rename',
  'chmod',
  'chown',
  'readdir',
  'opendir',
  'stat',
  'mkdir',
]) {
  const table = patchable(fsp);
  const orig = table[fn];
  table[fn] = async function (path, ...rest) {
    const f = failure(fn, path);
    if (f) throw errno(f.code, fn, path);
    if (fn === 'open' || fn === 'writeFile') await beforeTemp(path);
    return orig.call(this, path, ...rest);
  };
}
for (const fn of ['write', 'writev']) {
  const table = patchable(fs);
  const orig = table[fn];
  table[fn] = function (fd, ...rest) {
    const f = failure(fn, '');
    if (!f) return orig.call(this, fd, ...rest);
    const cb = /** @type {(err: Error) => void} */ (rest[rest.length - 1]);
    process.nextTick(() => cb(errno(f.code, fn, `fd ${fd}`)));
  };
}
// Streams over a FileHandle (the CLI's atomic files) write through the handle, not fs.write.
const handle = await fsp.open(process.execPath, 'r');
const FileHandle = patchable(Object.getPrototypeOf(handle));
await handle.close();
for (const fn of ['write', 'writev', 'writeFile']) {
  const orig = FileHandle[fn];
  FileHandle[fn] = async function (...args) {
    const f = failure(fn === 'writeFile' ? 'write' : fn, '');
    const { fd } = /** @type {import('node:fs/promises').FileHandle} */ (this);
    if (f) throw errno(f.code, fn, `fd ${fd}`);
    return orig.apply(this, args);
  };
}
syncBuiltinESMExports();
