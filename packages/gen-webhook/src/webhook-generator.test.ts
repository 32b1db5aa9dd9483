import { Codes, type Diagnostic } from '@kubegen/diagnostics';
import type { MarkerValue, ParsedMarker } from '@kubegen/markers';
import type { ApiModel } from '@kubegen/model';
import { webhookGenerator } from './webhook-generator';

const FILE = '/project/controllers/cronjob_webhook.ts';

function marker(name: string, value: MarkerValue, line: number): ParsedMarker {
  return { name, value, text: `${name}:…`, position: { file: FILE, line, column: 4 } };
}

function model(markers: readonly ParsedMarker[]): ApiModel {
  return {
    root: '/project',
    sourceRoots: ['apis', 'controllers'],
    groups: [],
    packages: [],
    externalTypes: [],
    sourceMarkers: markers.map((m) => ({
      marker: m,
      file: 'controllers/cronjob_webhook.ts',
      target: 'declaration',
    })),
  };
}

/** The arguments of controller-gen's pkg/webhook/testdata markers, as the marker parser gives them. */
function cronjobWebhook(overrides: Record<string, MarkerValue>): Record<string, MarkerValue> {
  return {
    webhookVersions: ['v1'],
    verbs: ['create', 'update'],
    path: '/validate-testdata-kubebuilder-io-v1-cronjob',
    mutating: false,
    failurePolicy: 'fail',
    matchPolicy: 'Equivalent',
    groups: ['testdata.kubebuilder.io'],
    resources: ['cronjobs'],
    versions: ['v1'],
    name: 'validation.cronjob.testdata.kubebuilder.io',
    sideEffects: 'None',
    timeoutSeconds: 10,
    admissionReviewVersions: ['v1', 'v1beta1'],
    ...overrides,
  };
}

const generate = (...values: Record<string, MarkerValue>[]) =>
  webhookGenerator.generate(
    model(values.map((v, i) => marker('kubebuilder:webhook', v, i + 1))),
    {},
  );

const codesAndLines = (diagnostics: Diagnostic[]) =>
  diagnostics.map((d) => [d.code, d.position?.line]);

describe('webhook generator', () => {
  test("writes controller-gen's manifests.yaml (its pkg/webhook/testdata golden, webhooks given distinct names)", () => {
    const result = generate(
      cronjobWebhook({
        name: 'validation2.cronjob.testdata.kubebuilder.io',
        sideEffects: 'NoneOnDryRun',
        webhookVersions: undefined as never,
      }),
      cronjobWebhook({
        path: '/mutate-testdata-kubebuilder-io-v1-cronjob',
        mutating: true,
        name: 'default.cronjob.testdata.kubebuilder.io',
        reinvocationPolicy: 'Never',
      }),
      cronjobWebhook({}),
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.files.map((f) => [f.path, f.language, f.generator])).toEqual([
      ['config/webhook/manifests.yaml', 'yaml', 'webhook'],
    ]);
    const hook = (name: string, path: string, sideEffects: string, extra: string[] = []) => [
      '- admissionReviewVersions:',
      '  - v1',
      '  - v1beta1',
      '  clientConfig:',
      '    service:',
      '      name: webhook-service',
      '      namespace: system',
      `      path: ${path}`,
      '  failurePolicy: Fail',
      '  matchPolicy: Equivalent',
      `  name: ${name}`,
      ...extra,
      '  rules:',
      '  - apiGroups:',
      '    - testdata.kubebuilder.io',
      '    apiVersions:',
      '    - v1',
      '    operations:',
      '    - CREATE',
      '    - UPDATE',
      '    resources:',
      '    - cronjobs',
      `  sideEffects: ${sideEffects}`,
      '  timeoutSeconds: 10',
    ];
    expect(result.files[0].contents).toBe(
      [
        '---',
        'apiVersion: admissionregistration.k8s.io/v1',
        'kind: MutatingWebhookConfiguration',
        'metadata:',
        '  name: mutating-webhook-configuration',
        'webhooks:',
        ...hook(
          'default.cronjob.testdata.kubebuilder.io',
          '/mutate-testdata-kubebuilder-io-v1-cronjob',
          'None',
          ['  reinvocationPolicy: Never'],
        ),
        '---',
        'apiVersion: admissionregistration.k8s.io/v1',
        'kind: ValidatingWebhookConfiguration',
        'metadata:',
        '  name: validating-webhook-configuration',
        'webhooks:',
        ...hook(
          'validation.cronjob.testdata.kubebuilder.io',
          '/validate-testdata-kubebuilder-io-v1-cronjob',
          'None',
        ),
        ...hook(
          'validation2.cronjob.testdata.kubebuilder.io',
          '/validate-testdata-kubebuilder-io-v1-cronjob',
          'NoneOnDryRun',
        ),
        '',
      ].join('\n'),
    );
  });

  test('url instead of path, core group, custom service, operations upper-cased', () => {
    const result = generate(
      cronjobWebhook({
        path: undefined as never,
        url: 'https://somewebhook:9443/validate',
        groups: ['core'],
        verbs: ['Create', 'delete', '*'],
      }),
      cronjobWebhook({
        name: 'b.example.com',
        serviceName: 'hooks',
        serviceNamespace: 'ops',
        servicePort: 9443,
        matchPolicy: undefined as never,
      }),
    );
    expect(result.diagnostics).toEqual([]);
    const yaml = result.files[0].contents;
    expect(yaml).toContain(
      '  clientConfig:\n    service:\n      name: hooks\n      namespace: ops\n      path: /validate-testdata-kubebuilder-io-v1-cronjob\n      port: 9443\n',
    );
    expect(yaml).toContain('  clientConfig:\n    url: https://somewebhook:9443/validate\n');
    expect(yaml).toContain('  - apiGroups:\n    - ""\n');
    expect(yaml).toContain("    operations:\n    - CREATE\n    - DELETE\n    - '*'\n");
    expect(yaml).not.toContain('kind: MutatingWebhookConfiguration');
  });

  test('+kubebuilder:webhookconfiguration names the configurations; a second one for the same kind is an error', () => {
    const markers = [
      marker('kubebuilder:webhook', cronjobWebhook({}), 1),
      marker('kubebuilder:webhook', cronjobWebhook({ mutating: true, name: 'm.example.com' }), 2),
      marker('kubebuilder:webhookconfiguration', { mutating: true, name: 'foo' }, 3),
      marker('kubebuilder:webhookconfiguration', { mutating: false, name: 'bar' }, 4),
    ];
    const yaml = webhookGenerator.generate(model(markers), {}).files[0].contents;
    expect(yaml).toContain('kind: MutatingWebhookConfiguration\nmetadata:\n  name: foo\n');
    expect(yaml).toContain('kind: ValidatingWebhookConfiguration\nmetadata:\n  name: bar\n');
    const twice = webhookGenerator.generate(
      model([
        ...markers,
        marker('kubebuilder:webhookconfiguration', { mutating: true, name: 'baz' }, 5),
      ]),
      {},
    );
    expect(twice.files).toEqual([]);
    expect(codesAndLines(twice.diagnostics)).toEqual([[Codes.WebhookDuplicateConfiguration, 5]]);
  });

  test("patch= applies a strategic merge patch to the entry (controller-gen's testdata/valid-selectors-matchexpressions)", () => {
    const { files, diagnostics } = generate(
      cronjobWebhook({
        name: 'default.cronjob.testdata.kubebuilder.io',
        path: '/mutate-testdata-kubebuilder-io-v1-cronjob',
        mutating: true,
        matchPolicy: undefined as unknown as MarkerValue,
        timeoutSeconds: undefined as unknown as MarkerValue,
        webhookVersions: undefined as unknown as MarkerValue,
        admissionReviewVersions: ['v1'],
        patch:
          '{"objectSelector":{"matchLabels":{"managed-by":"controller"},"matchExpressions":[{"key":"tier","operator":"In","values":["frontend","backend"]}]}}',
      }),
      cronjobWebhook({
        matchPolicy: undefined as unknown as MarkerValue,
        timeoutSeconds: undefined as unknown as MarkerValue,
        webhookVersions: undefined as unknown as MarkerValue,
        admissionReviewVersions: ['v1'],
        patch: '{"namespaceSelector":{"matchExpressions":[{"key":"environment","operator":"In","values":["dev","staging","prod"]}]}}',
      }),
    );
    expect(diagnostics).toEqual([]);
    const webhook = (path: string, selector: string, selectorBody: string[], name: string) => [
      '- admissionReviewVersions:',
      '  - v1',
      '  clientConfig:',
      '    service:',
      '      name: webhook-service',
      '      namespace: system',
      `      path: ${path}`,
      '  failurePolicy: Fail',
      `  name: ${name}`,
      ...(selector < 'rules' ? [`  ${selector}:`, ...selectorBody] : []),
      '  rules:',
      '  - apiGroups:',
      '    - testdata.kubebuilder.io',
      '    apiVersions:',
      '    - v1',
      '    operations:',
      '    - CREATE',
      '    - UPDATE',
      '    resources:',
      '    - cronjobs',
      '  sideEffects: None',
    ];
    expect(files[0].contents).toBe(
      [
        '---',
        'apiVersion: admissionregistration.k8s.io/v1',
        'kind: MutatingWebhookConfiguration',
        'metadata:',
        '  name: mutating-webhook-configuration',
        'webhooks:',
        ...webhook('/mutate-testdata-kubebuilder-io-v1-cronjob', 'objectSelector', [
          '    matchExpressions:',
          '    - key: tier',
          '      operator: In',
          '      values:',
          '      - frontend',
          '      - backend',
          '    matchLabels:',
          '      managed-by: controller',
        ], 'default.cronjob.testdata.kubebuilder.io'),
        '---',
        'apiVersion: admissionregistration.k8s.io/v1',
        'kind: ValidatingWebhookConfiguration',
        'metadata:',
        '  name: validating-webhook-configuration',
        'webhooks:',
        ...webhook('/validate-testdata-kubebuilder-io-v1-cronjob', 'namespaceSelector', [
          '    matchExpressions:',
          '    - key: environment',
          '      operator: In',
          '      values:',
          '      - dev',
          '      - staging',
          '      - prod',
        ], 'validation.cronjob.testdata.kubebuilder.io'),
        '',
      ].join('\n'),
    );
  });

  test('outputDir option; no markers, no file', () => {
    const moved = webhookGenerator.generate(
      model([marker('kubebuilder:webhook', cronjobWebhook({}), 1)]),
      { outputDir: 'deploy/webhook' },
    );
    expect(moved.files.map((f) => f.path)).toEqual(['deploy/webhook/manifests.yaml']);
    expect(webhookGenerator.generate(model([]), {})).toEqual({ files: [], diagnostics: [] });
  });

  describe('bad markers, each reported at its marker with a hint', () => {
    test('a missing required argument', () => {
      const { files, diagnostics } = generate(
        cronjobWebhook({ versions: undefined as never }),
        cronjobWebhook({ name: 'x.io', sideEffects: undefined as never }),
      );
      expect(files).toEqual([]);
      expect(codesAndLines(diagnostics)).toEqual([
        [Codes.WebhookMissingArgument, 1],
        [Codes.WebhookMissingArgument, 2],
      ]);
      expect(diagnostics[0].message).toContain('missing versions');
      expect(diagnostics[0].hint).toBe('add versions=v1');
      expect(diagnostics[1].hint).toContain('sideEffects=None');
    });

    test('two webhooks with the same name in one configuration; the same name across mutating and validating is fine', () => {
      const { diagnostics } = generate(
        cronjobWebhook({}),
        cronjobWebhook({ mutating: true }),
        cronjobWebhook({ sideEffects: 'NoneOnDryRun' }),
      );
      expect(codesAndLines(diagnostics)).toEqual([[Codes.WebhookDuplicateName, 3]]);
      expect(diagnostics[0].message).toContain(`already used at ${FILE}:1:4`);
    });

    test('path and url together or neither', () => {
      const { diagnostics } = generate(
        cronjobWebhook({ url: 'https://x' }),
        cronjobWebhook({ name: 'b.io', path: undefined as never }),
      );
      expect(codesAndLines(diagnostics)).toEqual([
        [Codes.WebhookPathAndUrl, 1],
        [Codes.WebhookPathAndUrl, 2],
      ]);
    });

    test('values controller-gen or the API server refuse', () => {
      const { diagnostics } = generate(
        cronjobWebhook({ name: 'a.io', sideEffects: 'Some' }),
        cronjobWebhook({ name: 'b.io', timeoutSeconds: 31 }),
        cronjobWebhook({ name: 'c.io', webhookVersions: ['v1beta1'] }),
        cronjobWebhook({ name: 'd.io', matchPolicy: 'Loose', failurePolicy: 'sometimes' }),
        cronjobWebhook({ name: 'e.io', verbs: ['create', 'get'] }),
      );
      expect(codesAndLines(diagnostics)).toEqual([
        [Codes.WebhookInvalidValue, 1],
        [Codes.WebhookInvalidValue, 2],
        [Codes.WebhookInvalidValue, 3],
        [Codes.WebhookInvalidValue, 4],
        [Codes.WebhookInvalidValue, 4],
        [Codes.WebhookInvalidValue, 5],
      ]);
      expect(diagnostics[1].message).toContain('must be between 1 and 30 seconds');
      expect(diagnostics.every((d) => d.hint)).toBe(true);
    });

    test('a patch that is not JSON, names an unknown field, has a wrong type or removes a required field', () => {
      const { files, diagnostics } = generate(
        cronjobWebhook({ name: 'a.io', patch: '{"namespaceSelector":' }),
        cronjobWebhook({ name: 'b.io', patch: '{"namespaceSelecter":{}}' }),
        cronjobWebhook({ name: 'c.io', patch: '{"timeoutSeconds":"25"}' }),
        cronjobWebhook({ name: 'd.io', patch: '{"sideEffects":null}' }),
        cronjobWebhook({ name: 'e.io', patch: '{"reinvocationPolicy":"IfNeeded"}' }),
      );
      expect(files).toEqual([]);
      expect(codesAndLines(diagnostics)).toEqual([1, 2, 3, 4, 5].map((line) => [Codes.WebhookInvalidValue, line]));
      expect(diagnostics[1].message).toContain("names 'namespaceSelecter', which is not a field of a ValidatingWebhook");
      expect(diagnostics[1].hint).toContain('namespaceSelector');
      expect(diagnostics[2].message).toContain("sets 'timeoutSeconds' to a string; it is a number");
      expect(diagnostics[3].message).toContain("removes 'sideEffects'");
    });

    test('reinvocationPolicy on a validating webhook is a warning and is left out', () => {
      const { files, diagnostics } = generate(cronjobWebhook({ reinvocationPolicy: 'IfNeeded' }));
      expect(diagnostics.map((d) => [d.severity, d.code])).toEqual([
        ['warning', Codes.WebhookInvalidValue],
      ]);
      expect(files[0].contents).not.toContain('reinvocationPolicy');
    });
  });
});
