import { stringifyManifest, stringifyManifests } from './manifest-yaml';

describe('controller-gen YAML layout', () => {
  test('--- before each object, keys sorted, sequences not indented', () => {
    expect(
      stringifyManifests([
        { kind: 'A', apiVersion: 'v1', rules: [{ verbs: ['get'], apiGroups: ['x'] }] },
        { b: 1, a: 2 },
      ]),
    ).toBe(
      [
        '---',
        'apiVersion: v1',
        'kind: A',
        'rules:',
        '- apiGroups:',
        '  - x',
        '  verbs:',
        '  - get',
        '---',
        'a: 2',
        'b: 1',
        '',
      ].join('\n'),
    );
  });

  test('quotes as go-yaml v2 does: "" and YAML 1.1 look-alikes double, indicators single, the rest plain', () => {
    expect(
      stringifyManifest({
        l: ['', '*', 'yes', 'on', '123', '1.5', 'null', '/metrics', 'jobs/status', 'a: b', 'x y'],
      }),
    ).toBe(
      [
        'l:',
        '- ""',
        "- '*'",
        '- "yes"',
        '- "on"',
        '- "123"',
        '- "1.5"',
        '- "null"',
        '- /metrics',
        '- jobs/status',
        "- 'a: b'",
        '- x y',
        '',
      ].join('\n'),
    );
  });

  test('numbers and booleans stay unquoted', () => {
    expect(stringifyManifest({ timeoutSeconds: 10, enabled: true })).toBe(
      'enabled: true\ntimeoutSeconds: 10\n',
    );
  });
});
