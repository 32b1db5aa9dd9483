import fc from 'fast-check';
import { listTypesGenerator } from '@kubegen/gen-register';
import { arbitraryFor, expectNoSharedReferences } from '@kubegen/testing';
import { loadModule, typeErrors, withGenerated } from '../../emit/src/__tests__/compile';
import { ModelBuilder, field, marker, t } from '../../emit/src/__tests__/model-builder';
import { COMMON, DEMO, DEMO_SOURCES, demoModel, fullFoo } from './__tests__/demo-model';
import { deepCopyGenerator } from './generator';

type Copy = (value: unknown) => unknown;

function generateDemo(model = demoModel().build()) {
  const deepcopy = deepCopyGenerator.generate(model, {});
  const lists = listTypesGenerator.generate(model, {});
  return { deepcopy, files: withGenerated(DEMO_SOURCES, [...deepcopy.files, ...lists.files]) };
}

function contentsOf(files: { path: string; contents: string }[], path: string): string {
  const file = files.find((f) => f.path === path);
  if (file === undefined) throw new Error(`${path} was not generated`);
  return file.contents;
}

describe('deepCopyGenerator on the demo model', () => {
  const { deepcopy, files } = generateDemo();
  const demoModule = () => loadModule(files, `${DEMO}/zz_generated.deepcopy.ts`);

  it('writes one file per opted-in package, with no diagnostics', () => {
    expect(deepcopy.diagnostics).toEqual([]);
    expect(deepcopy.files.map((f) => f.path)).toEqual([
      `${COMMON}/zz_generated.deepcopy.ts`,
      `${DEMO}/zz_generated.deepcopy.ts`,
    ]);
    expect(deepcopy.files.every((f) => f.language === 'typescript' && f.generator === 'deepcopy')).toBe(true);
  });

  it('exports deepCopy<Type> for structs, lists and non-scalar aliases, sorted, and nothing for enums, scalar aliases or opted-out types', () => {
    const text = contentsOf(deepcopy.files, `${DEMO}/zz_generated.deepcopy.ts`);
    const exported = [...text.matchAll(/^export function (\w+)/gm)].map((m) => m[1]);
    expect(exported).toEqual([
      'deepCopyFoo',
      'deepCopyFooList',
      'deepCopyFooSpec',
      'deepCopyFooStatus',
      'deepCopyLabels',
      'deepCopyMatrix',
      'deepCopyNode',
      'deepCopyPort',
      'deepCopyPorts',
    ]);
    expect(text).toMatch(/^\/\*\* Returns a deep copy of Foo: /m);
    // Opted out, not generated in its package, or external: private helpers here.
    const privateHelpers = [...text.matchAll(/^function (\w+)/gm)].map((m) => m[1]);
    expect(privateHelpers.sort()).toEqual(['deepCopy_Ext', 'deepCopy_ExtPart', 'deepCopy_Shared', 'deepCopy_SharedInner', 'deepCopy_Skipped']);
    expect(text).toContain("import { deepCopyOpted } from '../../common/v1/zz_generated.deepcopy';");
  });

  it('generates only the type that opts in by itself in a package without the package marker', () => {
    const text = contentsOf(deepcopy.files, `${COMMON}/zz_generated.deepcopy.ts`);
    expect([...text.matchAll(/^export function (\w+)/gm)].map((m) => m[1])).toEqual(['deepCopyOpted']);
  });

  it('type-checks in a strict program together with the hand-written types', () => {
    expect(typeErrors(files)).toEqual([]);
  });

  it('copies a fully populated object: equal, sharing nothing, independent of the original', () => {
    const deepCopyFoo = demoModule().deepCopyFoo as Copy;
    const original = fullFoo();
    const copy = deepCopyFoo(original) as ReturnType<typeof fullFoo>;
    expect(copy).toStrictEqual(original);
    expectNoSharedReferences(original, copy);
    const spec = copy.spec as { tags: string[]; tree: { value: string }; portsByName: Record<string, { port: number }> };
    spec.tags.push('mutated');
    spec.tree.value = 'mutated';
    spec.portsByName.http.port = 1;
    expect(original).toStrictEqual(fullFoo());
  });

  it('keeps a __proto__ map key as an own property, not as the prototype', () => {
    const copy = (demoModule().deepCopyFoo as Copy)(fullFoo()) as { spec: { labels: object } };
    expect(Object.getPrototypeOf(copy.spec.labels)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(copy.spec.labels, '__proto__')).toBe(true);
  });

  it('leaves absent optional fields absent', () => {
    const minimal = { spec: { required: 'r', requiredList: [] } };
    const copy = (demoModule().deepCopyFoo as Copy)(minimal);
    expect(copy).toStrictEqual(minimal);
    expect(Object.keys(copy as object)).toEqual(['spec']);
  });

  it('copies a synthetic list and every item', () => {
    const list = { kind: 'FooList', items: [fullFoo(), fullFoo()] };
    const copy = (demoModule().deepCopyFooList as Copy)(list);
    expect(copy).toStrictEqual(list);
    expectNoSharedReferences(list, copy);
  });

  it('copies any Foo the model allows (property)', () => {
    const deepCopyFoo = demoModule().deepCopyFoo as Copy;
    const model = demoModel().build();
    fc.assert(
      fc.property(arbitraryFor(model, `${DEMO}#Foo`, { maxDepth: 4 }), (foo) => {
        const copy = deepCopyFoo(foo);
        expect(copy).toStrictEqual(foo);
        expectNoSharedReferences(foo, copy);
      }),
      { numRuns: 100 },
    );
  });

  it('is byte-identical whatever order packages, types and external types come in', () => {
    const reversed = deepCopyGenerator.generate(demoModel().build(true), {});
    expect(reversed).toEqual(deepcopy);
  });
});

describe('deepCopyGenerator opt-in', () => {
  const onePackage = (markers: ReturnType<typeof marker>[], typeMarkers: ReturnType<typeof marker>[] = []) => {
    const b = new ModelBuilder();
    b.package('apis/x/v1', 'x.io', markers).struct('A', [field('s', t.string)], { markers: typeMarkers });
    return deepCopyGenerator.generate(b.build(), {}).files.map((f) => f.path);
  };

  it('follows +kubebuilder:object:generate on the package', () => {
    expect(onePackage([marker('kubebuilder:object:generate', true)])).toEqual(['apis/x/v1/zz_generated.deepcopy.ts']);
    expect(onePackage([marker('kubebuilder:object:generate', false)])).toEqual([]);
  });

  it('writes nothing for a package without markers, and nothing when every type opts out', () => {
    expect(onePackage([])).toEqual([]);
    expect(onePackage([marker('k8s:deepcopy-gen', 'package')], [marker('kubebuilder:object:generate', false)])).toEqual([]);
  });

  it('lets a type opt in with +kubebuilder:object:generate=true', () => {
    expect(onePackage([], [marker('kubebuilder:object:generate', true)])).toEqual(['apis/x/v1/zz_generated.deepcopy.ts']);
  });

  it('uses a hand-written deepCopy<Type> instead of generating one', () => {
    const b = new ModelBuilder();
    b.package('apis/x/v1', 'x.io', [marker('k8s:deepcopy-gen', 'package')])
      .struct('A', [field('b', t.named('apis/x/v1', 'B'))])
      .struct('B', [field('s', t.string)])
      .handWritten('deepCopyB', 'copy.ts');
    const text = deepCopyGenerator.generate(b.build(), {}).files[0].contents;
    expect(text).toContain("import { deepCopyB } from './copy';");
    expect(text).not.toContain('function deepCopyB');
  });

  it('imports an npm external type from its module and copies it privately', () => {
    const b = new ModelBuilder();
    b.external('Thing', { form: 'struct', fields: [field('tags', t.array(t.string))], embedded: [] }, { module: '@acme/types' });
    b.package('apis/x/v1', 'x.io', [marker('k8s:deepcopy-gen', 'package')]).struct('A', [field('thing', t.named('external:@acme/types', 'Thing'))]);
    const text = deepCopyGenerator.generate(b.build(), {}).files[0].contents;
    expect(text).toContain("import type { Thing } from '@acme/types';");
    expect(text).toContain('function deepCopy_Thing(input: Thing): Thing {');
  });

  it('reports a reference to a type the model lacks, with the field position and a hint', () => {
    const b = new ModelBuilder();
    b.package('apis/x/v1', 'x.io', [marker('k8s:deepcopy-gen', 'package')]).struct('A', [field('ghost', t.named('apis/x/v1', 'Ghost'))]);
    const result = deepCopyGenerator.generate(b.build(), {});
    expect(result.files).toEqual([]);
    expect(result.diagnostics).toHaveLength(1);
    const [d] = result.diagnostics;
    expect(d).toMatchObject({ severity: 'error', code: 'KG3001', position: { file: '/project/types.ts', line: 1, column: 1 } });
    expect(d.message).toContain("field 'ghost' of A refers to type Ghost");
    expect(d.hint).toContain('+k8s:deepcopy-gen=false');
  });

  it('prints the header before the generated-code line', () => {
    const b = new ModelBuilder();
    b.package('apis/x/v1', 'x.io', [marker('k8s:deepcopy-gen', 'package')]).struct('A', []);
    const text = deepCopyGenerator.generate(b.build(), { header: '/* Licence. */\n' }).files[0].contents;
    expect(text.startsWith('/* Licence. */\n\n// Code generated by kubegen deepcopy. DO NOT EDIT.\n')).toBe(true);
  });
});
