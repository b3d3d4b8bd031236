import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ROOT } from './repo.js';

/** A port nothing listens on right now. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

describe('npm start', () => {
  it('serves on PORT and prints the URL to open as its last line', async () => {
    const port = await freePort();
    // Its own process group, so that npm, the start script and the server all stop together.
    const child = spawn('npm', ['start'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port) },
      detached: true,
    });
    let printed = '';
    child.stdout.on('data', (d) => {
      printed += d;
    });
    child.stderr.on('data', (d) => {
      printed += d;
    });
    const url = `http://127.0.0.1:${port}/`;
    try {
      await new Promise<void>((resolve, reject) => {
        const poll = setInterval(() => {
          if (printed.includes(url)) {
            clearInterval(poll);
            resolve();
          }
        }, 100);
        child.on('exit', (code) => {
          clearInterval(poll);
          reject(new Error(`npm start exited (${code}) before serving:\n${printed}`));
        });
      });
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<nianbao-report-form');
      // Nothing printed after the URL: it is the last line a person sees.
      await new Promise((r) => setTimeout(r, 1000));
      const lines = printed.trimEnd().split('\n');
      expect(lines.at(-1)).toBe(url);
    } finally {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    }
  });
});
