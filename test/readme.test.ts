import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OFFLINE_ENV, ROOT, sh } from './repo.js';

interface Command {
  line: string;
  /** The exit code the README announces in the line's comment (`# exit code 1: …`), else 0. */
  exit: number;
}

/** Every command of the README's `sh` blocks, so that the README cannot drift from what works. */
function readmeCommands(): Command[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const out: Command[] = [];
  for (const [, block] of readme.matchAll(/^```sh\n([\s\S]*?)^```$/gm))
    for (const raw of block.split('\n')) {
      const [line, comment = ''] = raw.split(/\s+#\s/, 2);
      if (!line.trim()) continue;
      out.push({ line: line.trim(), exit: Number(/exit code (\d)/.exec(comment)?.[1] ?? 0) });
    }
  return out;
}

/** Commands that cannot run inside the test run itself, each with the test that covers it. */
const COVERED_ELSEWHERE: Record<string, string> = {
  'npm install && npm start': 'start.test.ts runs `npm start` on the installed tree',
  'npm test': 'the command running this very test',
};

const commands = readmeCommands();
// The commands run from a copy of the repository's root holding what they read, so that those
// writing files (fix, convert, init, an audit) leave the checkout alone.
const work = mkdtempSync(join(tmpdir(), 'nianbao-readme-'));
cpSync(join(ROOT, 'examples', 'reports'), join(work, 'examples', 'reports'), { recursive: true });
symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('README', () => {
  it('has commands, and every one is run here or by a named test', () => {
    expect(commands.length).toBeGreaterThan(5);
    for (const c of Object.keys(COVERED_ELSEWHERE))
      expect(commands.map((x) => x.line)).toContain(c);
  });

  for (const { line, exit } of commands.filter((c) => !(c.line in COVERED_ELSEWHERE)))
    it(`runs as written: ${line}`, async () => {
      const r = await sh(line, { cwd: work, env: OFFLINE_ENV });
      expect(r.stderr).not.toMatch(/internal error|ERR_|npm error/);
      expect({ code: r.code, stderr: r.stderr }).toEqual({
        code: exit,
        stderr: expect.any(String),
      });
      const written = /(?:-o|>|--report)\s+(\S+)/.exec(line)?.[1];
      if (written) expect(existsSync(join(work, written)), written).toBe(true);
      else if (!line.includes('--dry-run') || r.code === 0)
        expect(r.stdout.length).toBeGreaterThan(0);
    });
});
