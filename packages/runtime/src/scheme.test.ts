import { fieldPath } from './field-path';
import { invalid, required } from './field-errors';
import { Scheme } from './scheme';
import { SchemeError } from './scheme-error';
import type { TypeRegistration } from './scheme-types';
import {
  GROUP,
  INTERNAL,
  V1,
  V1BETA1,
  deepCopyFoo,
  registerConversions,
  registrations,
} from './__tests__/demo-scheme';
import type { Foo } from './__tests__/demo-scheme';
import { expectNoSharedReferences } from './__tests__/no-shared-references';

function demoScheme(): Scheme {
  const scheme = new Scheme();
  scheme.addKnownTypes(V1BETA1, registrations(V1BETA1));
  scheme.addKnownTypes(V1, registrations(V1));
  scheme.addKnownTypes(INTERNAL, registrations(INTERNAL));
  return scheme;
}

const fooV1beta1 = { ...V1BETA1, kind: 'Foo' };

describe('Scheme registration', () => {
  it('recognizes registered kinds only', () => {
    const scheme = demoScheme();
    expect(scheme.recognizes(fooV1beta1)).toBe(true);
    expect(scheme.recognizes({ ...V1BETA1, kind: 'Bar' })).toBe(false);
    expect(scheme.recognizes({ group: 'other', version: 'v1beta1', kind: 'Foo' })).toBe(false);
  });

  it('lists kinds and group/versions sorted, whatever the registration order', () => {
    const scheme = new Scheme();
    scheme.addKnownTypes(V1, [...registrations(V1)].reverse());
    scheme.addKnownTypes(V1BETA1, registrations(V1BETA1));
    scheme.addKnownTypes({ group: '', version: 'v1' }, [
      { kind: 'Status', new: () => ({}), deepCopy: (o) => o },
    ]);
    expect(scheme.kindsFor(V1)).toEqual(['Foo', 'FooBar', 'FooList']);
    expect(scheme.kindsFor({ group: 'nope', version: 'v1' })).toEqual([]);
    expect(scheme.groupVersions()).toEqual([{ group: '', version: 'v1' }, V1, V1BETA1]);
    expect(scheme.allKnownTypes().map((gvk) => `${gvk.group}/${gvk.version}/${gvk.kind}`)).toEqual([
      '/v1/Status',
      `${GROUP}/v1/Foo`,
      `${GROUP}/v1/FooBar`,
      `${GROUP}/v1/FooList`,
      `${GROUP}/v1beta1/Foo`,
      `${GROUP}/v1beta1/FooBar`,
      `${GROUP}/v1beta1/FooList`,
    ]);
  });

  it('accepts the same registrations twice (addToScheme called again)', () => {
    const scheme = new Scheme();
    const types = registrations(V1);
    scheme.addKnownTypes(V1, types);
    expect(() => scheme.addKnownTypes(V1, types)).not.toThrow();
  });

  it('refuses a kind registered again with other functions, registering nothing of the batch', () => {
    const scheme = new Scheme();
    scheme.addKnownTypes(V1, registrations(V1));
    const other: TypeRegistration = { kind: 'Foo', new: () => ({}), deepCopy: (o) => o };
    const fresh: TypeRegistration = { kind: 'Fresh', new: () => ({}), deepCopy: (o) => o };
    expect(() => scheme.addKnownTypes(V1, [fresh, other])).toThrow(
      /cannot register types of demo\.example\.com\/v1: kind "Foo" of demo\.example\.com\/v1 is already registered/,
    );
    expect(scheme.recognizes({ ...V1, kind: 'Fresh' })).toBe(false);
  });

  it('refuses a group/version without a version and a type without a kind, together', () => {
    expect(() =>
      new Scheme().addKnownTypes({ group: 'g', version: '' }, [
        { kind: '', new: () => ({}), deepCopy: (o) => o },
      ]),
    ).toThrow(
      'group "g" is registered without a version; a type of g/ is registered without a kind',
    );
  });
});

describe('Scheme.new and deepCopy', () => {
  it('creates an object of the kind with apiVersion and kind set', () => {
    expect(demoScheme().new(fooV1beta1)).toEqual({
      apiVersion: 'demo.example.com/v1beta1',
      kind: 'Foo',
    });
  });

  it('names the known kinds and the nearest one for an unknown kind', () => {
    expect(() => demoScheme().new({ ...V1BETA1, kind: 'Fooo' })).toThrow(
      new SchemeError(
        'no kind "Fooo" is registered for version "demo.example.com/v1beta1" in scheme; ' +
          'known kinds of demo.example.com/v1beta1: Foo, FooBar, FooList; did you mean "Foo"?',
      ),
    );
  });

  it('names the known group/versions, and where the kind lives, for an unknown group/version', () => {
    expect(() => demoScheme().new({ ...V1, version: 'v2', kind: 'Foo' })).toThrow(
      'version "demo.example.com/v2" is not registered; known group/versions: demo.example.com/__internal, ' +
        'demo.example.com/v1, demo.example.com/v1beta1; kind "Foo" is registered in demo.example.com/__internal, ' +
        'demo.example.com/v1, demo.example.com/v1beta1',
    );
    expect(() =>
      demoScheme().new({ group: 'demo.example.co', version: 'v1', kind: 'Widget' }),
    ).toThrow('did you mean "demo.example.com/v1"?');
  });

  it('says the scheme is empty when nothing was registered', () => {
    expect(() => new Scheme().new(fooV1beta1)).toThrow(
      'the scheme is empty: call addToScheme(scheme)',
    );
  });

  it('deep-copies through the registered function of the object kind', () => {
    const scheme = demoScheme();
    const foo: Foo = {
      ...scheme.new<Foo>(fooV1beta1),
      metadata: { name: 'a', labels: { x: 'y' } },
      spec: { tags: ['t'] },
    };
    const copy = scheme.deepCopy(foo);
    expect(copy).toStrictEqual(foo);
    expectNoSharedReferences(foo, copy);
    const list = scheme.new<{ items: Foo[] } & Foo>({ ...V1BETA1, kind: 'FooList' });
    list.items.push(foo);
    const listCopy = scheme.deepCopy(list);
    expect(listCopy).toStrictEqual(list);
    expect(listCopy.items[0]).not.toBe(foo);
  });

  it('refuses to deep-copy an object without apiVersion or kind, saying how to set them', () => {
    expect(() => demoScheme().deepCopy({ kind: 'Foo' })).toThrow(
      'cannot deep-copy an object without apiVersion and kind (apiVersion=undefined, kind="Foo"); create it with scheme.new(gvk)',
    );
    expect(() => demoScheme().deepCopy({ apiVersion: 'demo.example.com/v3', kind: 'Foo' })).toThrow(
      SchemeError,
    );
    expect(() => demoScheme().deepCopy({ apiVersion: 'a/b/c', kind: 'Foo' })).toThrow(
      'unexpected GroupVersion string: a/b/c',
    );
  });

  it('reads and sets the GroupVersionKind of an object', () => {
    const scheme = demoScheme();
    expect(scheme.objectKind({ apiVersion: 'v1', kind: 'Status' })).toEqual({
      group: '',
      version: 'v1',
      kind: 'Status',
    });
    expect(scheme.objectKind({})).toEqual({ group: '', version: '', kind: '' });
    const obj: Foo = {};
    scheme.setGroupVersionKind(obj, fooV1beta1);
    expect(obj).toEqual({ apiVersion: 'demo.example.com/v1beta1', kind: 'Foo' });
  });
});

describe('Scheme resources', () => {
  it.each(['foos', 'foo', 'fo', 'FOOS', 'Foo', 'FO'])('finds Foo by %s', (name) => {
    expect(demoScheme().kindForResource({ group: GROUP, version: 'v1', resource: name })).toEqual({
      ...V1,
      kind: 'Foo',
    });
  });

  it('prefers the first registered version when no version is given', () => {
    const found = demoScheme().resourceFor({ group: GROUP, resource: 'fo' });
    expect(found?.gvr).toEqual({ ...V1BETA1, resource: 'foos' });
    expect(found?.info.listKind).toBe('FooList');
  });

  it('prefers a plural over a singular over a short name', () => {
    const scheme = new Scheme();
    const kind = (
      name: string,
      plural: string,
      singular: string,
      shortNames: string[],
    ): TypeRegistration => ({
      kind: name,
      new: () => ({}),
      deepCopy: (o) => o,
      resource: {
        plural,
        singular,
        shortNames,
        categories: [],
        scope: 'Namespaced',
        listKind: `${name}List`,
        subresources: { status: false, custom: [] },
        printerColumns: [],
      },
    });
    scheme.addKnownTypes(V1, [
      kind('A', 'as', 'x', []),
      kind('B', 'bs', 'b', ['x', 'as']),
      kind('C', 'x', 'c', []),
    ]);
    expect(scheme.kindForResource({ group: GROUP, resource: 'x' })?.kind).toBe('C');
    expect(scheme.kindForResource({ group: GROUP, resource: 'as' })?.kind).toBe('A');
    expect(scheme.kindForResource({ group: GROUP, resource: 'b' })?.kind).toBe('B');
  });

  it('finds nothing for an unknown name, group or version', () => {
    const scheme = demoScheme();
    expect(scheme.resourceFor({ group: GROUP, resource: 'bars' })).toBeUndefined();
    expect(scheme.resourceFor({ group: 'other', resource: 'foos' })).toBeUndefined();
    expect(scheme.resourceFor({ group: GROUP, version: 'v9', resource: 'foos' })).toBeUndefined();
  });

  it('lists resources of a group or all, sorted, leaving out kinds that are not resources', () => {
    const scheme = demoScheme();
    expect(scheme.resourcesFor(GROUP).map((r) => `${r.gvr.version}/${r.gvr.resource}`)).toEqual([
      '__internal/foos',
      'v1/foos',
      'v1beta1/foos',
    ]);
    expect(scheme.resourcesFor('other')).toEqual([]);
    expect(scheme.resourcesFor()).toHaveLength(3);
  });
});

describe('Scheme defaulting and validation', () => {
  it('applies the registered defaults of the kind, and none to other kinds', () => {
    const scheme = demoScheme();
    scheme.addDefaultingFunc<Foo>(fooV1beta1, (obj) => {
      obj.spec = { replicas: 1, ...obj.spec };
    });
    const foo = scheme.new<Foo>(fooV1beta1);
    scheme.default(foo);
    expect(foo.spec).toEqual({ replicas: 1 });
    const v1foo = scheme.new<Foo>({ ...V1, kind: 'Foo' });
    scheme.default(v1foo);
    expect(v1foo.spec).toBeUndefined();
  });

  it('validates with the registered function, passing the old object on update', () => {
    const scheme = demoScheme();
    scheme.addValidationFunc<Foo>(fooV1beta1, (obj, old) => {
      const errs = [];
      if ((obj.spec?.replicas ?? 0) < 0)
        errs.push(
          invalid(
            fieldPath('spec', 'replicas'),
            obj.spec?.replicas,
            'must be greater than or equal to 0',
          ),
        );
      if (old !== undefined && old.metadata?.name !== obj.metadata?.name)
        errs.push(invalid('metadata.name', obj.metadata?.name, 'field is immutable'));
      if (obj.metadata?.name === undefined) errs.push(required('metadata.name', ''));
      return errs;
    });
    const foo: Foo = {
      ...scheme.new<Foo>(fooV1beta1),
      metadata: { name: 'a' },
      spec: { replicas: -1 },
    };
    expect(scheme.validate(foo).map((e) => e.field)).toEqual(['spec.replicas']);
    expect(scheme.validate(foo, { ...foo, metadata: { name: 'b' } }).map((e) => e.field)).toEqual([
      'spec.replicas',
      'metadata.name',
    ]);
    expect(scheme.validate(scheme.new({ ...V1, kind: 'Foo' }))).toEqual([]);
  });
});

describe('Scheme conversion', () => {
  it('converts through the internal version when no direct conversion exists, leaving the input untouched', () => {
    const scheme = demoScheme();
    registerConversions(scheme);
    const foo: Foo = {
      ...scheme.new<Foo>(fooV1beta1),
      metadata: { name: 'a' },
      spec: { replicas: 2, policy: 'Always', tags: ['x'] },
    };
    const before = deepCopyFoo(foo);
    const v1 = scheme.convert<Foo>(foo, V1);
    expect(v1).toEqual({
      apiVersion: 'demo.example.com/v1',
      kind: 'Foo',
      metadata: { name: 'a' },
      spec: { replicas: 2, policy: 'Restart', tags: ['x'] },
    });
    expect(foo).toStrictEqual(before);
    expectNoSharedReferences(foo, v1);
    expect(scheme.convert<Foo>(v1, V1BETA1)).toEqual(foo);
  });

  it('prefers a direct conversion over the hub', () => {
    const scheme = demoScheme();
    registerConversions(scheme);
    scheme.addConversionFunc<Foo, Foo>(fooV1beta1, { ...V1, kind: 'Foo' }, (_src, out) => {
      out.spec = { policy: 'Direct' };
    });
    expect(scheme.convert<Foo>(scheme.new(fooV1beta1), V1).spec).toEqual({ policy: 'Direct' });
  });

  it('returns a copy when the object is already in the target version', () => {
    const scheme = demoScheme();
    const foo: Foo = { ...scheme.new<Foo>(fooV1beta1), spec: { tags: ['a'] } };
    const same = scheme.convert<Foo>(foo, V1BETA1);
    expect(same).toStrictEqual(foo);
    expect(same).not.toBe(foo);
  });

  it('names both ways out when no conversion is registered', () => {
    const scheme = demoScheme();
    expect(() => scheme.convert(scheme.new(fooV1beta1), V1)).toThrow(
      new SchemeError(
        'no conversion from demo.example.com/v1beta1, Kind=Foo to demo.example.com/v1, Kind=Foo: register one with addConversionFunc, ' +
          'or conversions to and from the internal version demo.example.com/__internal, Kind=Foo ' +
          '(registerConversions(scheme) of the generated zz_generated.conversion.ts does both)',
      ),
    );
  });
});
