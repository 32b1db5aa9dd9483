import { Codes } from '@kubegen/diagnostics';
import { GROUP, handDefinitions, handModel } from './__tests__/hand-model';
import { validateDocument } from './__tests__/parse';
import { buildSwaggerV2 } from './swagger-v2';

type Json = Record<string, any>;

function v2(options: Parameters<typeof handModel>[0] = {}, style?: 'crd' | 'aggregated') {
  return buildSwaggerV2(handModel(options), { definitions: handDefinitions(), style });
}

/** Every operation as `METHOD path → operationId`. */
function operationIds(document: Json): string[] {
  const out: string[] = [];
  for (const [path, item] of Object.entries<Json>(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch']) {
      if (item[method]) out.push(`${method.toUpperCase()} ${path} → ${item[method].operationId}`);
    }
  }
  return out.sort();
}

/** The parameters an operation takes, path-level ones included, `$ref`s resolved, as `in:name`. */
function parameterNames(document: Json, path: string, method: string): string[] {
  const item = document.paths[path];
  const resolve = (p: Json): Json =>
    p.$ref ? document.parameters[p.$ref.slice('#/parameters/'.length)] : p;
  return [...(item.parameters ?? []), ...(item[method].parameters ?? [])]
    .map(resolve)
    .map((p) => `${p.in}:${p.name}`)
    .sort();
}

const root = `/apis/${GROUP}/v1beta1`;
const ns = `${root}/namespaces/{namespace}/foos`;
const LIST = [
  'query:allowWatchBookmarks',
  'query:continue',
  'query:fieldSelector',
  'query:labelSelector',
  'query:limit',
  'query:resourceVersion',
  'query:resourceVersionMatch',
  'query:sendInitialEvents',
  'query:timeoutSeconds',
  'query:watch',
];

describe('buildSwaggerV2, CRD style (reference §3.4, §3.5)', () => {
  const { document, diagnostics } = v2();

  it('serves exactly the CRD paths and operationIds of a namespaced kind with status and scale, and a cluster-scoped kind', () => {
    expect(diagnostics).toEqual([]);
    const C = 'DemoExampleComV1beta1';
    expect(operationIds(document)).toEqual(
      [
        `GET ${root}/foos → list${C}FooForAllNamespaces`,
        `GET ${ns} → list${C}NamespacedFoo`,
        `POST ${ns} → create${C}NamespacedFoo`,
        `DELETE ${ns} → delete${C}CollectionNamespacedFoo`,
        `GET ${ns}/{name} → read${C}NamespacedFoo`,
        `PUT ${ns}/{name} → replace${C}NamespacedFoo`,
        `PATCH ${ns}/{name} → patch${C}NamespacedFoo`,
        `DELETE ${ns}/{name} → delete${C}NamespacedFoo`,
        `GET ${ns}/{name}/status → read${C}NamespacedFooStatus`,
        `PUT ${ns}/{name}/status → replace${C}NamespacedFooStatus`,
        `PATCH ${ns}/{name}/status → patch${C}NamespacedFooStatus`,
        `GET ${ns}/{name}/scale → read${C}NamespacedFooScale`,
        `PUT ${ns}/{name}/scale → replace${C}NamespacedFooScale`,
        `PATCH ${ns}/{name}/scale → patch${C}NamespacedFooScale`,
        `GET ${root}/fischers → list${C}Fischer`,
        `POST ${root}/fischers → create${C}Fischer`,
        `DELETE ${root}/fischers → delete${C}CollectionFischer`,
        `GET ${root}/fischers/{name} → read${C}Fischer`,
        `PUT ${root}/fischers/{name} → replace${C}Fischer`,
        `PATCH ${root}/fischers/{name} → patch${C}Fischer`,
        `DELETE ${root}/fischers/{name} → delete${C}Fischer`,
      ].sort(),
    );
  });

  it('writes the list operation of §3.5', () => {
    const item = document.paths[ns];
    const { parameters, ...list } = item.get;
    expect(list).toEqual({
      description: 'list objects of kind Foo',
      consumes: ['application/json', 'application/yaml'],
      produces: ['application/json', 'application/yaml'],
      schemes: ['https'],
      tags: ['demoExampleCom_v1beta1'],
      operationId: 'listDemoExampleComV1beta1NamespacedFoo',
      responses: {
        '200': {
          description: 'OK',
          schema: { $ref: '#/definitions/com.example.demo.v1beta1.FooList' },
        },
        '401': { description: 'Unauthorized' },
      },
      'x-kubernetes-action': 'list',
      'x-kubernetes-group-version-kind': { group: GROUP, kind: 'Foo', version: 'v1beta1' },
    });
    expect(parameters.map((p: Json) => p.$ref.replace(/-[A-Za-z0-9_-]{8}$/, ''))).toEqual(
      LIST.map((n) => `#/parameters/${n.slice('query:'.length)}`),
    );
    expect(item.parameters.map((p: Json) => p.$ref.replace(/-[A-Za-z0-9_-]{8}$/, ''))).toEqual([
      '#/parameters/namespace',
      '#/parameters/pretty',
    ]);
  });

  it('gives every operation the parameters of its options struct', () => {
    const scope = ['path:namespace', 'query:pretty'];
    const item = [...scope, 'path:name'];
    expect(parameterNames(document, ns, 'post')).toEqual(
      ['body:body', 'query:dryRun', 'query:fieldManager', 'query:fieldValidation', ...scope].sort(),
    );
    expect(parameterNames(document, ns, 'delete')).toEqual([...LIST, ...scope].sort());
    expect(parameterNames(document, `${ns}/{name}`, 'get')).toEqual(
      [...item, 'query:resourceVersion'].sort(),
    );
    expect(parameterNames(document, `${ns}/{name}`, 'patch')).toEqual(
      [
        ...item,
        'body:body',
        'query:dryRun',
        'query:fieldManager',
        'query:fieldValidation',
        'query:force',
      ].sort(),
    );
    expect(parameterNames(document, `${ns}/{name}`, 'delete')).toEqual(
      [
        ...item,
        'body:body',
        'query:dryRun',
        'query:gracePeriodSeconds',
        'query:ignoreStoreReadErrorWithClusterBreakingPotential',
        'query:orphanDependents',
        'query:propagationPolicy',
      ].sort(),
    );
    expect(parameterNames(document, `${root}/fischers/{name}`, 'put')).toEqual(
      [
        'path:name',
        'query:pretty',
        'body:body',
        'query:dryRun',
        'query:fieldManager',
        'query:fieldValidation',
      ].sort(),
    );
  });

  it('shares parameters as kube-openapi does, but never name, dryRun, fieldValidation or a body of the kind', () => {
    const keys = Object.keys(document.parameters);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z]+-[A-Za-z0-9_-]{8}$/);
    expect(keys.map((k) => k.replace(/-.{8}$/, ''))).not.toEqual(expect.arrayContaining(['name']));
    expect(keys.some((k) => k.startsWith('dryRun-') || k.startsWith('fieldValidation-'))).toBe(
      false,
    );
    const create = document.paths[ns].post.parameters.find((p: Json) => p.name === 'body');
    expect(create).toEqual({
      in: 'body',
      name: 'body',
      required: true,
      schema: { $ref: '#/definitions/com.example.demo.v1beta1.Foo' },
    });
    const patchBody = document.paths[`${ns}/{name}`].patch.parameters.find((p: Json) =>
      p.$ref?.startsWith('#/parameters/body-'),
    );
    expect(document.parameters[patchBody.$ref.slice('#/parameters/'.length)].schema).toEqual({
      $ref: '#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Patch',
    });
  });

  it('uses the autoscaling/v1 Scale for the scale subresource and the kind for status', () => {
    const scale = document.paths[`${ns}/{name}/scale`].put;
    expect(scale['x-kubernetes-group-version-kind']).toEqual({
      group: 'autoscaling',
      kind: 'Scale',
      version: 'v1',
    });
    expect(scale.responses['200'].schema.$ref).toBe(
      '#/definitions/io.k8s.api.autoscaling.v1.Scale',
    );
    expect(document.paths[`${ns}/{name}/status`].get.responses['200'].schema.$ref).toBe(
      '#/definitions/com.example.demo.v1beta1.Foo',
    );
  });

  it('prunes every default, publishes only referenced definitions and marks kinds with their GVK', () => {
    const text = JSON.stringify(document.definitions);
    expect(text).not.toContain('"default"');
    expect(document.definitions['io.k8s.apimachinery.pkg.apis.meta.v1.Condition']).toBeUndefined();
    expect(document.definitions['io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta']).toBeDefined();
    expect(
      document.definitions['com.example.demo.v1beta1.FooList']['x-kubernetes-group-version-kind'],
    ).toEqual([{ group: GROUP, kind: 'FooList', version: 'v1beta1' }]);
    expect(
      document.definitions['io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions'][
        'x-kubernetes-group-version-kind'
      ],
    ).toEqual([
      { group: '', kind: 'DeleteOptions', version: 'v1' },
      { group: GROUP, kind: 'DeleteOptions', version: 'v1beta1' },
    ]);
    expect(document.definitions['io.k8s.apimachinery.pkg.util.intstr.IntOrString']).toMatchObject({
      format: 'int-or-string',
      type: 'string',
    });
  });

  it('passes swagger-parser validation', async () => {
    await validateDocument(document);
    await validateDocument(v2({ custom: true }).document);
  });

  it('is byte-identical whatever order the model lists things in', () => {
    expect(JSON.stringify(v2({ reverse: true }).document)).toBe(JSON.stringify(document));
  });
});

describe('buildSwaggerV2, aggregated style (the installer)', () => {
  const { document, diagnostics } = v2({ custom: true });
  const A = 'DemoExampleComV1beta1';

  it('adds watch routes, discovery routes and custom subresources', () => {
    expect(diagnostics).toEqual([]);
    const ids = operationIds(document);
    expect(ids).toEqual(
      expect.arrayContaining([
        `GET ${root}/watch/foos → watch${A}FooListForAllNamespaces`,
        `GET ${root}/watch/namespaces/{namespace}/foos → watch${A}NamespacedFooList`,
        `GET ${root}/watch/namespaces/{namespace}/foos/{name} → watch${A}NamespacedFoo`,
        `GET ${root}/watch/fischers → watch${A}FischerList`,
        `GET ${root}/watch/fischers/{name} → watch${A}Fischer`,
        `POST ${ns}/{name}/bar → create${A}NamespacedFooBar`,
        `GET /apis/${GROUP}/ → getDemoExampleComAPIGroup`,
        `GET ${root}/ → get${A}APIResources`,
      ]),
    );
    expect(ids).toHaveLength(21 + 5 + 1 + 2);
    expect(document.paths[`/apis/${GROUP}/`].get.tags).toEqual(['demoExampleCom']);
  });

  it('writes the installer actions, media types and deletecollection parameters', () => {
    expect(document.paths[`${root}/watch/foos`].get['x-kubernetes-action']).toBe('watchlist');
    expect(document.paths[`${root}/watch/fischers/{name}`].get['x-kubernetes-action']).toBe(
      'watch',
    );
    expect(document.paths[ns].get.description).toBe('list or watch objects of kind Foo');
    expect(document.paths[ns].get.produces).toContain('application/json;stream=watch');
    expect(document.paths[`${ns}/{name}`].patch.consumes).toContain(
      'application/strategic-merge-patch+json',
    );
    const deleteCollection = parameterNames(document, ns, 'delete');
    expect(deleteCollection).toContain('query:gracePeriodSeconds');
    expect(deleteCollection).not.toContain('query:watch');
    expect(deleteCollection).not.toContain('query:allowWatchBookmarks');
    const bar = document.paths[`${ns}/{name}/bar`].post;
    expect(bar['x-kubernetes-group-version-kind']).toEqual({
      group: GROUP,
      kind: 'FooBar',
      version: 'v1beta1',
    });
    expect(bar.responses['201'].schema.$ref).toBe('#/definitions/com.example.demo.v1beta1.FooBar');
  });

  it('drops v3-only keywords (nullable) from v2 definitions', () => {
    expect(document.definitions['com.example.demo.v1beta1.FooBar'].properties.message).toEqual({});
  });

  it('warns and leaves out custom subresources when the group is forced to CRD style', () => {
    const forced = v2({ custom: true }, 'crd');
    expect(forced.diagnostics.map((d) => d.code)).toEqual([Codes.OpenApiSubresourceNotServed]);
    expect(forced.document.paths[`${ns}/{name}/bar`]).toBeUndefined();
  });
});

describe('buildSwaggerV2 errors', () => {
  it('reports two kinds with one plural as duplicate operationIds', () => {
    const { diagnostics } = buildSwaggerV2(
      handModel({
        extra: { plural: 'fischers', scope: 'Cluster', kind: 'Fischer', listKind: 'FischerList' },
      }),
      { definitions: handDefinitions() },
    );
    expect(diagnostics.map((d) => d.code)).toContain(Codes.OpenApiDuplicateOperationId);
    const messages = diagnostics
      .filter((d) => d.code === Codes.OpenApiDuplicateOperationId)
      .map((d) => d.message);
    expect(messages).toContain(
      `duplicate operation ID listDemoExampleComV1beta1Fischer for path ${root}/fischers and ${root}/fischers`,
    );
    expect(diagnostics.every((d) => d.position?.file.endsWith('types.ts'))).toBe(true);
  });

  it('reports a referenced definition nobody defines, naming the referrer', () => {
    const definitions = handDefinitions();
    delete definitions['com.example.demo.v1beta1.FooSpec'];
    const { diagnostics } = buildSwaggerV2(handModel(), { definitions });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: Codes.OpenApiMissingDefinition,
        message:
          "no OpenAPI definition named 'com.example.demo.v1beta1.FooSpec' (referenced by 'com.example.demo.v1beta1.Foo')",
      }),
    ]);
  });
});
