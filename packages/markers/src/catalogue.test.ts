import { markerCatalogue } from './catalogue';
import { describeMarker } from './describe';
import { defaultMarkerRegistry, MarkerRegistry } from './registry';
import type { MarkerTarget, ValueType } from './types';

const owners = [
  'crd',
  'deepcopy',
  'defaults',
  'conversion',
  'validation',
  'register',
  'openapi',
  'rbac',
  'webhook',
  'client',
  'model',
];
const targets: MarkerTarget[] = ['package', 'type', 'field', 'declaration'];

function wellFormedType(type: ValueType): boolean {
  if (type.type === 'enum') return type.values.length > 0;
  if (type.type === 'list' || type.type === 'map')
    return wellFormedType(type.of) && type.of.type !== 'raw';
  return true;
}

describe('markerCatalogue', () => {
  it('has unique names, sorted', () => {
    const names = markerCatalogue.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(names);
  });

  it.each(markerCatalogue.map((d) => [d.name, d] as const))('%s is well-formed', (_name, d) => {
    expect(d.targets.length).toBeGreaterThan(0);
    for (const t of d.targets) expect(targets).toContain(t);
    expect(d.help.trim()).not.toBe('');
    expect(d.help).not.toContain('\n');
    expect(owners).toContain(d.owner);
    expect(d.value !== undefined && d.args !== undefined).toBe(false);
    if (d.value) expect(wellFormedType(d.value)).toBe(true);
    if (d.valueByTarget) for (const t of d.targets) expect(d.valueByTarget[t]).toBeDefined();
    for (const argument of Object.values(d.args ?? {})) {
      expect(wellFormedType(argument.type)).toBe(true);
      expect(argument.type.type).not.toBe('raw');
    }
    for (const other of d.conflicts ?? [])
      expect(markerCatalogue.some((m) => m.name === other)).toBe(true);
    const usage = describeMarker(d);
    expect(usage.startsWith(`+${d.name}`)).toBe(true);
    expect(usage).not.toContain('undefined');
  });

  it('holds the markers the generators rely on', () => {
    const registry = defaultMarkerRegistry();
    for (const name of [
      'kubebuilder:validation:items:XValidation',
      'kubebuilder:validation:items:Enum',
      'k8s:listMapKey',
      'kubebuilder:subresource:scale',
      'kubebuilder:deprecatedversion',
      'kubebuilder:selectablefield',
      'k8s:conversion-fn',
      'genclient:onlyVerbs',
      'k8s:prerelease-lifecycle-gen:replacement',
      'patchMergeKey',
      'unionDiscriminator',
      'subresource-request',
      'resource',
      'kubebuilder:webhookconfiguration',
    ]) {
      expect(registry.get(name)).toBeDefined();
    }
    expect(registry.get('kubebuilder:rbac')).toMatchObject({
      repeatable: true,
      targets: ['package', 'declaration'],
    });
    expect(registry.get('kubebuilder:rbac')?.args?.verbs.optional).toBeUndefined();
    const webhookRequired = Object.entries(registry.get('kubebuilder:webhook')?.args ?? {})
      .filter(([, a]) => !a.optional)
      .map(([n]) => n)
      .sort();
    expect(webhookRequired).toEqual(
      [
        'admissionReviewVersions',
        'failurePolicy',
        'groups',
        'mutating',
        'name',
        'resources',
        'verbs',
        'versions',
      ].sort(),
    );
  });
});

describe('describeMarker', () => {
  const registry = defaultMarkerRegistry();
  it.each([
    ['optional', '+optional'],
    ['kubebuilder:validation:Maximum', '+kubebuilder:validation:Maximum=<number>'],
    ['kubebuilder:validation:Enum', '+kubebuilder:validation:Enum=<any>;…'],
    ['listType', '+listType=atomic|set|map'],
    ['default', '+default=<json>|ref(<Name>)'],
    ['kubebuilder:object:root', '+kubebuilder:object:root=true|false'],
    [
      'kubebuilder:subresource:scale',
      '+kubebuilder:subresource:scale:specpath=<string>,statuspath=<string>[,selectorpath=<string>]',
    ],
    ['kubebuilder:deprecatedversion', '+kubebuilder:deprecatedversion[:warning=<string>]'],
    [
      'k8s:deepcopy-gen',
      '+k8s:deepcopy-gen=package on a package; +k8s:deepcopy-gen=true|false on a type',
    ],
  ])('%s', (name, usage) => {
    expect(describeMarker(registry.get(name)!)).toBe(usage);
  });

  it('shows the form for one target when asked', () => {
    expect(describeMarker(registry.get('k8s:conversion-gen')!, 'field')).toBe(
      '+k8s:conversion-gen=false',
    );
  });
});

describe('MarkerRegistry', () => {
  const flag = (name: string) => ({
    name,
    targets: ['field'] as MarkerTarget[],
    help: 'h',
    owner: 'model',
  });

  it('returns all definitions sorted by name, whatever the order of registration', () => {
    const registry = new MarkerRegistry([flag('b'), flag('a:c'), flag('a')]);
    expect(registry.all().map((d) => d.name)).toEqual(['a', 'a:c', 'b']);
    expect(registry.get('a:c')?.name).toBe('a:c');
    expect(registry.get('A')).toBeUndefined();
  });

  it('throws on a duplicate name', () => {
    const registry = new MarkerRegistry([flag('x')]);
    expect(() => registry.register(flag('x'))).toThrow('+x is already registered');
  });

  it('defaultMarkerRegistry gives a fresh registry each time', () => {
    const first = defaultMarkerRegistry();
    first.register(flag('my:marker'));
    expect(defaultMarkerRegistry().get('my:marker')).toBeUndefined();
    expect(defaultMarkerRegistry().all()).toHaveLength(markerCatalogue.length);
  });
});
