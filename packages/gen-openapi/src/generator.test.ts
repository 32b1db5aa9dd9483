import { loadModule, typeErrors } from '../../emit/src/__tests__/compile';
import { DIR, handDefinitions, handModel } from './__tests__/hand-model';
import { fixtureModel } from './__tests__/fixtures';
import { OPENAPI_FILE, createOpenApiGenerator, openApiGenerator } from './generator';

const handGenerator = createOpenApiGenerator(() => ({
  definitions: handDefinitions(),
  diagnostics: [],
}));

describe('openapi generator', () => {
  const { files, diagnostics } = handGenerator.generate(handModel({ custom: true }), {
    header: '// Copyright header.\n',
  });

  it('writes one zz_generated.openapi.ts per external version package', () => {
    expect(diagnostics).toEqual([]);
    expect(files.map((f) => [f.path, f.generator, f.language])).toEqual([
      [`${DIR}/${OPENAPI_FILE}`, 'openapi', 'typescript'],
    ]);
    expect(files[0]!.contents.startsWith('// Copyright header.')).toBe(true);
  });

  it('compiles, and serves the package types and every definition they reach with their dependencies', () => {
    const sources = { [files[0]!.path]: files[0]!.contents };
    expect(typeErrors(sources)).toEqual([]);
    const module = loadModule(sources, files[0]!.path) as {
      getOpenAPIDefinitions(): Record<
        string,
        { schema: Record<string, unknown>; dependencies: string[] }
      >;
    };
    const definitions = module.getOpenAPIDefinitions();
    expect(Object.keys(definitions)).toEqual(
      expect.arrayContaining([
        'com.example.demo.v1beta1.Foo',
        'com.example.demo.v1beta1.FooBar',
        'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta',
        'io.k8s.apimachinery.pkg.apis.meta.v1.Time',
      ]),
    );
    expect(definitions['com.example.demo.v1beta1.Foo']!.dependencies).toEqual([
      'com.example.demo.v1beta1.FooSpec',
      'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta',
    ]);
    // The serving copy keeps defaults (v2 documents prune them when they are served).
    expect(
      (
        definitions['com.example.demo.v1beta1.FooSpec']!.schema as {
          properties: { replicas: { default: number } };
        }
      ).properties.replicas.default,
    ).toBe(1);
    expect(
      definitions['com.example.demo.v1beta1.Foo']!.schema['x-kubernetes-group-version-kind'],
    ).toEqual([{ group: 'demo.example.com', kind: 'Foo', version: 'v1beta1' }]);
    // A fresh copy each call: a server may mutate what it serves.
    definitions['com.example.demo.v1beta1.Foo']!.dependencies.push('x');
    expect(
      module.getOpenAPIDefinitions()['com.example.demo.v1beta1.Foo']!.dependencies,
    ).not.toContain('x');
  });

  it('is byte-identical whatever order the model lists things in', () => {
    expect(handGenerator.generate(handModel({ custom: true, reverse: true }), {}).files).toEqual(
      handGenerator.generate(handModel({ custom: true }), {}).files,
    );
  });

  it('runs on the schema core for a real tree', () => {
    const result = openApiGenerator.generate(fixtureModel('kitchen-sink'), {});
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.files.map((f) => f.path)).toEqual([
      'apis/kitchen/v1/zz_generated.openapi.ts',
      'apis/kitchen/v1beta1/zz_generated.openapi.ts',
    ]);
    expect(result.files[0]!.contents).toContain("'com.example.kitchen.v1.Cookbook': {");
  });
});
