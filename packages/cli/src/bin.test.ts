import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyDemoProject } from '../../codegen/src/__tests__/demo-project';

// Runs the real executable, as npm links it; needs `npx tsc -b packages/cli/tsconfig.json` first.
const BIN = path.resolve(__dirname, '../bin/kubegen.js');

function kubegen(cwd: string, ...argv: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...argv], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bin/kubegen.js', () => {
  beforeAll(() => {
    if (!fs.existsSync(path.resolve(__dirname, '../dist/main.js'))) {
      throw new Error(
        'packages/cli/dist/main.js is missing: run `npx tsc -b packages/cli/tsconfig.json` first',
      );
    }
  });

  it('prints the version and exits 0', () => {
    const { version } = JSON.parse(
      fs.readFileSync(path.resolve(__dirname, '../package.json'), 'utf8'),
    );
    expect(kubegen(__dirname, '--version')).toEqual({
      code: 0,
      stdout: `${version}\n`,
      stderr: '',
    });
  });

  it('exits 2 on an unknown flag, with the usage on stderr', () => {
    const r = kubegen(__dirname, 'generate', '--bogus');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("kubegen: unknown option '--bogus'");
    expect(r.stdout).toBe('');
  });

  it('generates the demo project, then check exits 0', () => {
    const root = copyDemoProject();
    const generated = kubegen(root, 'generate');
    expect(generated.stderr).toBe('');
    expect(generated.code).toBe(0);
    // The copy keeps the committed manifests under config/ (only zz_generated sources are left out).
    expect(generated.stdout).toMatch(/^wrote \d+ files, \d+ unchanged, 0 errors in \d+\.\ds\n$/);
    expect(kubegen(root, 'check').code).toBe(0);
  });
});
