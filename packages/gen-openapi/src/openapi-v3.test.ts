import { Codes } from '@kubegen/diagnostics';
import { GROUP, handDefinitions, handModel } from './__tests__/hand-model';
import { validateDocument } from './__tests__/parse';
import {
  buildOpenApiV3,
  buildOpenApiV3Discovery,
  buildOpenApiV3Documents,
  documentHash,
  serializeDocument,
} from './openapi-v3';

type Json = Record<string, any>;
const options = { definitions: handDefinitions() };
const GV = `${GROUP}/v1beta1`;
const ns = `/apis/${GROUP}/v1beta1/namespaces/{namespace}/foos`;

describe('buildOpenApiV3', () => {
  const { document, diagnostics } = buildOpenApiV3(handModel({ custom: true }), GV, options) as {
    document: Json;
    diagnostics: unknown[];
  };

  it('is an OpenAPI 3.0.0 document that swagger-parser validates', async () => {
    expect(diagnostics).toEqual([]);
    expect(Object.keys(document)).toEqual(['components', 'info', 'openapi', 'paths']);
    expect(document.openapi).toBe('3.0.0');
    await validateDocument(document);
  });

  it('wraps $ref siblings in allOf and keeps defaults', () => {
    const foo = document.components.schemas['com.example.demo.v1beta1.Foo'];
    expect(foo.properties.spec).toEqual({
      allOf: [{ $ref: '#/components/schemas/com.example.demo.v1beta1.FooSpec' }],
      default: {},
      description: 'The desired state.',
    });
    const spec = document.components.schemas['com.example.demo.v1beta1.FooSpec'];
    expect(spec.properties.replicas.default).toBe(1);
    expect(spec.properties.size).toEqual({
      $ref: '#/components/schemas/io.k8s.apimachinery.pkg.api.resource.Quantity',
    });
  });

  it('publishes Quantity and IntOrString with their v3 oneOf shapes', () => {
    const schemas = document.components.schemas;
    expect(schemas['io.k8s.apimachinery.pkg.util.intstr.IntOrString']).toMatchObject({
      format: 'int-or-string',
      oneOf: [{ type: 'integer' }, { type: 'string' }],
    });
    expect(schemas['io.k8s.apimachinery.pkg.api.resource.Quantity']).toMatchObject({
      oneOf: [{ type: 'string' }, { type: 'number' }],
    });
  });

  it('writes request bodies, responses per media type and inline parameters', () => {
    const create = document.paths[ns].post;
    expect(create.requestBody).toEqual({
      content: { '*/*': { schema: { $ref: '#/components/schemas/com.example.demo.v1beta1.Foo' } } },
      required: true,
    });
    expect(Object.keys(create.responses['201'].content)).toEqual([
      'application/json',
      'application/vnd.kubernetes.protobuf',
      'application/yaml',
    ]);
    expect(document.paths[ns].parameters).toEqual([
      {
        description: 'object name and auth scope, such as for teams and projects',
        in: 'path',
        name: 'namespace',
        required: true,
        schema: { type: 'string', uniqueItems: true },
      },
      expect.objectContaining({
        in: 'query',
        name: 'pretty',
        schema: { type: 'string', uniqueItems: true },
      }),
    ]);
    expect(document.paths[`/apis/${GROUP}/`]).toBeUndefined();
    expect(document.paths[`/apis/${GROUP}/v1beta1/`].get.operationId).toBe(
      'getDemoExampleComV1beta1APIResources',
    );
  });

  it('narrows the GVKs of cross-registered meta kinds to this group-version and core/v1', () => {
    expect(
      document.components.schemas['io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent'][
        'x-kubernetes-group-version-kind'
      ],
    ).toEqual([
      { group: '', kind: 'WatchEvent', version: 'v1' },
      { group: GROUP, kind: 'WatchEvent', version: 'v1beta1' },
    ]);
  });

  it('reports a group-version the project does not serve, listing those it does', () => {
    const result = buildOpenApiV3(handModel(), 'demo.example.com/v9', options);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: Codes.OpenApiUnknownGroupVersion,
        hint: `write one of: ${GV}`,
      }),
    ]);
  });
});

describe('buildOpenApiV3Discovery', () => {
  it('points at every group-version document with the SHA-512 of its text', () => {
    const model = handModel();
    const { document } = buildOpenApiV3Discovery(model, options);
    const { document: gv } = buildOpenApiV3(model, GV, options);
    const hash = documentHash(serializeDocument(gv));
    expect(hash).toMatch(/^[0-9A-F]{128}$/);
    expect(document).toEqual({
      paths: { [`apis/${GV}`]: { serverRelativeURL: `/openapi/v3/apis/${GV}?hash=${hash}` } },
    });
  });

  it('changes the hash when the document changes', () => {
    const before = buildOpenApiV3Documents(handModel(), options).discovery;
    const definitions = handDefinitions();
    definitions['com.example.demo.v1beta1.Foo']!.description = 'changed';
    expect(buildOpenApiV3Documents(handModel(), { definitions }).discovery).not.toEqual(before);
  });
});
