#!/usr/bin/env node
import { run } from './cli.js';
import { EXIT } from './exit.js';
import { Sink } from './output/sink.js';

// A closed pipe (`nianbao check . | head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

run(process.argv.slice(2), {
  out: new Sink(process.stdout),
  err: new Sink(process.stderr),
  cwd: process.cwd(),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(
      `nianbao: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    process.exitCode = EXIT.unusable;
  },
);
