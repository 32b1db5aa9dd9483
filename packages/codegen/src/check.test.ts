import * as fs from 'node:fs';
import * as path from 'node:path';
import { Codes, error } from '@kubegen/diagnostics';
import {
  fakeGenerator,
  fakeToolkit,
  listFiles,
  tempProject,
  tsFile,
} from './__tests__/fake-toolkit';
import { checkWith, generateWith } from './run';

const DEEPCOPY = 'apis/demo/v1/zz_generated.deepcopy.ts';
const REGISTER = 'apis/demo/v1/zz_generated.register.ts';

function project() {
  const root = tempProject();
  const outputs = { deepcopy: 'export const a = 1;', register: 'export const b = 1;' };
  const toolkit = fakeToolkit([
    fakeGenerator('deepcopy', () => ({ files: [tsFile('deepcopy', DEEPCOPY, outputs.deepcopy)] })),
    fakeGenerator('register', () => ({ files: [tsFile('register', REGISTER, outputs.register)] })),
  ]);
  return { root, outputs, toolkit };
}

describe('check', () => {
  it('reports missing files and writes nothing, then passes after generate', async () => {
    const { root, toolkit } = project();
    const before = await checkWith({ root }, toolkit);
    expect(before).toMatchObject({
      ok: false,
      missing: [DEEPCOPY, REGISTER],
      stale: [],
      orphaned: [],
    });
    expect(listFiles(root)).toEqual(['apis/demo/v1/foo_types.ts']);

    await generateWith({ root }, toolkit);
    const after = await checkWith({ root }, toolkit);
    expect(after).toMatchObject({
      ok: true,
      missing: [],
      stale: [],
      orphaned: [],
      unchanged: [DEEPCOPY, REGISTER],
    });
    expect(after.diagnostics).toEqual([]);
  });

  it('reports a stale file without touching it', async () => {
    const { root, outputs, toolkit } = project();
    await generateWith({ root }, toolkit);
    outputs.deepcopy = 'export const a = 2;';
    const result = await checkWith({ root }, toolkit);
    expect(result).toMatchObject({
      ok: false,
      stale: [DEEPCOPY],
      unchanged: [REGISTER],
      missing: [],
    });
    expect(fs.readFileSync(path.join(root, DEEPCOPY), 'utf8')).toBe('export const a = 1;\n');
  });

  it('reports orphaned generated sources without deleting them', async () => {
    const { root, toolkit } = project();
    await generateWith({ root }, toolkit);
    const orphan = 'apis/demo/v1/zz_generated.conversion.ts';
    fs.writeFileSync(path.join(root, orphan), 'export {};\n');
    const result = await checkWith({ root }, toolkit);
    expect(result).toMatchObject({ ok: false, orphaned: [orphan], stale: [], missing: [] });
    expect(fs.existsSync(path.join(root, orphan))).toBe(true);
  });

  it('is not ok when the model has errors, even with nothing stale', async () => {
    const root = tempProject();
    const position = { file: path.join(root, 'apis/demo/v1/foo_types.ts'), line: 1, column: 1 };
    const toolkit = fakeToolkit(
      [],
      ['apis/demo/v1'],
      [error(Codes.SyntaxError, 'bad', position, 'fix it')],
    );
    const result = await checkWith({ root }, toolkit);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toEqual([Codes.SyntaxError]);
  });
});
