import { handDefinitions, handModel } from './__tests__/hand-model';
import { KUBE_SHARED_PARAMETERS } from './__tests__/kube-shared-parameters';
import type { JsonObject } from './json';
import { goParameterJson, parameterHash, shareParameters } from './shared-parameters';
import { buildSwaggerV2 } from './swagger-v2';

/** Published by our generator, not by kube-apiserver's swagger.json (see docs/openapi.md). */
const NOT_IN_KUBE = ['ignoreStoreReadErrorWithClusterBreakingPotential'];

describe('parameterHash and goParameterJson', () => {
  it.each(Object.entries(KUBE_SHARED_PARAMETERS))(
    'gives %s the suffix kube-apiserver gives it',
    (name, parameter) => {
      const suffix = name.slice(name.indexOf('-', 1) + 1);
      expect(parameterHash(goParameterJson(parameter as JsonObject))).toBe(suffix);
    },
  );

  it('writes the fields in spec.Parameter order and drops what Go omits', () => {
    expect(
      goParameterJson({
        name: 'x',
        in: 'query',
        type: 'string',
        description: '',
        required: false,
        uniqueItems: true,
        'x-b': 1,
        'x-a': 2,
      }),
    ).toBe('{"uniqueItems":true,"type":"string","name":"x","in":"query","x-a":2,"x-b":1}');
  });

  it('escapes <, >, & and U+2028 as encoding/json does', () => {
    expect(goParameterJson({ description: 'a<b>&c\u2028' })).toBe(
      '{"description":"a\\u003cb\\u003e\\u0026c\\u2028"}',
    );
  });

  it('is FNV-1, not FNV-1a: the empty input hashes to the offset basis', () => {
    expect(parameterHash('')).toBe(Buffer.from('cbf29ce48422', 'hex').toString('base64url'));
    expect(parameterHash('a')).toBe(Buffer.from('af63bd4c8601', 'hex').toString('base64url'));
  });
});

describe('shareParameters', () => {
  const pretty = KUBE_SHARED_PARAMETERS['pretty-tJGM1-ng'] as JsonObject;
  const kindBody = { in: 'body', name: 'body', schema: { $ref: '#/definitions/com.example.Foo' } };
  const deleteBody = KUBE_SHARED_PARAMETERS['body-2Y1dVQaQ'] as JsonObject;
  const name = { in: 'path', name: 'name', required: true, type: 'string', description: 'n' };
  const dryRun = { in: 'query', name: 'dryRun', type: 'string', description: 'd' };
  const validation = { in: 'query', name: 'fieldValidation', type: 'string', description: 'v' };
  const paths: JsonObject = {
    '/a/{name}': {
      parameters: [name, pretty],
      put: { parameters: [kindBody, dryRun, validation] },
      delete: { parameters: [deleteBody, { $ref: '#/parameters/elsewhere' }] },
    },
  };

  it('shares every other parameter, even one used once, and keeps the rest inline', () => {
    const before = JSON.stringify(paths);
    const shared = shareParameters(paths);
    expect(JSON.stringify(paths)).toBe(before);
    expect(Object.keys(shared.parameters).sort()).toEqual(['body-2Y1dVQaQ', 'pretty-tJGM1-ng']);
    expect(shared.paths['/a/{name}']).toEqual({
      parameters: [name, { $ref: '#/parameters/pretty-tJGM1-ng' }],
      put: { parameters: [kindBody, dryRun, validation] },
      delete: {
        parameters: [{ $ref: '#/parameters/body-2Y1dVQaQ' }, { $ref: '#/parameters/elsewhere' }],
      },
    });
  });

  it('shares dryRun and name where kube-openapi does: outside the query (and path, for name)', () => {
    const header = { ...dryRun, in: 'header' };
    const { parameters } = shareParameters({ '/b': { get: { parameters: [header] } } });
    expect(Object.values(parameters)).toEqual([header]);
  });
});

describe('the v2 document against kube-apiserver’s published parameters', () => {
  for (const style of ['crd', 'aggregated'] as const) {
    it(`names every ${style} parameter kube also publishes as kube does, with kube's definition`, () => {
      const { document } = buildSwaggerV2(handModel(), { definitions: handDefinitions(), style });
      const parameters = document.parameters as Record<string, JsonObject>;
      const ours = Object.keys(parameters).filter(
        (key) => !NOT_IN_KUBE.includes(String(parameters[key]!.name)),
      );
      expect(ours.length).toBeGreaterThan(10);
      for (const key of ours)
        expect([key, parameters[key]]).toEqual([key, KUBE_SHARED_PARAMETERS[key]]);
    });
  }
});
