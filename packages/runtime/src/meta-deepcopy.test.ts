import fc from 'fast-check';
import { deepCopyJSONValue, deepCopyRawExtension } from './json-copy';
import {
  deepCopyCondition,
  deepCopyLabelSelector,
  deepCopyListMeta,
  deepCopyManagedFieldsEntry,
  deepCopyObjectMeta,
  deepCopyOwnerReference,
  deepCopyStatus,
  deepCopyTypeMeta,
} from './meta-deepcopy';
import * as arb from './__tests__/meta-arbitraries';
import { expectNoSharedReferences, mutateEverything } from './__tests__/no-shared-references';

/** Checks the three properties of an exact deep copy on arbitrary values. */
function checkExactCopy<T>(arbitrary: fc.Arbitrary<T>, copy: (value: T) => T): void {
  fc.assert(
    fc.property(arbitrary, (original) => {
      const snapshot = structuredClone(original);
      const copied = copy(original);
      expect(copied).toStrictEqual(original);
      expectNoSharedReferences(original, copied);
      mutateEverything(copied);
      expect(original).toStrictEqual(snapshot);
    }),
    { numRuns: 200 },
  );
}

describe('meta deep copies', () => {
  it.each([
    ['TypeMeta', arb.typeMeta, deepCopyTypeMeta],
    ['ObjectMeta', arb.objectMeta, deepCopyObjectMeta],
    ['ListMeta', arb.listMeta, deepCopyListMeta],
    ['OwnerReference', arb.ownerReference, deepCopyOwnerReference],
    ['ManagedFieldsEntry', arb.managedFieldsEntry, deepCopyManagedFieldsEntry],
    ['LabelSelector', arb.labelSelector, deepCopyLabelSelector],
    ['Condition', arb.condition, deepCopyCondition],
    ['Status', arb.status, deepCopyStatus],
    ['RawExtension', arb.jsonObject, deepCopyRawExtension],
    ['JSONValue', arb.jsonValue, deepCopyJSONValue],
  ] as [string, fc.Arbitrary<unknown>, (v: never) => unknown][])(
    '%s: the copy equals the original, shares nothing with it, and mutating it leaves the original unchanged',
    (_name, arbitrary, copy) => checkExactCopy(arbitrary, copy as (v: unknown) => unknown),
  );

  it('keeps absent fields absent instead of adding undefined keys', () => {
    const copied = deepCopyObjectMeta({ name: 'a' });
    expect(Object.keys(copied)).toEqual(['name']);
  });

  it('treats a field holding undefined as absent, as JSON does', () => {
    expect(deepCopyObjectMeta({ name: 'a', namespace: undefined })).toStrictEqual({ name: 'a' });
  });

  it('keeps a null creationTimestamp (Go writes a zero Time as null)', () => {
    expect(deepCopyObjectMeta({ creationTimestamp: null })).toStrictEqual({
      creationTimestamp: null,
    });
  });

  it('copies only declared fields', () => {
    const withExtra = { name: 'a', extra: { x: 1 } } as unknown as Parameters<
      typeof deepCopyObjectMeta
    >[0];
    expect(deepCopyObjectMeta(withExtra)).toStrictEqual({ name: 'a' });
  });

  it('copies a __proto__ key of a label map as an own key, not as the prototype', () => {
    const labels = JSON.parse('{"__proto__": "x", "app": "web"}') as Record<string, string>;
    const copied = deepCopyObjectMeta({ labels });
    expect(Object.getPrototypeOf(copied.labels)).toBe(Object.prototype);
    expect(Object.keys(copied.labels ?? {})).toEqual(['__proto__', 'app']);
    expect(copied.labels).toStrictEqual(labels);
  });
});

describe('deepCopyJSONValue', () => {
  it('keeps keys and array elements holding undefined', () => {
    const value = { a: undefined, b: [1, undefined, { c: undefined }] } as unknown as Parameters<
      typeof deepCopyJSONValue
    >[0];
    const copied = deepCopyJSONValue(value);
    expect(copied).toStrictEqual(value);
    expect(Object.keys(copied as object)).toEqual(['a', 'b']);
  });

  it('returns scalars as they are', () => {
    expect(deepCopyJSONValue(null)).toBeNull();
    expect(deepCopyJSONValue(undefined)).toBeUndefined();
    expect(deepCopyJSONValue('s')).toBe('s');
    expect(Object.is(deepCopyJSONValue(-0), -0)).toBe(true);
  });
});

describe('expectNoSharedReferences (the test helper)', () => {
  it('finds an array the copy shares with the original', () => {
    const shared = ['a'];
    expect(() => expectNoSharedReferences({ x: { y: shared } }, { x: { y: shared } })).toThrow(
      'array at $.x.y',
    );
  });
});
