#!/usr/bin/env node
'use strict';
// Node 22.1+ keeps compiled code between runs (TypeScript's own tsc does the same); Node 20 has no such API.
try {
  require('node:module').enableCompileCache?.();
} catch {
  // A cache that cannot be set up only costs speed.
}
// `kubegen openapi | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
require('../dist/main.js')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
