import { applyWebhookPatch } from './webhook-patch';

const base = {
  name: 'a.io',
  clientConfig: { service: { name: 'webhook-service', namespace: 'system', path: '/a' } },
  sideEffects: 'None',
  admissionReviewVersions: ['v1'],
  rules: [{ apiGroups: ['x'], apiVersions: ['v1'], operations: ['CREATE'], resources: ['r'] }],
  matchConditions: [
    { name: 'not-system', expression: "request.namespace != 'kube-system'" },
    { name: 'has-label', expression: "has(object.metadata.labels)" },
  ],
};

describe('applyWebhookPatch (strategic merge on a v1 webhook)', () => {
  it('merges objects key by key, a null deleting a key', () => {
    const result = applyWebhookPatch(base, '{"clientConfig":{"service":{"port":8443,"namespace":null}},"timeoutSeconds":25}', true);
    expect(result).toEqual({
      webhook: {
        ...base,
        clientConfig: { service: { name: 'webhook-service', path: '/a', port: 8443 } },
        timeoutSeconds: 25,
      },
    });
  });

  it('replaces lists whole, except matchConditions, which merge by name', () => {
    const patch = JSON.stringify({
      rules: [{ apiGroups: ['y'], apiVersions: ['v2'], operations: ['DELETE'], resources: ['s'] }],
      matchConditions: [
        { name: 'has-label', expression: 'true' },
        { name: 'new-one', expression: 'false' },
        { name: 'not-system', $patch: 'delete' },
      ],
    });
    const result = applyWebhookPatch(base, patch, false);
    expect('webhook' in result && result.webhook.rules).toEqual([{ apiGroups: ['y'], apiVersions: ['v2'], operations: ['DELETE'], resources: ['s'] }]);
    expect('webhook' in result && result.webhook.matchConditions).toEqual([
      { name: 'has-label', expression: 'true' },
      { name: 'new-one', expression: 'false' },
    ]);
  });

  it('honours $patch: replace on an object', () => {
    const result = applyWebhookPatch(base, '{"clientConfig":{"$patch":"replace","url":"https://hook.example.com"}}', true);
    expect('webhook' in result && result.webhook.clientConfig).toEqual({ url: 'https://hook.example.com' });
  });

  it('leaves the entry as it is for an empty patch', () => {
    expect(applyWebhookPatch(base, '  ', true)).toEqual({ webhook: base });
  });
});
