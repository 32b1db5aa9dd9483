/*
 * A hand-built model and hand-written definitions for document tests that must not depend on the
 * schema core: a namespaced CRD kind with status and scale, and a cluster-scoped one.
 */
import type { ApiModel, KindInfo } from '@kubegen/model';
import { ModelBuilder, field, t } from '../../../emit/src/__tests__/model-builder';
import type { Definitions } from '../json';

export const GROUP = 'demo.example.com';
export const DIR = 'apis/demo/v1beta1';

/** Model of group demo.example.com/v1beta1: namespaced Foo (status, scale) and cluster-scoped Fischer; `custom` adds foos/bar. */
export function handModel(
  options: { custom?: boolean; reverse?: boolean; extra?: Partial<KindInfo> } = {},
): ApiModel {
  const b = new ModelBuilder();
  const pkg = b.package(DIR, GROUP);
  pkg.struct('FooSpec', [field('replicas', t.int32)]);
  pkg.request('FooBar', [field('message', t.string)]);
  pkg.kind('Foo', [field('spec', t.named(DIR, 'FooSpec'))], {
    kind: {
      subresources: {
        status: true,
        scale: { specReplicasPath: '.spec.replicas', statusReplicasPath: '.status.replicas' },
        custom: options.custom ? [{ path: 'bar', request: 'FooBar', kind: 'FooBar' }] : [],
      },
      ...options.extra,
    },
  });
  pkg.kind('Fischer', [], { kind: { scope: 'Cluster', plural: 'fischers' } });
  return b.build(options.reverse);
}

const META = 'io.k8s.apimachinery.pkg.apis.meta.v1.';
const typeMeta = { apiVersion: { type: 'string' }, kind: { type: 'string' } };
const objectMeta = {
  $ref: `#/definitions/${META}ObjectMeta`,
  default: {},
  description: 'Standard object metadata.',
};
const listOf = (kind: string) => ({
  properties: {
    ...typeMeta,
    items: {
      items: { $ref: `#/definitions/com.example.demo.v1beta1.${kind}`, default: {} },
      type: 'array',
    },
    metadata: { $ref: `#/definitions/${META}ListMeta`, default: {} },
  },
  required: ['items'],
  type: 'object',
});

/** What the schema core would give for handModel(): openapi-gen style, v2 references, forced defaults. */
export function handDefinitions(): Definitions {
  return {
    'com.example.demo.v1beta1.Fischer': {
      properties: { ...typeMeta, metadata: objectMeta },
      type: 'object',
    },
    'com.example.demo.v1beta1.FischerList': listOf('Fischer'),
    'com.example.demo.v1beta1.Foo': {
      description: 'Foo is a demo resource.',
      properties: {
        ...typeMeta,
        metadata: objectMeta,
        spec: {
          $ref: '#/definitions/com.example.demo.v1beta1.FooSpec',
          default: {},
          description: 'The desired state.',
        },
      },
      type: 'object',
    },
    'com.example.demo.v1beta1.FooBar': {
      properties: { ...typeMeta, message: { type: 'string', nullable: true } },
      type: 'object',
    },
    'com.example.demo.v1beta1.FooList': listOf('Foo'),
    'com.example.demo.v1beta1.FooSpec': {
      properties: {
        replicas: { default: 1, format: 'int32', type: 'integer' },
        size: { $ref: '#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity' },
        port: { $ref: '#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString' },
      },
      type: 'object',
    },
  };
}
