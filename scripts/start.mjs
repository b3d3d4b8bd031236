// `npm start`: build what the CMS example needs, then run its server.
// Turbo's output is kept back unless the build fails, so that the server's URL is the last line a
// newcomer sees; a tree already built is a cache hit and starts in seconds. The server runs outside
// turbo, whose strict environment mode would drop PORT.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const build = spawnSync(
  'turbo',
  ['run', 'build', '--filter=@nianbao/example-cms-embed...', '--output-logs=errors-only'],
  { cwd: root, encoding: 'utf8', env: { TURBO_TELEMETRY_DISABLED: '1', ...process.env } },
);
if (build.status !== 0) {
  process.stderr.write(build.stdout + build.stderr);
  process.stderr.write(build.error ? `${build.error.message}\n` : '');
  process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ['examples/cms-embed/server.js'], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
  process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
