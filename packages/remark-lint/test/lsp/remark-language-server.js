#!/usr/bin/env node
// remark-language-server, as its bin is published upstream (remarkjs/remark-language-server,
// index.js): the npm registry this project can reach does not serve that package, so the test
// starts the same few lines on the real unified-language-server it wraps. Editors that run the
// published remark-language-server (vscode-remark, Neovim, Helix…) go through the same code.
import process from 'node:process';
import { createUnifiedLanguageServer } from 'unified-language-server';

process.title = 'remark-language-server';

createUnifiedLanguageServer({
  configurationSection: 'remark',
  ignoreName: '.remarkignore',
  packageField: 'remarkConfig',
  pluginPrefix: 'remark',
  processorName: 'remark',
  processorSpecifier: 'remark',
  rcName: '.remarkrc',
});
