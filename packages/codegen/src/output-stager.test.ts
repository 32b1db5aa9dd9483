/*
 * One-shot runs stage output in a worker thread while generating, then rename it into place, or delete
 * it when the run found errors. The worker is the built one (`npm test` builds first).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyFixture, writeTree } from '@kubegen/testing';
import { builtinToolkit } from './builtins';
import { startOutputStager, stagedPath } from './output-stager';
import { generateWith } from './run';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const workerScript = path.join(repoRoot, 'packages', 'codegen', 'dist', 'stage-worker.js');
const bin = path.join(repoRoot, 'packages', 'cli', 'bin', 'kubegen.js');
const built = fs.existsSync(workerScript);
const whenBuilt = built ? it : it.skip;

/** Removes generated sources and the `config/` output folder: the tree as its author wrote it. */
function removeOutput(root: string): void {
  fs.rmSync(path.join(root, 'config'), { recursive: true, force: true });
  for (const f of filesUnder(root).filter((f) => /zz_generated\./.test(f)))
    fs.rmSync(path.join(root, f));
}

function filesUnder(root: string): string[] {
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .filter(
      (f) =>
        !f.split(path.sep).includes('node_modules') && fs.statSync(path.join(root, f)).isFile(),
    )
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

test('the worker is built before the tests run (npm test builds first)', () => {
  // Without it the tests below would be skipped; `npm test` and CI always build.
  expect(built || process.env.CI !== 'true').toBe(true);
});

describe('the output stager', () => {
  whenBuilt('writes staged files beside their targets and reports what it staged', async () => {
    const root = writeTree({ 'apis/same.txt': 'kept\n' });
    const stager = startOutputStager(workerScript)!;
    const file = (p: string, contents: string) => ({
      path: p,
      contents,
      language: 'yaml' as const,
      generator: 'crd',
    });
    stager.stage(root, [file('config/a.yaml', 'a: 1\n'), file('apis/same.txt', 'kept\n')]);
    stager.stage(root, [file('config/deep/b.yaml', 'b: 2\n')]);
    const staged = await stager.drain();
    // A target that already holds the text is not staged.
    expect([...staged.keys()].sort()).toEqual(['config/a.yaml', 'config/deep/b.yaml']);
    expect(fs.readFileSync(stagedPath(path.join(root, 'config/a.yaml')), 'utf8')).toBe('a: 1\n');
    expect(fs.existsSync(path.join(root, 'config/a.yaml'))).toBe(false);
    await stager.abort();
    expect(filesUnder(root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    fs.rmSync(root, { recursive: true, force: true });
  });

  whenBuilt('leaves the same tree as a run without it, and no temporary files', async () => {
    const staged = copyFixture('kitchen-sink');
    const plain = copyFixture('kitchen-sink');
    for (const root of [staged, plain]) removeOutput(root);
    const withStager = { ...builtinToolkit, createStager: () => startOutputStager(workerScript) };
    const a = await generateWith({ root: staged }, withStager);
    const b = await generateWith({ root: plain }, { ...builtinToolkit, createStager: undefined });
    expect(a.diagnostics).toEqual([]);
    expect(a.written).toEqual(b.written);
    expect(filesUnder(staged)).toEqual(filesUnder(plain));
    for (const f of a.written)
      expect(fs.readFileSync(path.join(staged, f), 'utf8')).toBe(
        fs.readFileSync(path.join(plain, f), 'utf8'),
      );
    fs.rmSync(staged, { recursive: true, force: true });
    fs.rmSync(plain, { recursive: true, force: true });
  });

  whenBuilt(
    'the built command writes nothing, staged or not, when a late generator finds an error',
    () => {
      const root = copyFixture('demo');
      removeOutput(root);
      const before = filesUnder(root);
      // A pattern JavaScript cannot compile: the validation generator reports it, after deepcopy and
      // register have produced (and the stager has staged) their files.
      const types = path.join(root, 'apis/demo/v1/foo_types.ts');
      const text = fs.readFileSync(types, 'utf8');
      fs.writeFileSync(
        types,
        text.replace(
          /(\n\s*\/\*\*[^\n]*\n)(\s*)(\w+\??: string;)/,
          '$1$2 * +kubebuilder:validation:Pattern=`(?<!a`\n$2$3',
        ),
      );
      expect(fs.readFileSync(types, 'utf8')).toContain('(?<!a');
      const run = spawnSync(process.execPath, [bin, 'generate', root], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(`${run.stdout}${run.stderr}`).toContain('KG');
      expect(filesUnder(root)).toEqual(before);
      fs.rmSync(root, { recursive: true, force: true });
    },
  );
});
