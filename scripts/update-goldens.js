#!/usr/bin/env node
// Regenerates the golden output of every fixture by running `kubegen generate` in it (run after `npm run build`).
// Goldens are reviewed output: read the diff before committing it.
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { fixtureProjects } = require('./fixtures');

const bin = path.join(__dirname, '..', 'packages', 'cli', 'bin', 'kubegen.js');
let failed = 0;
for (const dir of fixtureProjects()) {
  console.log(`== ${path.relative(process.cwd(), dir) || dir}`);
  const r = spawnSync(process.execPath, [bin, 'generate'], { cwd: dir, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
