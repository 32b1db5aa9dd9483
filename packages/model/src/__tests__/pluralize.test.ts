import { pluralize } from '../pluralize';

// Expected values are gobuffalo/flect v1.0.3's answers for the lower-cased kind, as controller-gen asks them.
const TABLE: [string, string][] = [
  ['Foo', 'foos'],
  ['Policy', 'policies'],
  ['NetworkPolicy', 'networkpolicies'],
  ['Ingress', 'ingresses'],
  ['IngressClass', 'ingressclasses'],
  ['Endpoints', 'endpoints'],
  ['Bus', 'buses'],
  ['Status', 'statuses'],
  ['Index', 'indices'],
  ['CronJob', 'cronjobs'],
  ['TestQuota', 'testquotas'],
  ['Gateway', 'gateways'],
  ['Proxy', 'proxies'],
  ['Leaf', 'leaves'],
  ['Person', 'people'],
  ['Child', 'children'],
  ['Potato', 'potatoes'],
  ['Photo', 'photos'],
  ['Box', 'boxes'],
  ['Match', 'matches'],
  ['Mesh', 'meshes'],
  ['Datum', 'data'],
  ['Analysis', 'analyses'],
  ['Matrix', 'matrices'],
  ['Sheep', 'sheep'],
  ['Series', 'series'],
  ['Alias', 'aliases'],
  ['Knife', 'knives'],
  ['Cookbook', 'cookbooks'],
  ['Kitchen', 'kitchens'],
];

describe('pluralize', () => {
  test.each(TABLE)('%s → %s', (kind, plural) => {
    expect(pluralize(kind)).toBe(plural);
  });

  test('an already plural dictionary word stays as it is', () => {
    expect(pluralize('People')).toBe('people');
  });

  test('empty kind gives an empty plural', () => {
    expect(pluralize('')).toBe('');
  });
});
