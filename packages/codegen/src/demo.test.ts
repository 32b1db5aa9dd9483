import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyDemoProject } from './__tests__/demo-project';
import { check, generate } from './index';

const DIR = 'apis/demo/v1beta1';

describe('generate over fixtures/demo with the built-in generators', () => {
  it('knows every generator markers even when only one runs', async () => {
    const root = copyDemoProject();
    const result = await generate({ root, generators: ['register'] });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.written).toEqual([
      'apis/demo/v1/zz_generated.register.ts',
      `${DIR}/zz_generated.register.ts`,
    ]);

    const full = await generate({ root });
    expect(full.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(full.written).toContain(`${DIR}/zz_generated.deepcopy.ts`);
    expect(full.unchanged).toContain(`${DIR}/zz_generated.register.ts`);
    expect((await check({ root })).ok).toBe(true);
  });

  it('writes byte-identical files in two copies of the project, with the header first', async () => {
    const header = '// Copyright The Demo Authors.\n';
    const [a, b] = [copyDemoProject(), copyDemoProject()];
    const first = await generate({ root: a, header });
    const second = await generate({ root: b, header });
    expect(first.written).toEqual(second.written);
    expect(first.written.length).toBeGreaterThan(0);
    for (const file of first.written) {
      const bytes = fs.readFileSync(path.join(a, file));
      expect(bytes.equals(fs.readFileSync(path.join(b, file)))).toBe(true);
      if (file.endsWith('.ts')) expect(bytes.toString('utf8').startsWith(header)).toBe(true);
    }
  });
});
