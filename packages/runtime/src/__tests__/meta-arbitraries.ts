import fc from 'fast-check';
import type {
  Condition,
  LabelSelector,
  ListMeta,
  ManagedFieldsEntry,
  ObjectMeta,
  OwnerReference,
  Status,
  TypeMeta,
} from '../meta-types';
import type { JSONObject, JSONValue } from '../json';

/*
 * Arbitraries for the meta types. Optional fields are absent, not `undefined`, as in values decoded from JSON;
 * keys include `__proto__` now and then, as JSON.parse can produce it as an own key.
 */

const ALL_OPTIONAL: { requiredKeys: never[]; noNullPrototype: true } = {
  requiredKeys: [],
  noNullPrototype: true,
};
const text = fc.string({ maxLength: 8 });
const key = fc.oneof(text, fc.constant('__proto__'), fc.constant('app.kubernetes.io/name'));
const stringMap = fc.dictionary(key, text, { maxKeys: 4, noNullPrototype: true });
const time = fc.constantFrom('2024-01-02T03:04:05Z', '1999-12-31T23:59:59Z');
const int64 = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });

/** Free-form JSON, with `__proto__` keys possible. */
export const jsonValue: fc.Arbitrary<JSONValue> = fc.letrec<{ value: JSONValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    text,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4, noNullPrototype: true }),
  ),
})).value;

/** A JSON object. */
export const jsonObject: fc.Arbitrary<JSONObject> = fc.dictionary(key, jsonValue, {
  maxKeys: 4,
  noNullPrototype: true,
});

export const typeMeta: fc.Arbitrary<TypeMeta> = fc.record(
  { apiVersion: text, kind: text },
  ALL_OPTIONAL,
);

export const ownerReference: fc.Arbitrary<OwnerReference> = fc.record(
  {
    apiVersion: text,
    kind: text,
    name: text,
    uid: text,
    controller: fc.boolean(),
    blockOwnerDeletion: fc.boolean(),
  },
  { requiredKeys: ['apiVersion', 'kind', 'name', 'uid'], noNullPrototype: true },
);

export const managedFieldsEntry: fc.Arbitrary<ManagedFieldsEntry> = fc.record(
  {
    manager: text,
    operation: fc.constantFrom('Apply' as const, 'Update' as const),
    apiVersion: text,
    time,
    fieldsType: fc.constant('FieldsV1'),
    fieldsV1: jsonObject,
    subresource: text,
  },
  ALL_OPTIONAL,
);

export const objectMeta: fc.Arbitrary<ObjectMeta> = fc.record(
  {
    name: text,
    generateName: text,
    namespace: text,
    selfLink: text,
    uid: text,
    resourceVersion: text,
    generation: int64,
    creationTimestamp: fc.option(time, { nil: null }),
    deletionTimestamp: time,
    deletionGracePeriodSeconds: int64,
    labels: stringMap,
    annotations: stringMap,
    ownerReferences: fc.array(ownerReference, { maxLength: 3 }),
    finalizers: fc.array(text, { maxLength: 3 }),
    managedFields: fc.array(managedFieldsEntry, { maxLength: 3 }),
  },
  ALL_OPTIONAL,
);

export const listMeta: fc.Arbitrary<ListMeta> = fc.record(
  { selfLink: text, resourceVersion: text, continue: text, remainingItemCount: int64 },
  ALL_OPTIONAL,
);

export const labelSelector: fc.Arbitrary<LabelSelector> = fc.record(
  {
    matchLabels: stringMap,
    matchExpressions: fc.array(
      fc.record(
        {
          key: text,
          operator: fc.constantFrom(
            'In' as const,
            'NotIn' as const,
            'Exists' as const,
            'DoesNotExist' as const,
          ),
          values: fc.array(text, { maxLength: 3 }),
        },
        { requiredKeys: ['key', 'operator'], noNullPrototype: true },
      ),
      { maxLength: 3 },
    ),
  },
  ALL_OPTIONAL,
);

export const condition: fc.Arbitrary<Condition> = fc.record(
  {
    type: text,
    status: fc.constantFrom('True' as const, 'False' as const, 'Unknown' as const),
    observedGeneration: int64,
    lastTransitionTime: time,
    reason: text,
    message: text,
  },
  {
    requiredKeys: ['type', 'status', 'lastTransitionTime', 'reason', 'message'],
    noNullPrototype: true,
  },
);

export const status: fc.Arbitrary<Status> = fc.record(
  {
    apiVersion: fc.constant('v1'),
    kind: fc.constant('Status'),
    metadata: listMeta,
    status: fc.constantFrom('Success' as const, 'Failure' as const),
    message: text,
    reason: text,
    details: fc.record(
      {
        name: text,
        group: text,
        kind: text,
        uid: text,
        causes: fc.array(fc.record({ reason: text, message: text, field: text }, ALL_OPTIONAL), {
          maxLength: 3,
        }),
        retryAfterSeconds: fc.integer({ min: 0, max: 600 }),
      },
      ALL_OPTIONAL,
    ),
    code: fc.integer({ min: 100, max: 599 }),
  },
  ALL_OPTIONAL,
);
