import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyDemoProject } from '../../codegen/src/__tests__/demo-project';
import { main, type CliEnvironment, type CodegenApi } from './main';

const GENERATED = [
  'apis/demo/v1beta1/zz_generated.deepcopy.ts',
  'apis/demo/v1beta1/zz_generated.register.ts',
];

/** Runs main in-process against the real @kubegen/codegen, from `cwd`, capturing its output. */
async function kubegen(cwd: string, ...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const env: CliEnvironment = {
    cwd,
    stdout: (t) => stdout.push(t),
    stderr: (t) => stderr.push(t),
    codegen: () => require('@kubegen/codegen') as CodegenApi,
  };
  const code = await main(argv, env);
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

describe('kubegen over fixtures/demo', () => {
  it('check fails on missing files, generate writes them, then check passes', async () => {
    const root = copyDemoProject();
    const before = await kubegen(path.dirname(root), 'check', path.basename(root));
    expect(before.stderr).toBe('');
    expect(before.code).toBe(1);
    for (const file of GENERATED)
      expect(before.stdout).toContain(`missing: ${path.basename(root)}/${file}`);
    expect(before.stdout).toContain(`run 'kubegen generate ${path.basename(root)}' to update them`);

    const generated = await kubegen(root, 'generate');
    expect(generated.stderr).toBe('');
    expect(generated.code).toBe(0);
    for (const file of GENERATED) expect(fs.existsSync(path.join(root, file))).toBe(true);

    const after = await kubegen(root, 'generate', '--check');
    expect(after).toMatchObject({ code: 0, stderr: '' });
    expect(after.stdout).toMatch(/^checked \d+ files: all up to date, 0 errors in \d+\.\ds$/);
  });

  it('reports a hand-edited generated file as stale, and generate rewrites only it', async () => {
    const root = copyDemoProject();
    expect((await kubegen(root, 'generate')).code).toBe(0);
    const edited = path.join(root, GENERATED[0]);
    fs.appendFileSync(edited, '// edited by hand\n');

    const check = await kubegen(root, 'check');
    expect(check.code).toBe(1);
    expect(check.stdout.split('\n')[0]).toBe(`stale: ${GENERATED[0]}`);

    const again = await kubegen(root, 'generate', '--json');
    const result = JSON.parse(again.stdout) as { written: string[]; unchanged: string[] };
    expect(result.written).toEqual([GENERATED[0]]);
    expect(result.unchanged).toContain(GENERATED[1]);
    expect(fs.readFileSync(edited, 'utf8')).not.toContain('edited by hand');
  });

  it('reports a misspelt marker with its position and writes nothing', async () => {
    const root = copyDemoProject();
    const types = path.join(root, 'apis/demo/v1beta1/foo_types.ts');
    fs.writeFileSync(
      types,
      fs
        .readFileSync(types, 'utf8')
        .replace('+kubebuilder:validation:Minimum=0', '+kubebuilder:validaton:Minimum=0'),
    );
    const r = await kubegen(root, 'generate');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^apis\/demo\/v1beta1\/foo_types\.ts:\d+:\d+ - error KG1001: /m);
    expect(r.stderr).toMatch(/Found \d+ errors?/);
    for (const file of GENERATED) expect(fs.existsSync(path.join(root, file))).toBe(false);
  });
});
