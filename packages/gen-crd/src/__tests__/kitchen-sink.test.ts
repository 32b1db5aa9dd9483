import * as path from 'node:path';
import { parse } from 'yaml';
import { defaultMarkerRegistry } from '@kubegen/markers';
import { loadApiModel, type ApiModel } from '@kubegen/model';
import { checkStructuralSchema } from '@kubegen/schema';
import { buildCrds, crdGenerator } from '../index';

const root = path.resolve(__dirname, '../../../../fixtures/kitchen-sink');
const load = (): ApiModel =>
  loadApiModel({ root, sourceRoots: ['apis', 'controllers'], registry: defaultMarkerRegistry() })
    .model;

test('kitchen-sink: one file per kind, parsable YAML, structural schemas, no diagnostics', () => {
  const { files, diagnostics } = crdGenerator.generate(load(), { allowDangerousTypes: true });
  expect(diagnostics).toEqual([]);
  expect(files.map((f) => f.path)).toEqual([
    'config/crd/bases/kitchen.example.com_cookbooks.yaml',
    'config/crd/bases/kitchen.example.com_kitchens.yaml',
  ]);
  for (const f of files) {
    const crd = parse(f.contents);
    expect(crd.kind).toBe('CustomResourceDefinition');
    for (const v of crd.spec.versions)
      expect(
        checkStructuralSchema(v.schema.openAPIV3Schema, {
          statusSubresource: !!v.subresources?.status,
        }),
      ).toEqual([]);
  }
});

test('kitchen-sink: versions sorted by name, storage, unserved, deprecated with warning, skipped versions left out', () => {
  const { crds } = buildCrds(load(), { allowDangerousTypes: true });
  const [cookbooks, kitchens] = crds;
  expect(
    cookbooks.spec.versions.map(
      ({ schema: _s, additionalPrinterColumns: _p, ...header }) => header,
    ),
  ).toEqual([
    {
      name: 'v1',
      selectableFields: [{ jsonPath: '.spec.title' }],
      served: true,
      storage: true,
      subresources: {
        scale: {
          labelSelectorPath: '.status.selector',
          specReplicasPath: '.spec.copies',
          statusReplicasPath: '.status.shelved',
        },
        status: {},
      },
    },
    {
      deprecated: true,
      deprecationWarning: 'kitchen.example.com/v1beta1 Cookbook is deprecated; use v1',
      name: 'v1beta1',
      served: false,
      storage: false,
      subresources: { status: {} },
    },
  ]);
  expect(kitchens.spec.versions.map((v) => v.name)).toEqual(['v1']);
  expect(kitchens.spec.scope).toBe('Cluster');
  expect(cookbooks.metadata).toEqual({
    annotations: { 'kitchen.example.com/owner': 'chefs', 'kubegen.io/version': '(devel)' },
    labels: { app: 'kitchen' },
    name: 'cookbooks.kitchen.example.com',
  });
});

test('the bare number and floats of Everything need allowDangerousTypes', () => {
  const { diagnostics } = buildCrds(load());
  expect(diagnostics.map((d) => [d.code, d.message.split(' is ')[0]])).toEqual([
    ['KG4002', 'Everything.ratio'],
    ['KG4002', 'Everything.weight'],
    ['KG4002', 'Everything.score'],
  ]);
});

test('conversionWebhook writes spec.conversion on CRDs with several versions only', () => {
  const { crds } = buildCrds(load(), {
    allowDangerousTypes: true,
    conversionWebhook: { service: { name: 'webhook-service', namespace: 'system' } },
  });
  expect(crds[0].spec.conversion).toEqual({
    strategy: 'Webhook',
    webhook: {
      clientConfig: { service: { name: 'webhook-service', namespace: 'system', path: '/convert' } },
      conversionReviewVersions: ['v1'],
    },
  });
  expect(crds[1].spec.conversion).toBeUndefined();
});

test('maxDescLen cuts descriptions, 0 drops them', () => {
  const schemaOf = (maxDescLen: number) =>
    buildCrds(load(), { allowDangerousTypes: true, maxDescLen }).crds[0].spec.versions[0].schema
      .openAPIV3Schema;
  expect(schemaOf(10).properties!.spec.description).toBe('CookbookSp...');
  // Only externalDocs keeps a description: it is not a schema description.
  expect(JSON.stringify(schemaOf(0)).match(/"description":"[^"]*"/g)).toEqual([
    '"description":"Kitchen docs"',
  ]);
});

test('output does not depend on the order the model lists things in, and schemas share no objects', () => {
  const model = load();
  const reversed: ApiModel = {
    ...model,
    packages: [...model.packages].reverse().map((p) => ({ ...p, types: [...p.types].reverse() })),
  };
  const a = crdGenerator.generate(model, { allowDangerousTypes: true }).files;
  const b = crdGenerator.generate(reversed, { allowDangerousTypes: true }).files;
  expect(b).toEqual(a);
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    expect(seen.has(value)).toBe(false);
    seen.add(value);
    Object.values(value).forEach(visit);
  };
  visit(buildCrds(model, { allowDangerousTypes: true }).crds);
  expect(seen.size).toBeGreaterThan(100);
});

test('a bad option is KG9003', () => {
  const { files, diagnostics } = crdGenerator.generate(load(), {
    allowDangerousTypes: true,
    crdVersions: ['v1beta1'],
  });
  expect(files).toEqual([]);
  expect(diagnostics.map((d) => d.code)).toEqual(['KG9003']);
});
