import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Codes, error } from '@kubegen/diagnostics';
import fc from 'fast-check';
import {
  age,
  fakeGenerator,
  fakeToolkit,
  listFiles,
  snapshot,
  tempProject,
  tsFile,
} from './__tests__/fake-toolkit';
import { generateWith } from './run';

const DEEPCOPY = 'apis/demo/v1/zz_generated.deepcopy.ts';
const REGISTER = 'apis/demo/v1/zz_generated.register.ts';

/** Two generators whose outputs the test can change between runs. */
function twoGenerators(outputs: { deepcopy: string; register: string }) {
  return [
    fakeGenerator('deepcopy', () => ({ files: [tsFile('deepcopy', DEEPCOPY, outputs.deepcopy)] })),
    fakeGenerator('register', () => ({ files: [tsFile('register', REGISTER, outputs.register)] })),
  ];
}

describe('generate', () => {
  it('writes missing files formatted with the fixed prettier config', async () => {
    const root = tempProject();
    const toolkit = fakeToolkit(
      twoGenerators({ deepcopy: 'export const a = "x"', register: 'export const b=1' }),
    );
    const result = await generateWith({ root }, toolkit);
    expect(result.diagnostics).toEqual([]);
    expect(result.written).toEqual([DEEPCOPY, REGISTER]);
    expect(result.unchanged).toEqual([]);
    expect(fs.readFileSync(path.join(root, DEEPCOPY), 'utf8')).toBe("export const a = 'x';\n");
    expect(fs.readFileSync(path.join(root, REGISTER), 'utf8')).toBe('export const b = 1;\n');
  });

  it('leaves files whose bytes are unchanged untouched and rewrites only the changed one', async () => {
    const root = tempProject();
    const outputs = { deepcopy: 'export const a = 1;', register: 'export const b = 1;' };
    const toolkit = fakeToolkit(twoGenerators(outputs));
    await generateWith({ root }, toolkit);
    age(path.join(root, DEEPCOPY));
    age(path.join(root, REGISTER));
    const deepcopyBefore = snapshot(path.join(root, DEEPCOPY));
    const registerBefore = snapshot(path.join(root, REGISTER));

    outputs.register = 'export const b = 2;';
    const result = await generateWith({ root }, toolkit);

    expect(result.written).toEqual([REGISTER]);
    expect(result.unchanged).toEqual([DEEPCOPY]);
    expect(snapshot(path.join(root, DEEPCOPY))).toEqual(deepcopyBefore);
    const registerAfter = snapshot(path.join(root, REGISTER));
    expect(registerAfter.bytes).toBe('export const b = 2;\n');
    expect(registerAfter.mtimeMs).toBeGreaterThan(registerBefore.mtimeMs);
  });

  it('leaves no temporary file behind, and removes it when the rename fails', async () => {
    const root = tempProject();
    fs.mkdirSync(path.join(root, REGISTER)); // a folder where the file should go: the rename must fail
    const toolkit = fakeToolkit(twoGenerators({ deepcopy: 'export {};', register: 'export {};' }));
    const result = await generateWith({ root }, toolkit);
    expect(result.written).toEqual([DEEPCOPY]);
    expect(result.diagnostics.map((d) => [d.code, d.message.split(':')[0]])).toEqual([
      [Codes.WriteFailed, `cannot write ${REGISTER}`],
    ]);
    expect(listFiles(root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes nothing when a generator reports an error, and reports every error of the run', async () => {
    const root = tempProject();
    const before = listFiles(root);
    const position = { file: path.join(root, 'apis/demo/v1/foo_types.ts'), line: 3, column: 5 };
    const toolkit = fakeToolkit(
      [
        fakeGenerator('deepcopy', () => ({ files: [tsFile('deepcopy', DEEPCOPY, 'export {};')] })),
        fakeGenerator('crd', () => ({
          files: [
            { path: 'config/crd/x.yaml', contents: 'a: 1\n', language: 'yaml', generator: 'crd' },
          ],
          diagnostics: [error('KG4001', 'float field', position, 'use int32')],
        })),
      ],
      ['apis/demo/v1'],
      [error(Codes.UnsupportedType, 'tuple', position, 'use an array')],
    );
    const result = await generateWith({ root, generators: ['deepcopy', 'crd', 'nope'] }, toolkit);
    expect(result.diagnostics.map((d) => d.code)).toEqual([
      Codes.BadOption,
      Codes.UnsupportedType,
      'KG4001',
    ]);
    expect(result.written).toEqual([]);
    expect(listFiles(root)).toEqual(before);
  });

  it('reports once an error two generators found at the same place (a schema marker read by crd and openapi)', async () => {
    const root = tempProject();
    const position = { file: path.join(root, 'apis/demo/v1/foo_types.ts'), line: 7, column: 4 };
    const bad = () => ({ files: [], diagnostics: [error('KG4022', 'bad url', position, 'write an absolute URL')] });
    const toolkit = fakeToolkit([fakeGenerator('crd', bad), fakeGenerator('openapi', bad)]);
    const result = await generateWith({ root }, toolkit);
    expect(result.diagnostics).toEqual([error('KG4022', 'bad url', position, 'write an absolute URL')]);
    expect(result.written).toEqual([]);
  });

  it('refuses a path kubegen does not own, writes nothing, and keeps the hand-written file', async () => {
    const root = tempProject();
    const handWritten = path.join(root, 'apis/demo/v1/foo_types.ts');
    age(handWritten);
    const before = snapshot(handWritten);
    const toolkit = fakeToolkit([
      fakeGenerator('bad', () => ({
        files: [
          tsFile('bad', 'apis/demo/v1/foo_types.ts', 'export const clobbered = 1;'),
          tsFile('bad', '../outside/zz_generated.bad.ts', 'export {};'),
          tsFile('bad', DEEPCOPY, 'export {};'),
        ],
      })),
    ]);
    const result = await generateWith({ root }, toolkit);
    expect(result.diagnostics.map((d) => d.code)).toEqual([
      Codes.WouldOverwriteHandWritten,
      Codes.WouldOverwriteHandWritten,
    ]);
    expect(result.diagnostics[0].hint).toBeDefined();
    expect(result.written).toEqual([]);
    expect(snapshot(handWritten)).toEqual(before);
    expect(fs.existsSync(path.join(root, DEEPCOPY))).toBe(false);
    expect(fs.existsSync(path.join(root, '..', 'outside'))).toBe(false);
  });

  it('writes manifests under the output folders without formatting them', async () => {
    const root = tempProject();
    const yaml = 'b:   1\n';
    const toolkit = fakeToolkit([
      fakeGenerator('crd', () => ({
        files: [
          { path: 'deploy/crds/foo.yaml', contents: yaml, language: 'yaml', generator: 'crd' },
        ],
      })),
    ]);
    const refused = await generateWith({ root }, toolkit);
    expect(refused.diagnostics.map((d) => d.code)).toEqual([Codes.WouldOverwriteHandWritten]);
    const result = await generateWith({ root, outputDirs: ['deploy/'] }, toolkit);
    expect(result.written).toEqual(['deploy/crds/foo.yaml']);
    expect(fs.readFileSync(path.join(root, 'deploy/crds/foo.yaml'), 'utf8')).toBe(yaml);
  });

  it('deletes generated sources no longer produced, and nothing hand-written', async () => {
    const root = tempProject();
    const gone = 'apis/old/v1/zz_generated.deepcopy.ts';
    fs.mkdirSync(path.join(root, 'apis/old/v1'), { recursive: true });
    fs.writeFileSync(path.join(root, gone), 'export {};\n');
    fs.writeFileSync(path.join(root, 'apis/old/v1/notes.ts'), 'export {};\n');
    const toolkit = fakeToolkit(twoGenerators({ deepcopy: 'export {};', register: 'export {};' }));
    const result = await generateWith({ root }, toolkit);
    expect(result.deleted).toEqual([gone]);
    expect(listFiles(root)).toEqual([
      'apis/demo/v1/foo_types.ts',
      DEEPCOPY,
      REGISTER,
      'apis/old/v1/notes.ts',
    ]);
  });

  it('deletes what a killed run left staged, and no temporary file of a live process or of the user', async () => {
    const root = tempProject();
    // The pid of a process that has ended: a run killed half-way.
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const files = {
      killed: `${DEEPCOPY}.${dead}.tmp`,
      killedManifest: `config/crd/bases/demo_foos.yaml.${dead}.tmp`,
      live: `${REGISTER}.${process.ppid}.tmp`,
      users: `apis/demo/v1/notes.ts.${dead}.tmp`,
    };
    for (const file of Object.values(files)) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), 'half\n');
    }
    const toolkit = fakeToolkit(twoGenerators({ deepcopy: 'export {};', register: 'export {};' }));
    const result = await generateWith({ root }, toolkit);
    expect(result.deleted).toEqual([files.killed, files.killedManifest]);
    expect(listFiles(root)).toEqual(
      expect.arrayContaining([files.live, files.users, DEEPCOPY, REGISTER]),
    );
    expect(listFiles(root)).not.toContain(files.killed);
  });

  it('with a subset of generators, deletes only orphans named like a file the subset produces', async () => {
    const root = tempProject();
    fs.mkdirSync(path.join(root, 'apis/old/v1'), { recursive: true });
    fs.writeFileSync(path.join(root, 'apis/old/v1/zz_generated.deepcopy.ts'), 'export {};\n');
    fs.writeFileSync(path.join(root, REGISTER), 'export {};\n');
    const toolkit = fakeToolkit(twoGenerators({ deepcopy: 'export {};', register: 'export {};' }));
    const result = await generateWith({ root, generators: ['deepcopy'] }, toolkit);
    expect(result.deleted).toEqual(['apis/old/v1/zz_generated.deepcopy.ts']);
    expect(fs.existsSync(path.join(root, REGISTER))).toBe(true);
  });

  it('gives the loader the markers of every generator, selected or not', async () => {
    const root = tempProject();
    const toolkit = fakeToolkit([
      fakeGenerator('deepcopy', () => ({}), ['k8s:deepcopy-gen']),
      fakeGenerator('crd', () => ({}), ['kubebuilder:resource', 'kubebuilder:printcolumn']),
    ]);
    await generateWith({ root, generators: ['deepcopy'], sourceRoots: ['api/'] }, toolkit);
    expect(toolkit.requests).toHaveLength(1);
    expect(toolkit.requests[0].root).toBe(root);
    expect(toolkit.requests[0].sourceRoots).toEqual(['api']);
    expect(toolkit.requests[0].markers.map((m) => m.name)).toEqual([
      'k8s:deepcopy-gen',
      'kubebuilder:resource',
      'kubebuilder:printcolumn',
    ]);
  });

  it('passes each generator its own options and the header read from headerFile', async () => {
    const root = tempProject();
    fs.mkdirSync(path.join(root, 'hack'));
    fs.writeFileSync(path.join(root, 'hack/boilerplate.ts.txt'), '// Copyright Demo\n');
    const seen: Record<string, unknown> = {};
    const toolkit = fakeToolkit([
      fakeGenerator('crd', (_m, o) => ((seen.crd = o), {})),
      fakeGenerator('rbac', (_m, o) => ((seen.rbac = o), {})),
    ]);
    const result = await generateWith(
      { root, headerFile: 'hack/boilerplate.ts.txt', generatorOptions: { crd: { maxDescLen: 0 } } },
      toolkit,
    );
    expect(result.diagnostics).toEqual([]);
    expect(seen.crd).toEqual({ maxDescLen: 0, header: '// Copyright Demo\n' });
    expect(seen.rbac).toEqual({ header: '// Copyright Demo\n' });
  });

  it('reports bad options together: unreadable headerFile and options for an unknown generator', async () => {
    const root = tempProject();
    const toolkit = fakeToolkit([fakeGenerator('crd', () => ({}))]);
    const result = await generateWith(
      { root, headerFile: 'hack/missing.txt', generatorOptions: { crdd: {} } },
      toolkit,
    );
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'cannot read headerFile hack/missing.txt: ENOENT',
      "generatorOptions names an unknown generator 'crdd'",
    ]);
    expect(result.diagnostics.every((d) => d.hint)).toBe(true);
    const both = await generateWith({ root, header: 'x', headerFile: 'y' }, toolkit);
    expect(both.diagnostics.map((d) => d.code)).toEqual([Codes.BadOption]);
  });

  it('turns generator crashes, duplicate paths and invalid TypeScript into errors', async () => {
    const root = tempProject();
    const crashing = fakeGenerator('boom', () => {
      throw new Error('no such type');
    });
    const dup = (name: string) =>
      fakeGenerator(name, () => ({ files: [tsFile(name, DEEPCOPY, 'export {};')] }));
    const crashes = await generateWith({ root }, fakeToolkit([crashing, dup('a'), dup('b')]));
    expect(crashes.diagnostics.map((d) => d.code).sort()).toEqual([
      Codes.DuplicateOutput,
      Codes.GeneratorFailed,
    ]);
    expect(crashes.diagnostics.find((d) => d.code === Codes.GeneratorFailed)?.message).toContain(
      'no such type',
    );

    const invalid = fakeGenerator('bad', () => ({
      files: [tsFile('bad', DEEPCOPY, 'export const = ;')],
    }));
    const result = await generateWith({ root }, fakeToolkit([invalid]));
    expect(result.diagnostics.map((d) => d.code)).toEqual([Codes.FormatFailed]);
    expect(listFiles(root)).toEqual(['apis/demo/v1/foo_types.ts']);
  });

  it('does not blame a generator that throws on the model of a tree with errors', async () => {
    const root = tempProject();
    const position = { file: path.join(root, 'apis/demo/v1/foo_types.ts'), line: 2, column: 1 };
    const crashing = fakeGenerator('boom', () => {
      throw new TypeError("cannot read properties of undefined (reading 'fields')");
    });
    const toolkit = fakeToolkit(
      [crashing],
      ['apis/demo/v1'],
      [error(Codes.UnresolvedType, 'Bar', position)],
    );
    const result = await generateWith({ root }, toolkit);
    expect(result.diagnostics.map((d) => d.code)).toEqual([Codes.UnresolvedType]);
  });

  it('reports a tree without API packages as an error', async () => {
    const root = tempProject();
    const result = await generateWith({ root }, fakeToolkit([], []));
    expect(result.diagnostics.map((d) => d.code)).toEqual([Codes.NoApiPackages]);
  });

  it('writes the same bytes and lists whatever order the generators emit files in', async () => {
    const names = ['a', 'b', 'c', 'd'].map((n) => `apis/demo/v1/zz_generated.${n}.ts`);
    const files = names.map((n, i) => tsFile('g', n, `export const v${i} = ${i}`));
    const reference = tempProject();
    const expected = await generateWith(
      { root: reference },
      fakeToolkit([fakeGenerator('g', () => ({ files }))]),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(files, { minLength: files.length }),
        async (shuffled) => {
          const root = tempProject();
          const result = await generateWith(
            { root },
            fakeToolkit([fakeGenerator('g', () => ({ files: shuffled }))]),
          );
          expect(result.written).toEqual(expected.written);
          for (const name of names) {
            expect(fs.readFileSync(path.join(root, name))).toEqual(
              fs.readFileSync(path.join(reference, name)),
            );
          }
          fs.rmSync(root, { recursive: true });
        },
      ),
      { numRuns: 15 },
    );
  });
});
