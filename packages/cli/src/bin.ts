#!/usr/bin/env node
import { run } from './cli.js';
import { EXIT } from './exit.js';
import { Sink } from './output/sink.js';
import { forTerminal, terminalLines } from './output/terminal.js';

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
    const sys = e as NodeJS.ErrnoException;
    // A system call that failed (a disk that filled up, a file that vanished) is not a bug in
    // nianbao: one line, no stack trace.
    if (sys instanceof Error && typeof sys.code === 'string' && typeof sys.syscall === 'string') {
      process.stderr.write(`nianbao: ${forTerminal(sys.message.split('\n')[0])}\n`);
      process.exitCode = EXIT.unusable;
      return;
    }
    process.stderr.write(
      `nianbao: internal error: ${terminalLines(String(e instanceof Error ? (e.stack ?? e.message) : e).split('\n'))}\n`,
    );
    process.exitCode = EXIT.unusable;
  },
);
