import { buildOpenApiDefinitions } from '@kubegen/schema';
import { crdGenerator } from '../crd-generator';
import { stringifyCrd } from '../crd-yaml';
import { crdsOf, specOf, widgetTree } from './tree';

// A pod-template-like field: the case controller-tools#385 and #448 are about.
const template = ['  /** Template of the pods. */', '  template?: WidgetTemplate;'].join('\n');
const templateType = [
  '/** WidgetTemplate describes the pods to create. */',
  'export interface WidgetTemplate {',
  "  /** Standard object's metadata. */",
  '  metadata?: ObjectMeta;',
  '}',
].join('\n');

function build(generateEmbeddedObjectMeta?: boolean) {
  const { crds, diagnostics, model } = crdsOf(widgetTree(template, templateType), {
    generateEmbeddedObjectMeta,
  });
  expect(diagnostics).toEqual([]);
  const root = crds[0].spec.versions[0].schema.openAPIV3Schema;
  const nested = specOf(crds[0])!.properties!.template.properties!.metadata;
  return { crd: crds[0], root, nested, model };
}

test('off (the default): a nested ObjectMeta is a bare object with its field description', () => {
  for (const option of [undefined, false]) {
    const { nested, root } = build(option);
    expect(nested).toEqual({ description: "Standard object's metadata.", type: 'object' });
    expect(root.properties!.metadata).toEqual({ type: 'object' });
  }
});

test("on: the nested ObjectMeta lists controller-gen's five fields; the root metadata stays a bare object", () => {
  const { nested, root } = build(true);
  expect(nested).toEqual({
    description: "Standard object's metadata.",
    properties: {
      annotations: { additionalProperties: { type: 'string' }, type: 'object' },
      finalizers: { items: { type: 'string' }, type: 'array' },
      labels: { additionalProperties: { type: 'string' }, type: 'object' },
      name: { type: 'string' },
      namespace: { type: 'string' },
    },
    type: 'object',
  });
  expect(root.properties!.metadata).toEqual({ type: 'object' });
});

test('on: the YAML is what controller-gen writes for a pod template', () => {
  const yaml = stringifyCrd(build(true).crd);
  const indent = ' '.repeat(18);
  const expected = [
    'metadata:',
    "  description: Standard object's metadata.",
    '  properties:',
    '    annotations:',
    '      additionalProperties:',
    '        type: string',
    '      type: object',
    '    finalizers:',
    '      items:',
    '        type: string',
    '      type: array',
    '    labels:',
    '      additionalProperties:',
    '        type: string',
    '      type: object',
    '    name:',
    '      type: string',
    '    namespace:',
    '      type: string',
    '  type: object',
  ]
    .map((l) => indent + l)
    .join('\n');
  expect(yaml).toContain(`${expected}\n`);
});

test('the OpenAPI definition of the same type still references ObjectMeta', () => {
  const { model } = build(true);
  const { definitions } = buildOpenApiDefinitions(model, { generateEmbeddedObjectMeta: true });
  const widgetTemplate = Object.entries(definitions).find(([name]) =>
    name.endsWith('.WidgetTemplate'),
  )![1];
  expect(widgetTemplate.properties!.metadata).toEqual({
    $ref: '#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta',
    description: "Standard object's metadata.",
  });
});

test('a generateEmbeddedObjectMeta that is not a boolean is a bad option (KG9003)', () => {
  const { diagnostics } = crdGenerator.generate(crdsOf(widgetTree(template, templateType)).model, {
    generateEmbeddedObjectMeta: 'true' as unknown as boolean,
  });
  expect(diagnostics.map((d) => d.code)).toEqual(['KG9003']);
  expect(diagnostics[0].message).toBe(
    'crd option generateEmbeddedObjectMeta must be true or false, not "true"',
  );
});
