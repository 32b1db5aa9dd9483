import fc from 'fast-check';
import { Codes } from '@kubegen/diagnostics';
import {
  marker,
  modelWithMarkers,
  parseSimpleNamedArgs,
  withKinds,
} from './__tests__/model-builder';
import { rbacGenerator } from './rbac-generator';

// Markers of a small operator: duplicates, verbs out of order, core spelled both ways, names, URLs, namespaces.
const operatorMarkers = [
  'groups=batch.example.com,resources=cronjobs,verbs=watch;list;get',
  'groups=batch.example.com,resources=cronjobs/status,verbs=get;update;patch',
  'groups=batch.example.com,resources=cronjobs,verbs=get;list;watch',
  'groups=core,resources=pods,verbs=get;list',
  'groups="",resources=events,verbs=create;patch',
  'groups=apps,resources=deployments,resourceNames=web;api,verbs=get',
  'groups=apps;extensions,resources=deployments,verbs=*',
  'urls=/metrics;/healthz,verbs=get',
  'groups=coordination.k8s.io,resources=leases,verbs=get;create;update,namespace=kube-system',
  'groups="",resources=configmaps,verbs=get,namespace=kube-system',
].map((text, i) => marker('kubebuilder:rbac', parseSimpleNamedArgs(text), i + 1));

const rbac = (...values: Parameters<typeof marker>[1][]) =>
  rbacGenerator.generate(
    modelWithMarkers(values.map((v, i) => marker('kubebuilder:rbac', v, i + 1))),
    {},
  );

describe('rbac generator', () => {
  test('output does not depend on the order markers were found in', () => {
    const expected = rbacGenerator.generate(modelWithMarkers(operatorMarkers), {}).files[0]
      .contents;
    fc.assert(
      fc.property(
        fc.shuffledSubarray(operatorMarkers, { minLength: operatorMarkers.length }),
        (shuffled) => {
          expect(rbacGenerator.generate(modelWithMarkers(shuffled), {}).files[0].contents).toBe(
            expected,
          );
        },
      ),
      { numRuns: 30 },
    );
  });

  test('ClusterRole first, then one Role per namespace sorted, with the roleName option', () => {
    const result = rbacGenerator.generate(
      modelWithMarkers([
        marker(
          'kubebuilder:rbac',
          { groups: ['apps'], resources: ['deployments'], verbs: ['get'], namespace: 'zoo' },
          1,
        ),
        marker(
          'kubebuilder:rbac',
          { groups: ['apps'], resources: ['deployments'], verbs: ['get'], namespace: 'ark' },
          2,
        ),
        marker('kubebuilder:rbac', { groups: [''], resources: ['pods'], verbs: ['list'] }, 3),
      ]),
      { roleName: 'op-role' },
    );
    expect(
      result.files[0].contents.split('\n').filter((l) => /^(kind|  name|  namespace):/.test(l)),
    ).toEqual([
      'kind: ClusterRole',
      '  name: op-role',
      'kind: Role',
      '  name: op-role',
      '  namespace: ark',
      'kind: Role',
      '  name: op-role',
      '  namespace: zoo',
    ]);
  });

  test('fileName and outputDir options choose the path; no markers, no file', () => {
    const result = rbac({ groups: ['apps'], resources: ['deployments'], verbs: ['get'] });
    expect(result.files[0].path).toBe('config/rbac/role.yaml');
    const moved = rbacGenerator.generate(
      modelWithMarkers([marker('kubebuilder:rbac', { urls: ['/metrics'], verbs: ['get'] })]),
      {
        outputDir: 'deploy/rbac/',
        fileName: 'manager.yaml',
      },
    );
    expect(moved.files.map((f) => f.path)).toEqual(['deploy/rbac/manager.yaml']);
    expect(rbacGenerator.generate(modelWithMarkers([]), {})).toEqual({
      files: [],
      diagnostics: [],
    });
  });

  test('bad options are reported, not thrown', () => {
    const result = rbacGenerator.generate(modelWithMarkers([]), {
      roleName: 'Manager Role',
      fileName: 'a/b.yaml',
    });
    expect(result.files).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toEqual([Codes.BadOption, Codes.BadOption]);
  });

  test('markers on API package files are read too, once each', () => {
    const m = marker(
      'kubebuilder:rbac',
      { groups: ['apps'], resources: ['deployments'], verbs: ['get'] },
      3,
      '/project/apis/a/v1/doc.ts',
    );
    const model = withKinds(modelWithMarkers([m]), [
      { group: 'a.io', groupPackage: 'a', version: 'v1', kind: 'Foo', plural: 'foos' },
    ]);
    model.packages[0].markers.push(
      m,
      marker(
        'kubebuilder:rbac',
        { groups: ['batch'], resources: ['jobs'], verbs: ['get'] },
        4,
        '/project/apis/a/v1/doc.ts',
      ),
    );
    const yaml = rbacGenerator.generate(model, {}).files[0].contents;
    expect(yaml.match(/- apiGroups:/g)).toHaveLength(2);
    expect(yaml).toContain('  - jobs\n');
  });

  describe('per-kind roles (kindRoles)', () => {
    const model = withKinds(modelWithMarkers([]), [
      {
        group: 'batch.example.com',
        groupPackage: 'batch',
        version: 'v1',
        kind: 'CronJob',
        plural: 'cronjobs',
      },
      {
        group: 'batch.example.com',
        groupPackage: 'batch',
        version: 'v2',
        kind: 'CronJob',
        plural: 'cronjobs',
      },
      {
        group: 'ship.example.com',
        groupPackage: 'ship',
        version: 'v1',
        kind: 'Frigate',
        plural: 'frigates',
      },
    ]);

    test('one editor and one viewer ClusterRole per kind, whatever its versions', () => {
      const files = rbacGenerator.generate(model, { kindRoles: true }).files;
      expect(files.map((f) => f.path)).toEqual([
        'config/rbac/cronjob_editor_role.yaml',
        'config/rbac/cronjob_viewer_role.yaml',
        'config/rbac/frigate_editor_role.yaml',
        'config/rbac/frigate_viewer_role.yaml',
      ]);
      expect(rbacGenerator.generate(model, {}).files).toEqual([]);
    });

    test("the editor role is kubebuilder's scaffold", () => {
      const editor = rbacGenerator.generate(model, { kindRoles: true, projectName: 'project' })
        .files[0].contents;
      expect(editor).toBe(
        [
          '# This rule is not used by the project project itself.',
          '# It is provided to allow the cluster admin to help manage permissions for users.',
          '#',
          '# Grants permissions to create, update, and delete resources within the batch.example.com.',
          '# This role is intended for users who need to manage these resources',
          '# but should not control RBAC or manage permissions for others.',
          '',
          'apiVersion: rbac.authorization.k8s.io/v1',
          'kind: ClusterRole',
          'metadata:',
          '  labels:',
          '    app.kubernetes.io/managed-by: kustomize',
          '    app.kubernetes.io/name: project',
          '  name: cronjob-editor-role',
          'rules:',
          '- apiGroups:',
          '  - batch.example.com',
          '  resources:',
          '  - cronjobs',
          '  verbs:',
          '  - create',
          '  - delete',
          '  - get',
          '  - list',
          '  - patch',
          '  - update',
          '  - watch',
          '- apiGroups:',
          '  - batch.example.com',
          '  resources:',
          '  - cronjobs/status',
          '  verbs:',
          '  - get',
          '',
        ].join('\n'),
      );
    });

    test('the viewer role gets get, list, watch and reads status', () => {
      const viewer = rbacGenerator.generate(model, { kindRoles: true }).files[1].contents;
      expect(viewer).toContain('# Grants read-only access to batch.example.com resources.\n');
      expect(viewer).toContain('  name: cronjob-viewer-role\n');
      expect(viewer).not.toContain('labels');
      expect(viewer.slice(viewer.indexOf('rules:'))).toBe(
        'rules:\n- apiGroups:\n  - batch.example.com\n  resources:\n  - cronjobs\n  verbs:\n  - get\n  - list\n  - watch\n' +
          '- apiGroups:\n  - batch.example.com\n  resources:\n  - cronjobs/status\n  verbs:\n  - get\n',
      );
    });

    test('kinds with the same name in two groups get the group prefix, as in multi-group projects', () => {
      const twoGroups = withKinds(modelWithMarkers([]), [
        { group: 'a.example.com', groupPackage: 'a', version: 'v1', kind: 'Job', plural: 'jobs' },
        { group: 'b.example.com', groupPackage: 'b', version: 'v1', kind: 'Job', plural: 'jobs' },
      ]);
      const files = rbacGenerator.generate(twoGroups, { kindRoles: true }).files;
      expect(files.map((f) => f.path)).toEqual([
        'config/rbac/a_job_editor_role.yaml',
        'config/rbac/a_job_viewer_role.yaml',
        'config/rbac/b_job_editor_role.yaml',
        'config/rbac/b_job_viewer_role.yaml',
      ]);
      expect(files[2].contents).toContain('  name: b-job-editor-role\n');
    });
  });
});
