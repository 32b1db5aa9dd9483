import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

// The built package, in a fresh process: jest's module registry would hide what Node really loads.
const entry = path.join(__dirname, '..', 'dist', 'index.js');

function run(script: string): string {
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout.trim();
}

const loaded = "Object.keys(require.cache).some((f) => f.includes('@bufbuild'))";

describe('@kubegen/cel loads cel-es only when CEL is used', () => {
  it('does not load it for the syntax helpers a generator imports the package for', () => {
    const out = run(`const cel = require(${JSON.stringify(entry)});
      console.log(cel.isTransitionRule('self.x == oldSelf.x'), ${loaded});`);
    expect(out).toBe('true false');
  });

  it('loads it on the first evaluation, and evaluates', () => {
    const out = run(`const cel = require(${JSON.stringify(entry)});
      const errs = [];
      cel.checkCelRules([{ rule: 'self.a > 1', message: 'a too small' }], { a: 1 }, undefined, 'spec', 'object', errs);
      console.log(JSON.stringify(errs.map((e) => e.detail)), ${loaded});`);
    expect(out).toBe('["a too small"] true');
  });
});
