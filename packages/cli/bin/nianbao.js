#!/usr/bin/env node
// The command's entry point, committed rather than built: npm links a package's bin only when the
// file exists at install time, and without that link `npx nianbao` in a fresh clone would fetch
// whatever package of that name the public registry holds. This file loads the compiled command.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/bin.js', import.meta.url);
if (existsSync(entry)) {
  await import(entry.href);
} else {
  process.stderr.write(
    'nianbao 尚未构建：请在仓库根目录运行 `npm run build`。\n' +
      'nianbao is not built yet: run `npm run build` at the repository root.\n',
  );
  process.exitCode = 2;
}
