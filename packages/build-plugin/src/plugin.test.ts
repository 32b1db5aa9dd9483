import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyFixture } from '@kubegen/testing';
import { bundleWith } from './__tests__/bundle';

const TYPES = 'apis/demo/v1/foo_types.ts';
const ENTRY = `import { deepCopyFoo } from './apis/demo/v1/zz_generated.deepcopy';
const copy = deepCopyFoo({ spec: { replicas: 3 } });
console.log(JSON.stringify(copy));
`;

/** The demo project without its generated files, and an entry that imports generated code. */
function projectWithoutGeneratedCode(): string {
  const root = copyFixture('demo');
  for (const dir of ['apis/demo/v1', 'apis/demo/v1beta1'])
    for (const name of fs.readdirSync(path.join(root, dir)))
      if (name.startsWith('zz_generated.')) fs.rmSync(path.join(root, dir, name));
  fs.writeFileSync(path.join(root, 'main.ts'), ENTRY);
  return root;
}

function breakMarker(root: string): void {
  const file = path.join(root, TYPES);
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Minimum=0', 'Minimumm=0'));
}

describe('build plugin', () => {
  let root: string;
  beforeEach(() => {
    root = projectWithoutGeneratedCode();
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  describe('esbuild', () => {
    it('generates at build start, so a build importing generated code succeeds and runs', () => {
      const outcome = bundleWith('esbuild', root, 'main.ts');
      if (!outcome.ok) throw new Error(outcome.message);
      expect(fs.existsSync(path.join(root, 'apis/demo/v1/zz_generated.deepcopy.ts'))).toBe(true);
      fs.writeFileSync(path.join(root, 'out.cjs'), outcome.text);
      const run = spawnSync(process.execPath, ['out.cjs'], { cwd: root, encoding: 'utf8' });
      expect(run.stdout.trim()).toBe('{"spec":{"replicas":3}}');
    });

    it('fails a build over a bad marker, with its position', () => {
      breakMarker(root);
      const outcome = bundleWith('esbuild', root, 'main.ts');
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      // esbuild goes on after onStart errors, so the unresolved generated import follows ours.
      expect(outcome.errors?.[0]).toEqual(
        expect.objectContaining({
          text: 'KG1001: unknown marker +kubebuilder:validation:Minimumm',
          // esbuild shows the file relative to its working folder, the project root here.
          location: expect.objectContaining({ file: TYPES, line: 30, column: 5 }),
          notes: [expect.objectContaining({ text: expect.stringContaining('did you mean') })],
        }),
      );
      expect(fs.existsSync(path.join(root, 'apis/demo/v1/zz_generated.deepcopy.ts'))).toBe(false);
    });
  });

  describe.each(['rollup', 'webpack'] as const)('%s', (bundler) => {
    const writeEntry = () =>
      fs.writeFileSync(path.join(root, 'entry.js'), 'module.exports = { built: 42 };\n');

    it('generates at build start, and the build goes on', () => {
      writeEntry();
      const outcome = bundleWith(bundler, root, 'entry.js');
      if (!outcome.ok) throw new Error(outcome.message);
      expect(outcome.text).toContain('built: 42');
      expect(fs.existsSync(path.join(root, 'apis/demo/v1/zz_generated.deepcopy.ts'))).toBe(true);
    });

    it('fails a build over a bad marker, with its position', () => {
      writeEntry();
      breakMarker(root);
      const outcome = bundleWith(bundler, root, 'entry.js');
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.message).toContain('KG1001: unknown marker +kubebuilder:validation:Minimumm');
      expect(outcome.message).toContain(`${TYPES}:30:6`);
      if (bundler === 'rollup') {
        // Rollup's own error location (0-based column), so editors and CI annotations can point at it.
        expect(outcome.errors).toEqual([
          {
            plugin: 'kubegen',
            pluginCode: 'KG1001',
            loc: { file: path.join(root, TYPES), line: 30, column: 5 },
          },
        ]);
      }
      expect(fs.existsSync(path.join(root, 'apis/demo/v1/zz_generated.deepcopy.ts'))).toBe(false);
    });
  });

  describe('vite', () => {
    it('generates at build start, so a build importing generated code succeeds', () => {
      const outcome = bundleWith('vite', root, 'main.ts');
      if (!outcome.ok) throw new Error(outcome.message);
      expect(outcome.text).toContain('function deepCopyFoo(');
    });

    it('fails a build over a bad marker, with its position', () => {
      breakMarker(root);
      const outcome = bundleWith('vite', root, 'main.ts');
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.message).toContain(
        `${TYPES}:30:6 - error KG1001: unknown marker +kubebuilder:validation:Minimumm`,
      );
      // Rollup-style locations count columns from 0; the message keeps kubegen's 1-based rendering.
      expect(outcome.errors).toEqual([
        expect.objectContaining({
          plugin: 'kubegen',
          pluginCode: 'KG1001',
          loc: { file: path.join(root, TYPES), line: 30, column: 5 },
        }),
      ]);
    });
  });
});
