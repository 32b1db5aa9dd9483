/*
 * A hand-written stand-in for what the generators emit for a small API group: kind Foo in v1beta1, v1 and the
 * internal version, with its list, a request body (FooBar) and conversions through the hub.
 */
import { deepCopyObjectMeta } from '../meta-deepcopy';
import type { ObjectMeta, TypeMeta } from '../meta-types';
import type { Scheme } from '../scheme';
import type { GroupVersion, ResourceInfo, TypeRegistration } from '../scheme-types';

export const GROUP = 'demo.example.com';
export const V1BETA1: GroupVersion = { group: GROUP, version: 'v1beta1' };
export const V1: GroupVersion = { group: GROUP, version: 'v1' };
export const INTERNAL: GroupVersion = { group: GROUP, version: '__internal' };

export interface Foo extends TypeMeta {
  metadata?: ObjectMeta;
  spec?: { replicas?: number; policy?: string; tags?: string[] };
}

export interface FooList extends TypeMeta {
  items: Foo[];
}

export function deepCopyFoo(src: Foo): Foo {
  const out: Foo = {};
  if (src.apiVersion !== undefined) out.apiVersion = src.apiVersion;
  if (src.kind !== undefined) out.kind = src.kind;
  if (src.metadata !== undefined) out.metadata = deepCopyObjectMeta(src.metadata);
  if (src.spec !== undefined) {
    out.spec = { ...src.spec };
    if (src.spec.tags !== undefined) out.spec.tags = [...src.spec.tags];
  }
  return out;
}

function deepCopyFooList(src: FooList): FooList {
  return { apiVersion: src.apiVersion, kind: src.kind, items: src.items.map(deepCopyFoo) };
}

const fooResource: ResourceInfo = {
  plural: 'foos',
  singular: 'foo',
  shortNames: ['fo'],
  categories: ['all'],
  scope: 'Cluster',
  listKind: 'FooList',
  subresources: { status: true, custom: [{ path: 'bar', kind: 'FooBar' }] },
  printerColumns: [],
};

/** The registrations of one version; `new` returns objects with TypeMeta set, as generated code does. */
export function registrations(gv: GroupVersion): TypeRegistration[] {
  const apiVersion = `${gv.group}/${gv.version}`;
  const foo: TypeRegistration<Foo> = {
    kind: 'Foo',
    new: () => ({ apiVersion, kind: 'Foo' }),
    deepCopy: deepCopyFoo,
    resource: fooResource,
  };
  const list: TypeRegistration<FooList> = {
    kind: 'FooList',
    new: () => ({ apiVersion, kind: 'FooList', items: [] }),
    deepCopy: deepCopyFooList,
    listOf: 'Foo',
  };
  const fooBar: TypeRegistration<TypeMeta> = {
    kind: 'FooBar',
    new: () => ({ apiVersion, kind: 'FooBar' }),
    deepCopy: (o) => ({ ...o }),
  };
  return [foo, list, fooBar];
}

/** v1beta1 has `replicas`; v1 renamed the policy `Always` to `Restart`; the hub keeps v1's names. */
export function registerConversions(scheme: Scheme): void {
  const hubFoo = { ...INTERNAL, kind: 'Foo' };
  const convert = (policyMap: Record<string, string>) => (src: Foo, out: Foo) => {
    out.metadata = src.metadata;
    if (src.spec !== undefined) {
      out.spec = { ...src.spec };
      if (src.spec.policy !== undefined)
        out.spec.policy = policyMap[src.spec.policy] ?? src.spec.policy;
    }
  };
  scheme.addConversionFunc({ ...V1BETA1, kind: 'Foo' }, hubFoo, convert({ Always: 'Restart' }));
  scheme.addConversionFunc(hubFoo, { ...V1BETA1, kind: 'Foo' }, convert({ Restart: 'Always' }));
  scheme.addConversionFunc({ ...V1, kind: 'Foo' }, hubFoo, convert({}));
  scheme.addConversionFunc(hubFoo, { ...V1, kind: 'Foo' }, convert({}));
}
