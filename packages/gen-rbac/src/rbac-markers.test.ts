import { Codes, formatDiagnostic } from '@kubegen/diagnostics';
import { marker, modelWithMarkers } from './__tests__/model-builder';
import { rbacGenerator } from './rbac-generator';

const FILE = '/project/controllers/foo_controller.ts';

/** Runs the generator over markers at lines 1..n and returns its diagnostics. */
function diagnosticsOf(...values: Parameters<typeof marker>[1][]) {
  const result = rbacGenerator.generate(
    modelWithMarkers(values.map((v, i) => marker('kubebuilder:rbac', v, i + 1))),
    {},
  );
  return result;
}

describe('rbac marker checks', () => {
  test('an unknown verb is an error at the marker with a did-you-mean hint', () => {
    const { files, diagnostics } = diagnosticsOf({
      groups: ['apps'],
      resources: ['deployments'],
      verbs: ['get', 'lsit', 'Watch'],
    });
    expect(files).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.position, d.hint?.split('?')[0]])).toEqual([
      [Codes.RbacUnknownVerb, { file: FILE, line: 1, column: 4 }, "did you mean 'list'"],
      [Codes.RbacUnknownVerb, { file: FILE, line: 1, column: 4 }, "did you mean 'watch'"],
    ]);
    expect(formatDiagnostic(diagnostics[0], { cwd: '/project' })).toMatch(
      /^controllers\/foo_controller\.ts:1:4 - error KG7001: unknown verb 'lsit' in rbac marker/,
    );
  });

  test('non-resource URLs take HTTP verbs', () => {
    expect(diagnosticsOf({ urls: ['/metrics'], verbs: ['get', 'post'] }).diagnostics).toEqual([]);
    expect(
      diagnosticsOf({ urls: ['/metrics'], verbs: ['list'] }).diagnostics.map((d) => d.code),
    ).toEqual([Codes.RbacUnknownVerb]);
  });

  test('a marker without resources or urls grants nothing', () => {
    const { diagnostics } = diagnosticsOf({ groups: ['apps'], verbs: ['get'] });
    expect(diagnostics.map((d) => [d.code, d.position?.line])).toEqual([
      [Codes.RbacNoResourcesOrUrls, 1],
    ]);
    expect(diagnostics[0].hint).toContain('resources=');
  });

  test('resources with an empty or missing groups list', () => {
    const { diagnostics } = diagnosticsOf(
      { groups: [], resources: ['pods'], verbs: ['get'] },
      { resources: ['pods'], verbs: ['get'] },
      { groups: [''], resources: ['pods'], verbs: ['get'] },
    );
    expect(diagnostics.map((d) => [d.code, d.position?.line])).toEqual([
      [Codes.RbacEmptyGroups, 1],
      [Codes.RbacEmptyGroups, 2],
    ]);
    expect(diagnostics[0].message).toContain('an empty groups list');
    expect(diagnostics[1].message).toContain('no groups list');
    expect(diagnostics[0].hint).toContain('groups=""');
  });

  test('resources and urls together, urls in a namespace, empty verbs', () => {
    const { diagnostics } = diagnosticsOf(
      { groups: ['apps'], resources: ['deployments'], urls: ['/metrics'], verbs: ['get'] },
      { urls: ['/metrics'], verbs: ['get'], namespace: 'ops' },
      { groups: ['apps'], resources: ['deployments'], verbs: [] },
    );
    expect(diagnostics.map((d) => [d.code, d.position?.line])).toEqual([
      [Codes.RbacResourcesAndUrls, 1],
      [Codes.RbacNamespacedUrls, 2],
      [Codes.RbacNoVerbs, 3],
    ]);
  });

  test('all problems are collected in one run', () => {
    const { diagnostics } = diagnosticsOf(
      { groups: ['apps'], resources: ['deployments'], verbs: ['gett'] },
      { groups: ['apps'], verbs: ['get'] },
      { groups: ['apps'], resources: ['deployments'], verbs: ['get'] },
    );
    expect(diagnostics.map((d) => d.position?.line)).toEqual([1, 2]);
  });
});
