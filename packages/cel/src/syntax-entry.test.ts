import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

// The built package, in a fresh process: jest's module registry would hide what Node really loads.
const dist = path.join(__dirname, '..', 'dist');

function run(script: string): string {
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout.trim();
}

const loaded = "Object.keys(require.cache).some((f) => f.includes('@bufbuild'))";

describe('@kubegen/cel/syntax, the entry point of code generators', () => {
  it('does not load cel-es until a rule is parsed', () => {
    const out = run(`const syntax = require(${JSON.stringify(path.join(dist, 'syntax.js'))});
      console.log(syntax.isTransitionRule('self.x == oldSelf.x'), ${loaded});`);
    expect(out).toBe('true false');
  });

  it('parses with cel-es once asked to', () => {
    const out = run(`const syntax = require(${JSON.stringify(path.join(dist, 'syntax.js'))});
      console.log(syntax.celSyntaxError('self.a > 1'), syntax.celSyntaxError('self.a >') !== undefined, ${loaded});`);
    expect(out).toBe('undefined true true');
  });
});
