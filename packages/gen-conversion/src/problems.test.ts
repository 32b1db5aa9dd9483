/* Bad input: every problem is a positioned diagnostic with a hint, all of them collected in one run. */
import { writeTree } from '@kubegen/testing';
import { conversionGenerator } from './generator';
import { loadModel } from './__tests__/load-tree';

const META = "import type { TypeMeta, ObjectMeta } from '@kubegen/runtime';\n";

function kindFile(kind: string, specFields: string, markers = ''): string {
  return `${META}/**\n * ${kind} is a kind.\n${markers} */\nexport interface ${kind} extends TypeMeta {\n  metadata?: ObjectMeta;\n  spec?: ${kind}Spec;\n}\n\nexport interface ${kind}Spec {\n${specFields}\n}\n`;
}

function run(files: Record<string, string>) {
  const root = writeTree(files);
  const { model, diagnostics } = loadModel(root);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return conversionGenerator.generate(model, {});
}

const internalDoc = '// +groupName=w.example.com\n\nexport {};\n';
const versionDoc = (path = '..') => `// +groupName=w.example.com\n// +k8s:conversion-gen=${path}\n\nexport {};\n`;

describe('conversion diagnostics', () => {
  it('lists a renamed field and prints the signatures to write', () => {
    const result = run({
      'apis/w/doc.ts': internalDoc,
      'apis/w/types.ts': kindFile('Thing', '  size?: string;\n  color?: string;'),
      'apis/w/v1/doc.ts': versionDoc(),
      'apis/w/v1/types.ts': kindFile('Thing', '  size?: string;\n  colour?: string;'),
    });
    expect(result.files).toEqual([]);
    const up = result.diagnostics.find((d) => d.message.startsWith('ThingSpec of apis/w/v1 '));
    expect(up).toMatchObject({ severity: 'error', code: 'KG6001' });
    expect(up?.message).toContain('colour (does not exist in peer-type)');
    expect(up?.position?.file).toMatch(/apis\/w\/v1\/types\.ts$/);
    expect(up?.position?.line).toBe(10);
    expect(up?.hint).toContain('export function convert_v1_ThingSpec_To_w_ThingSpec(input: ThingSpec, out: w.ThingSpec): void');
    // The way down keeps color in the annotation, so only the way up is reported.
    expect(result.diagnostics).toHaveLength(1);
  });

  it('reports both directions when the annotation is turned off, and accepts hand-written functions', () => {
    const files = {
      'apis/w/doc.ts': internalDoc,
      'apis/w/types.ts': kindFile('Thing', '  color?: string;'),
      'apis/w/v1/doc.ts': versionDoc() + '',
      'apis/w/v1/types.ts': kindFile('Thing', '  colour?: string;', ' * +k8s:conversion-gen:lossless=false\n'),
    };
    const codes = run(files).diagnostics.map((d) => d.message.split(' ')[0] + ' ' + d.code);
    expect(codes.sort()).toEqual(['ThingSpec KG6001', 'ThingSpec KG6001']);
    const fixed = run({
      ...files,
      'apis/w/v1/conversion.ts':
        "import type * as w from '../types';\nimport type { ThingSpec } from './types';\n" +
        'export function convert_v1_ThingSpec_To_w_ThingSpec(input: ThingSpec, out: w.ThingSpec): void { out.color = input.colour; }\n' +
        'export function convert_w_ThingSpec_To_v1_ThingSpec(input: w.ThingSpec, out: ThingSpec): void { out.colour = input.color; }\n',
    });
    expect(fixed.diagnostics).toEqual([]);
    expect(fixed.files.map((f) => f.path)).toEqual(['apis/w/v1/zz_generated.conversion.ts']);
  });

  it('lets +k8s:conversion-gen=false on a field drop it', () => {
    const result = run({
      'apis/w/doc.ts': internalDoc,
      'apis/w/types.ts': kindFile('Thing', '  size?: string;'),
      'apis/w/v1/doc.ts': versionDoc(),
      'apis/w/v1/types.ts': kindFile('Thing', '  size?: string;\n  // +k8s:conversion-gen=false\n  scratch?: string;'),
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.files[0].contents).toContain('// INFO: input.scratch opted out of conversion generation.');
  });

  it('names the expected function for a near-miss hand-written one', () => {
    const result = run({
      'apis/w/doc.ts': internalDoc,
      'apis/w/types.ts': kindFile('Thing', '  size?: string;'),
      'apis/w/v1/doc.ts': versionDoc(),
      'apis/w/v1/types.ts': kindFile('Thing', '  size?: string;'),
      'apis/w/v1/conversion.ts':
        "import type * as w from '../types';\nimport type { ThingSpec } from './types';\n" +
        'export function Convert_v1_ThingSpc_To_w_ThingSpec(input: ThingSpec, out: w.ThingSpec): void { out.size = input.size; }\n',
    });
    expect(result.diagnostics).toHaveLength(1);
    const [d] = result.diagnostics;
    expect(d).toMatchObject({ code: 'KG6003', severity: 'error' });
    expect(d.message).toContain('rename function Convert_v1_ThingSpc_To_w_ThingSpec -> convert_v1_ThingSpec_To_w_ThingSpec');
    expect(d.position?.file).toMatch(/conversion\.ts$/);
    expect(d.position?.line).toBe(3);
  });

  it('refuses two storage versions, naming both', () => {
    const doc = '// +groupName=s.example.com\n\nexport {};\n';
    const result = run({
      'apis/s/v1/doc.ts': doc,
      'apis/s/v1/types.ts': kindFile('Thing', '  size?: string;', ' * +kubebuilder:storageversion\n'),
      'apis/s/v2/doc.ts': doc,
      'apis/s/v2/types.ts': kindFile('Thing', '  size?: string;', ' * +kubebuilder:storageversion\n'),
    });
    expect(result.files).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['KG6005', 'KG6005']);
    expect(result.diagnostics[0].message).toContain('group s.example.com has more than one storage version: v2 (Thing), v1 (Thing)');
    expect(result.diagnostics[0].hint).toContain('+kubebuilder:storageversion in one version only');
  });

  it('reports a conversion-gen path that points nowhere, at the marker', () => {
    const result = run({
      'apis/w/doc.ts': internalDoc,
      'apis/w/types.ts': kindFile('Thing', '  size?: string;'),
      'apis/w/v1/doc.ts': versionDoc('../internal'),
      'apis/w/v1/types.ts': kindFile('Thing', '  size?: string;'),
    });
    expect(result.diagnostics).toHaveLength(1);
    const [d] = result.diagnostics;
    expect(d).toMatchObject({ code: 'KG6002', position: { line: 2, column: 4 } });
    expect(d.message).toBe('+k8s:conversion-gen=../internal in apis/w/v1 names apis/w/internal, which is no API package');
    expect(d.hint).toContain('(internal packages: apis/w)');
  });

  it('is byte-identical from run to run', () => {
    const files = {
      'apis/w/doc.ts': internalDoc,
      'apis/w/types.ts': kindFile('Thing', '  size?: string;\n  tags?: string[];'),
      'apis/w/v1/doc.ts': versionDoc(),
      'apis/w/v1/types.ts': kindFile('Thing', '  size?: string;\n  tags?: string[];'),
    };
    expect(run(files)).toEqual(run(files));
  });
});
