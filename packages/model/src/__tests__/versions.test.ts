import fc from 'fast-check';
import { compareVersions } from '../versions';

describe('compareVersions', () => {
  test('sorts by Kubernetes priority, highest first', () => {
    const versions = [
      'foo10',
      'v1alpha1',
      'v11alpha2',
      'v1',
      'v2',
      'foo1',
      'v1beta1',
      'v10beta3',
      'v1beta2',
      'v12alpha1',
      'v3beta1',
    ];
    expect(versions.sort((a, b) => compareVersions(b, a))).toEqual([
      'v2',
      'v1',
      'v10beta3',
      'v3beta1',
      'v1beta2',
      'v1beta1',
      'v12alpha1',
      'v11alpha2',
      'v1alpha1',
      'foo1',
      'foo10',
    ]);
  });

  const version = fc.oneof(
    fc
      .tuple(
        fc.integer({ min: 0, max: 20 }),
        fc.constantFrom('', 'alpha', 'beta'),
        fc.integer({ min: 1, max: 9 }),
      )
      .map(([major, stability, minor]) =>
        stability ? `v${major}${stability}${minor}` : `v${major}`,
      ),
    fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/),
  );

  test('is antisymmetric and zero only for equal names', () => {
    fc.assert(
      fc.property(version, version, (a, b) => {
        expect(Math.sign(compareVersions(a, b)) + Math.sign(compareVersions(b, a))).toBe(0);
        expect(compareVersions(a, b) === 0).toBe(a === b);
      }),
    );
  });

  test('is transitive', () => {
    fc.assert(
      fc.property(version, version, version, (a, b, c) => {
        if (compareVersions(a, b) > 0 && compareVersions(b, c) > 0)
          expect(compareVersions(a, c)).toBeGreaterThan(0);
      }),
    );
  });
});
