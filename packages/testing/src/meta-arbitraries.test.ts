import fc from 'fast-check';
import * as meta from './meta-arbitraries';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const RFC3339_MICRO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
// resource.Quantity's grammar: a signed decimal number followed by a binary or decimal SI suffix or an exponent.
const QUANTITY = /^[+-]?(\d+(\.\d*)?|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;
const GO_DURATION = /^(\d+h)?(\d+m)?(\d+s|\d+ms)$/;
const DNS1123_LABEL = /^[a-z]([a-z0-9-]*[a-z0-9])?$/;

const sample = <T>(arb: fc.Arbitrary<T>): T[] => fc.sample(arb, { numRuns: 200, seed: 7 });

describe('meta type arbitraries', () => {
  it('formats timestamps as metav1.Time and MicroTime marshal them', () => {
    for (const t of sample(meta.time)) expect(t).toMatch(RFC3339);
    for (const t of sample(meta.microTime)) expect(t).toMatch(RFC3339_MICRO);
  });

  it('writes Quantity, Duration and IntOrString in their Kubernetes forms', () => {
    for (const q of sample(meta.quantity)) expect(q).toMatch(QUANTITY);
    for (const d of sample(meta.duration)) expect(d).toMatch(GO_DURATION);
    const intOrStrings = sample(meta.intOrString);
    expect(intOrStrings.some((v) => typeof v === 'number')).toBe(true);
    expect(intOrStrings.some((v) => typeof v === 'string')).toBe(true);
    for (const v of intOrStrings)
      if (typeof v === 'number') expect(Number.isInteger(v) && v >= 0).toBe(true);
  });

  it('builds ObjectMeta with labels, annotations, owner references, finalizers and timestamps', () => {
    const metas = sample(meta.objectMeta);
    for (const key of [
      'labels',
      'annotations',
      'ownerReferences',
      'finalizers',
      'creationTimestamp',
      'deletionTimestamp',
      'managedFields',
    ] as const) {
      expect(metas.some((m) => m[key] !== undefined)).toBe(true);
    }
    for (const m of metas) {
      expect(Object.getPrototypeOf(m)).toBe(Object.prototype);
      expect(Object.values(m)).not.toContain(undefined);
      if (m.name !== undefined) expect(m.name).toMatch(DNS1123_LABEL);
      if (m.creationTimestamp != null) expect(m.creationTimestamp).toMatch(RFC3339);
      for (const value of Object.values(m.labels ?? {})) expect(value).toMatch(DNS1123_LABEL);
      for (const ref of m.ownerReferences ?? [])
        expect(Object.keys(ref)).toEqual(
          expect.arrayContaining(['apiVersion', 'kind', 'name', 'uid']),
        );
    }
  });

  it('builds label selectors and conditions with their required fields', () => {
    for (const s of sample(meta.labelSelector)) {
      for (const r of s.matchExpressions ?? [])
        expect(['In', 'NotIn', 'Exists', 'DoesNotExist']).toContain(r.operator);
    }
    for (const c of sample(meta.condition)) {
      expect(['True', 'False', 'Unknown']).toContain(c.status);
      expect(c.lastTransitionTime).toMatch(RFC3339);
      expect(typeof c.reason).toBe('string');
    }
  });

  it('generates free-form JSON that survives a JSON round trip', () => {
    for (const v of sample(meta.jsonValue)) expect(JSON.parse(JSON.stringify(v))).toEqual(v);
    for (const v of sample(meta.rawExtension)) {
      expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
      expect(JSON.parse(JSON.stringify(v))).toEqual(v);
    }
  });

  it('has an arbitrary for every meta type name', () => {
    const names = [
      'TypeMeta',
      'ObjectMeta',
      'ListMeta',
      'Time',
      'MicroTime',
      'Duration',
      'Quantity',
      'IntOrString',
      'RawExtension',
      'JSONValue',
      'LabelSelector',
      'Condition',
    ] as const;
    for (const name of names)
      expect(fc.sample(meta.metaArbitrary(name), { numRuns: 5, seed: 1 })).toHaveLength(5);
  });
});
