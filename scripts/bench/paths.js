'use strict';
// Where the benchmarks read and write.
const fs = require('node:fs');
const path = require('node:path');

const repoRoot = path.resolve(__dirname, '..', '..');
const benchTmp = path.join(repoRoot, '.bench-tmp');

/** Links `<dir>/node_modules` to the repository's, so that `@kubegen/runtime` resolves from the tree. */
function linkNodeModules(dir) {
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
}

/** The command line of a repository tool run with node: the kubegen CLI or tsc. */
const tools = {
  kubegen: path.join(repoRoot, 'packages', 'cli', 'bin', 'kubegen.js'),
  tsc: path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'),
};

module.exports = { repoRoot, benchTmp, linkNodeModules, tools };
