import { Scheme } from '@kubegen/runtime';
import { deepCopyGenerator } from '@kubegen/gen-deepcopy';
import { expectNoSharedReferences } from '@kubegen/testing';
import { loadModule, typeErrors, withGenerated } from '../../emit/src/__tests__/compile';
import { ModelBuilder, field, marker, t } from '../../emit/src/__tests__/model-builder';
import { listTypesGenerator } from './lists';
import { registerGenerator } from './register';

const DIR = 'apis/demo/v1beta1';
const GROUP = 'demo.example.com';

function demo(deepcopy: boolean): ModelBuilder {
  const b = new ModelBuilder();
  b.package(DIR, GROUP, deepcopy ? [marker('k8s:deepcopy-gen', 'package')] : [])
    .struct('FooSpec', [field('replicas', t.int32), field('tags', t.array(t.string))])
    .request('FooBar', [field('message', t.string)])
    .kind('Foo', [field('spec', t.named(DIR, 'FooSpec'))], {
      kind: {
        scope: 'Cluster',
        shortNames: ['fo'],
        subresources: { status: true, custom: [{ path: 'bar', request: 'FooBar', kind: 'FooBar' }] },
        printerColumns: [{ name: 'Replicas', type: 'integer', jsonPath: '.spec.replicas' }],
      },
    })
    .kind('Bar', [field('spec', t.named(DIR, 'FooSpec'), { required: true })], { writtenList: true });
  b.package('apis/demo', GROUP, [], true).struct('Internal', []);
  return b;
}

const SOURCES = {
  [`${DIR}/types.ts`]: `import type { ListMeta, ObjectMeta, TypeMeta, int32 } from '@kubegen/runtime';
export interface FooSpec { replicas?: int32; tags?: string[] }
export interface FooBar extends TypeMeta { message?: string }
export interface Foo extends TypeMeta { metadata?: ObjectMeta; spec?: FooSpec }
export interface Bar extends TypeMeta { metadata?: ObjectMeta; spec: FooSpec }
export interface BarList extends TypeMeta { metadata?: ListMeta; items: Bar[] }
`,
};

function generateAll(model: ReturnType<ModelBuilder['build']>) {
  return [registerGenerator, listTypesGenerator, deepCopyGenerator].flatMap((g) => g.generate(model, {}).files);
}

describe.each([true, false])('registerGenerator (package deepcopy: %s)', (deepcopy) => {
  const generated = generateAll(demo(deepcopy).build());
  const files = withGenerated(SOURCES, generated);
  const register = () => loadModule(files, `${DIR}/zz_generated.register.ts`);

  it('writes a register file for the external version only, and a lists file for the synthetic FooList', () => {
    expect(generated.filter((f) => f.generator !== 'deepcopy').map((f) => f.path)).toEqual([
      `${DIR}/zz_generated.register.ts`,
      `${DIR}/zz_generated.lists.ts`,
    ]);
  });

  it('type-checks in a strict program', () => {
    expect(typeErrors(files)).toEqual([]);
  });

  it('exports the group, version and helpers', () => {
    const mod = register();
    expect(mod.GroupName).toBe(GROUP);
    expect(mod.SchemeGroupVersion).toEqual({ group: GROUP, version: 'v1beta1' });
    expect((mod.Resource as (r: string) => unknown)('foos')).toEqual({ group: GROUP, resource: 'foos' });
    expect((mod.Kind as (k: string) => unknown)('Foo')).toEqual({ group: GROUP, kind: 'Foo' });
    expect((mod.kinds as { kind: string }[]).map((k) => k.kind)).toEqual(['Bar', 'Foo']);
    expect((mod.kinds as object[])[1]).toEqual({
      kind: 'Foo',
      listKind: 'FooList',
      plural: 'foos',
      singular: 'foo',
      shortNames: ['fo'],
      categories: [],
      scope: 'Cluster',
      subresources: { status: true, custom: [{ path: 'bar', kind: 'FooBar' }] },
      printerColumns: [{ name: 'Replicas', type: 'integer', jsonPath: '.spec.replicas' }],
    });
  });

  it('registers every TypeMeta type, sorted by name, with new and deepCopy', () => {
    const calls: { gv: unknown; kinds: string[]; regs: Record<string, { new: () => unknown; deepCopy: (o: unknown) => unknown; listOf?: string; resource?: unknown }> }[] = [];
    const scheme = {
      addKnownTypes(gv: unknown, regs: { kind: string; new: () => unknown; deepCopy: (o: unknown) => unknown }[]) {
        calls.push({ gv, kinds: regs.map((r) => r.kind), regs: Object.fromEntries(regs.map((r) => [r.kind, r])) });
      },
    };
    (register().addToScheme as (s: unknown) => void)(scheme);
    expect(calls).toHaveLength(1);
    const [{ gv, kinds, regs }] = calls;
    expect(gv).toEqual({ group: GROUP, version: 'v1beta1' });
    expect(kinds).toEqual(['Bar', 'BarList', 'Foo', 'FooBar', 'FooList']);
    expect(regs.Foo.new()).toStrictEqual({ apiVersion: `${GROUP}/v1beta1`, kind: 'Foo' });
    expect(regs.FooList.new()).toStrictEqual({ apiVersion: `${GROUP}/v1beta1`, kind: 'FooList', items: [] });
    expect(regs.FooList.listOf).toBe('Foo');
    expect(regs.FooBar.resource).toBeUndefined();
    expect(regs.Foo.resource).toMatchObject({ plural: 'foos' });
    const foo = { apiVersion: `${GROUP}/v1beta1`, kind: 'Foo', metadata: { name: 'x' }, spec: { tags: ['a'] } };
    const copy = regs.Foo.deepCopy(foo);
    expect(copy).toStrictEqual(foo);
    expectNoSharedReferences(foo, copy);
  });

  it('registers with the real Scheme', () => {
    const scheme = new Scheme();
    expect(() => (register().addToScheme as (s: Scheme) => void)(scheme)).not.toThrow();
  });

  it(`uses ${deepcopy ? 'the generated deep copies' : 'the JSON clone'}`, () => {
    const text = files[`${DIR}/zz_generated.register.ts`];
    expect(text.includes("from './zz_generated.deepcopy'")).toBe(deepcopy);
    expect(text.includes('function cloneJSON')).toBe(!deepcopy);
  });
});

describe('listTypesGenerator', () => {
  it('declares the synthetic list with its imports and doc', () => {
    const [file] = listTypesGenerator.generate(demo(true).build(), {}).files;
    expect(file.contents).toBe(`// Code generated by kubegen lists. DO NOT EDIT.

import type { ListMeta, TypeMeta } from '@kubegen/runtime';
import type { Foo } from './types';

/** FooList is a list of Foo. */
export interface FooList extends TypeMeta {
  metadata?: ListMeta;
  items: Foo[];
}
`);
  });
});

describe('determinism', () => {
  it('gives byte-identical files whatever the order of packages and types', () => {
    expect(generateAll(demo(true).build(true))).toEqual(generateAll(demo(true).build()));
  });
});
