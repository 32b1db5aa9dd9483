import fc from 'fast-check';
import { normalizeRules, type RbacRule } from './policy-rules';

/** A rule with the lists not given left empty. */
function rule(r: Partial<RbacRule> & { verbs: string[] }): RbacRule {
  return { groups: [], resources: [], resourceNames: [], urls: [], ...r };
}

describe('normalizeRules, controller-gen rbac semantics (reference 2.2 and 6.7)', () => {
  test('sorts and de-duplicates every list', () => {
    expect(
      normalizeRules([
        rule({
          groups: ['batch', 'batch'],
          resources: ['jobs/status'],
          verbs: ['watch', 'watch', 'get'],
        }),
      ]),
    ).toEqual([{ apiGroups: ['batch'], resources: ['jobs/status'], verbs: ['get', 'watch'] }]);
  });

  test('core is the empty group, and merges with ""', () => {
    expect(
      normalizeRules([
        rule({ groups: ['core'], resources: ['deduplicate'], verbs: ['list'] }),
        rule({ groups: [''], resources: ['me'], verbs: ['list'] }),
      ]),
    ).toEqual([{ apiGroups: [''], resources: ['deduplicate', 'me'], verbs: ['list'] }]);
    expect(
      normalizeRules([
        rule({ groups: ['core', '', 'other'], resources: ['me'], verbs: ['list', 'get'] }),
      ]),
    ).toEqual([{ apiGroups: ['', 'other'], resources: ['me'], verbs: ['get', 'list'] }]);
  });

  test('step 1: rules for the same groups, resources, names and urls merge their verbs', () => {
    expect(
      normalizeRules([
        rule({ groups: ['g'], resources: ['some'], verbs: ['get', 'list'] }),
        rule({ groups: ['g'], resources: ['some'], verbs: ['get'] }),
        rule({ groups: ['g'], resources: ['some'], verbs: ['list'] }),
      ]),
    ).toEqual([{ apiGroups: ['g'], resources: ['some'], verbs: ['get', 'list'] }]);
  });

  test('step 2: rules differing only in resources merge their resources', () => {
    expect(
      normalizeRules(
        ['one', 'two', 'three'].map((r) =>
          rule({ groups: ['g'], resources: [r], verbs: ['create'] }),
        ),
      ),
    ).toEqual([{ apiGroups: ['g'], resources: ['one', 'three', 'two'], verbs: ['create'] }]);
  });

  test('a marker with several resources is split per resource before merging', () => {
    expect(
      normalizeRules([
        rule({ groups: ['all'], resources: ['foo', 'bar'], verbs: ['get', 'list'] }),
        rule({ groups: ['all'], resources: ['foo'], verbs: ['get'] }),
        rule({ groups: ['all'], resources: ['bar'], verbs: ['list'] }),
      ]),
    ).toEqual([{ apiGroups: ['all'], resources: ['bar', 'foo'], verbs: ['get', 'list'] }]);
  });

  test('step 3: rules differing only in groups merge their groups', () => {
    expect(
      normalizeRules(
        ['g1', 'g3', 'g2'].map((g) => rule({ groups: [g], resources: ['foo'], verbs: ['patch'] })),
      ),
    ).toEqual([{ apiGroups: ['g1', 'g2', 'g3'], resources: ['foo'], verbs: ['patch'] }]);
  });

  test('rules with different verbs stay apart', () => {
    expect(
      normalizeRules([
        rule({ groups: ['a'], resources: ['some'], verbs: ['get'] }),
        rule({ groups: ['b'], resources: ['some'], verbs: ['list'] }),
      ]),
    ).toEqual([
      { apiGroups: ['a'], resources: ['some'], verbs: ['get'] },
      { apiGroups: ['b'], resources: ['some'], verbs: ['list'] },
    ]);
  });

  test('step 4: non-resource rules differing only in urls merge their urls', () => {
    expect(
      normalizeRules([
        rule({ urls: ['/url-to-duplicate'], verbs: ['get'] }),
        rule({ urls: ['/another/url-to-duplicate'], verbs: ['get'] }),
      ]),
    ).toEqual([
      { nonResourceURLs: ['/another/url-to-duplicate', '/url-to-duplicate'], verbs: ['get'] },
    ]);
  });

  test('a * verb makes the verbs ["*"]', () => {
    expect(
      normalizeRules([
        rule({ groups: ['g4'], resources: ['xyz'], verbs: ['get', 'update', 'patch'] }),
        rule({ groups: ['g4'], resources: ['xyz'], verbs: ['*'] }),
      ]),
    ).toEqual([{ apiGroups: ['g4'], resources: ['xyz'], verbs: ['*'] }]);
  });

  test('resourceNames keep a rule apart from the same rule without names', () => {
    expect(
      normalizeRules([
        rule({ groups: ['batch.io'], resources: ['cronjobs'], verbs: ['get', 'watch', 'create'] }),
        rule({
          groups: ['batch.io'],
          resources: ['cronjobs'],
          resourceNames: ['foo', 'bar', 'baz'],
          verbs: ['get', 'watch'],
        }),
      ]),
    ).toEqual([
      { apiGroups: ['batch.io'], resources: ['cronjobs'], verbs: ['create', 'get', 'watch'] },
      {
        apiGroups: ['batch.io'],
        resourceNames: ['bar', 'baz', 'foo'],
        resources: ['cronjobs'],
        verbs: ['get', 'watch'],
      },
    ]);
  });

  test('sort key is "groups + resources + resourceNames + urls": empty groups (urls, core) first', () => {
    const sorted = normalizeRules([
      rule({ groups: ['apps'], resources: ['deployments'], verbs: ['get'] }),
      rule({ groups: ['core'], resources: ['pods'], verbs: ['list'] }),
      rule({ urls: ['/metrics'], verbs: ['get'] }),
      rule({ groups: ['apps'], resources: ['deployments/status'], verbs: ['update'] }),
    ]);
    expect(
      sorted.map((r) => [
        r.apiGroups?.join('&') ?? '',
        r.resources?.join('&') ?? '',
        r.nonResourceURLs?.join('&') ?? '',
      ]),
    ).toEqual([
      ['', '', '/metrics'],
      ['', 'pods', ''],
      ['apps', 'deployments', ''],
      ['apps', 'deployments/status', ''],
    ]);
  });

  test('a merge that lands on an existing rule keeps the verbs of both', () => {
    // x and y merge into groups a&b, which is also z's key: controller-gen would drop one of them at random.
    expect(
      normalizeRules([
        rule({ groups: ['a'], resources: ['r'], verbs: ['get'] }),
        rule({ groups: ['b'], resources: ['r'], verbs: ['get'] }),
        rule({ groups: ['a', 'b'], resources: ['r'], verbs: ['list'] }),
      ]),
    ).toEqual([{ apiGroups: ['a', 'b'], resources: ['r'], verbs: ['get', 'list'] }]);
  });

  const name = fc.constantFrom('', 'core', 'apps', 'batch', 'x.io');
  const arbRule = fc.record({
    groups: fc.array(name, { maxLength: 3 }),
    resources: fc.array(fc.constantFrom('pods', 'jobs', 'jobs/status', 'foos'), { maxLength: 3 }),
    resourceNames: fc.array(fc.constantFrom('a', 'b'), { maxLength: 2 }),
    urls: fc.constant([] as string[]),
    verbs: fc.array(fc.constantFrom('get', 'list', 'watch', '*', 'create'), {
      minLength: 1,
      maxLength: 3,
    }),
  });

  test('property: the result does not depend on the order of the markers', () => {
    fc.assert(
      fc.property(
        fc
          .array(arbRule, { maxLength: 8 })
          .chain((rules) =>
            fc.tuple(fc.constant(rules), fc.shuffledSubarray(rules, { minLength: rules.length })),
          ),
        ([rules, shuffled]) => {
          expect(normalizeRules(shuffled)).toEqual(normalizeRules(rules));
        },
      ),
    );
  });

  test('property: every (group, resource, name, verb) granted by a marker is granted by the output', () => {
    fc.assert(
      fc.property(fc.array(arbRule, { maxLength: 8 }), (rules) => {
        const out = normalizeRules(rules);
        const grants = (g: string, r: string, n: string | undefined, v: string): boolean =>
          out.some(
            (p) =>
              (p.apiGroups ?? []).includes(g) &&
              (p.resources ?? []).includes(r) &&
              (n === undefined
                ? p.resourceNames === undefined
                : (p.resourceNames ?? []).includes(n)) &&
              (p.verbs.includes('*') || p.verbs.includes(v)),
          );
        for (const rule of rules) {
          for (const g of rule.groups.map((x) => (x === 'core' ? '' : x)))
            for (const r of rule.resources)
              for (const v of rule.verbs)
                for (const n of rule.resourceNames.length ? rule.resourceNames : [undefined])
                  expect(grants(g, r, n, v)).toBe(true);
        }
      }),
    );
  });
});
