#!/usr/bin/env node
// The main job of the README: generate the demo API of fixtures/demo and show what kubegen wrote.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const demo = path.join(__dirname, '..', 'fixtures', 'demo');
const bin = path.join(__dirname, '..', 'packages', 'cli', 'bin', 'kubegen.js');

const r = spawnSync(process.execPath, [bin, 'generate'], { cwd: demo, stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);

/** Generated files under a folder, relative to it, sorted. */
function generatedFiles(dir, base = dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...generatedFiles(p, base));
    else if (e.name.startsWith('zz_generated.') || path.relative(base, p).startsWith('config' + path.sep))
      out.push(path.relative(base, p));
  }
  return out.sort();
}

console.log('\nGenerated files in fixtures/demo:');
for (const f of generatedFiles(demo)) {
  const text = fs.readFileSync(path.join(demo, f), 'utf8');
  console.log(`  ${f.split(path.sep).join('/')}  (${text.split('\n').length} lines)`);
}
const register = path.join(demo, 'apis/demo/v1beta1/zz_generated.register.ts');
if (fs.existsSync(register)) {
  console.log('\n--- apis/demo/v1beta1/zz_generated.register.ts ---');
  console.log(fs.readFileSync(register, 'utf8'));
}
