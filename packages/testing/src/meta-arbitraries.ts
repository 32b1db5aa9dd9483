import fc from 'fast-check';
import type { MetaTypeName } from '@kubegen/model';

/*
 * Arbitraries for the Kubernetes meta types of @kubegen/runtime, shaped as their JSON form in
 * Kubernetes (apimachinery's meta/v1). Objects never have a null prototype and optional fields are
 * absent rather than `undefined`, as in values decoded from JSON.
 */

const NO_NULL_PROTO = { noNullPrototype: true } as const;

/** A DNS-1123 label such as `web-7f9c`. */
export const dnsLabel: fc.Arbitrary<string> = fc.stringMatching(
  /^[a-z]([a-z0-9-]{0,14}[a-z0-9])?$/,
);

/** A label or annotation key, optionally prefixed (`app.kubernetes.io/name`). */
export const qualifiedName: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(fc.constantFrom('app.kubernetes.io', 'example.com', 'k8s.io'), { nil: undefined }),
    dnsLabel,
  )
  .map(([prefix, name]) => (prefix ? `${prefix}/${name}` : name));

/** A string map with label-like keys (labels, annotations, node selectors). */
export function stringMap(
  values: fc.Arbitrary<string> = fc.string({ maxLength: 12 }),
): fc.Arbitrary<Record<string, string>> {
  return fc.dictionary(qualifiedName, values, { maxKeys: 4, ...NO_NULL_PROTO });
}

/** An RFC 3339 timestamp with second precision, as metav1.Time marshals. */
export const time: fc.Arbitrary<string> = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2099-12-31T23:59:59Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z'));

/** An RFC 3339 timestamp with microsecond precision, as metav1.MicroTime marshals. */
export const microTime: fc.Arbitrary<string> = fc
  .tuple(time, fc.integer({ min: 0, max: 999_999 }))
  .map(([t, micros]) => t.replace(/Z$/, `.${String(micros).padStart(6, '0')}Z`));

/** A Go duration string as metav1.Duration marshals (`1h2m3s`, `500ms`, `0s`). */
export const duration: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: 999 }).map((ms) => `${ms}ms`),
  fc
    .tuple(
      fc.integer({ min: 0, max: 48 }),
      fc.integer({ min: 0, max: 59 }),
      fc.integer({ min: 0, max: 59 }),
    )
    .map(([h, m, s]) => `${h > 0 ? `${h}h` : ''}${h > 0 || m > 0 ? `${m}m` : ''}${s}s`),
);

/** A resource.Quantity in canonical-ish form (`100m`, `1Gi`, `2`, `1.5`, `1e3`). */
export const quantity: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 4096 }),
      fc.constantFrom('', 'm', 'k', 'M', 'G', 'T', 'Ki', 'Mi', 'Gi', 'Ti'),
    )
    .map(([n, suffix]) => `${n}${suffix}`),
  fc
    .tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 9 }))
    .map(([i, f]) => `${i}.${f}`),
  fc.integer({ min: 1, max: 9 }).map((e) => `1e${e}`),
);

/** An intstr.IntOrString: a non-negative integer or a string such as `25%` or a port name. */
export const intOrString: fc.Arbitrary<number | string> = fc.oneof(
  fc.integer({ min: 0, max: 65535 }),
  fc.integer({ min: 0, max: 100 }).map((p) => `${p}%`),
  dnsLabel,
);

/** Free-form JSON (apiextensions JSON, `x-kubernetes-preserve-unknown-fields`). */
export const jsonValue: fc.Arbitrary<unknown> = fc
  .jsonValue({ maxDepth: 3 })
  // fast-check's JSON values include -0, which no decoded API object holds; decode them as the server would.
  .map((v) => JSON.parse(JSON.stringify(v)) as unknown);

/** A runtime.RawExtension: an embedded object, free-form JSON. */
export const rawExtension: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(
  fc.string({ maxLength: 8 }),
  jsonValue,
  {
    maxKeys: 4,
    ...NO_NULL_PROTO,
  },
);

const int64: fc.Arbitrary<number> = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
const uid: fc.Arbitrary<string> = fc.uuid();

/** A metav1.TypeMeta used as a field (kinds get theirs fixed by `arbitraryFor`). */
export const typeMeta = fc.record(
  {
    apiVersion: fc.constantFrom('v1', 'apps/v1', 'demo.example.com/v1beta1'),
    kind: fc.constantFrom('Pod', 'Deployment', 'Foo'),
  },
  { requiredKeys: [], ...NO_NULL_PROTO },
);

/** A metav1.OwnerReference. */
export const ownerReference = fc.record(
  {
    apiVersion: fc.constantFrom('v1', 'apps/v1'),
    kind: fc.constantFrom('ReplicaSet', 'Deployment', 'StatefulSet'),
    name: dnsLabel,
    uid,
    controller: fc.boolean(),
    blockOwnerDeletion: fc.boolean(),
  },
  { requiredKeys: ['apiVersion', 'kind', 'name', 'uid'], ...NO_NULL_PROTO },
);

/** A metav1.ManagedFieldsEntry, with a small fieldsV1 tree (`{"f:metadata":{"f:labels":{}}}`). */
export const managedFieldsEntry = fc.record(
  {
    manager: dnsLabel,
    operation: fc.constantFrom('Apply', 'Update'),
    apiVersion: fc.constantFrom('v1', 'apps/v1'),
    time,
    fieldsType: fc.constant('FieldsV1'),
    fieldsV1: fc.dictionary(
      dnsLabel.map((k) => `f:${k}`),
      fc.constant(null).map(() => ({})),
      { maxKeys: 3, ...NO_NULL_PROTO },
    ),
    subresource: fc.constantFrom('status', 'scale'),
  },
  { requiredKeys: [], ...NO_NULL_PROTO },
);

/** A metav1.ObjectMeta with labels, annotations, owner references, finalizers and timestamps. */
export const objectMeta = fc.record(
  {
    name: dnsLabel,
    generateName: dnsLabel.map((n) => `${n}-`),
    namespace: dnsLabel,
    selfLink: dnsLabel.map((n) => `/api/v1/namespaces/default/pods/${n}`),
    uid,
    resourceVersion: fc.integer({ min: 1, max: 1e9 }).map(String),
    generation: int64,
    // The API server writes `creationTimestamp: null` on objects not yet created.
    creationTimestamp: fc.option(time, { nil: null }),
    deletionTimestamp: time,
    deletionGracePeriodSeconds: int64,
    labels: stringMap(dnsLabel),
    annotations: stringMap(),
    ownerReferences: fc.array(ownerReference, { maxLength: 2 }),
    finalizers: fc.array(qualifiedName, { maxLength: 2 }),
    managedFields: fc.array(managedFieldsEntry, { maxLength: 2 }),
  },
  { requiredKeys: [], ...NO_NULL_PROTO },
);

/** A metav1.ListMeta. */
export const listMeta = fc.record(
  {
    selfLink: fc.constant('/apis/apps/v1/deployments'),
    resourceVersion: fc.integer({ min: 1, max: 1e9 }).map(String),
    continue: fc.base64String({ maxLength: 16 }),
    remainingItemCount: int64,
  },
  { requiredKeys: [], ...NO_NULL_PROTO },
);

/** A metav1.LabelSelectorRequirement. */
export const labelSelectorRequirement = fc.record(
  {
    key: qualifiedName,
    operator: fc.constantFrom('In', 'NotIn', 'Exists', 'DoesNotExist'),
    values: fc.array(dnsLabel, { maxLength: 3 }),
  },
  { requiredKeys: ['key', 'operator'], ...NO_NULL_PROTO },
);

/** A metav1.LabelSelector. */
export const labelSelector = fc.record(
  {
    matchLabels: stringMap(dnsLabel),
    matchExpressions: fc.array(labelSelectorRequirement, { maxLength: 2 }),
  },
  { requiredKeys: [], ...NO_NULL_PROTO },
);

/** A metav1.Condition. */
export const condition = fc.record(
  {
    type: fc.constantFrom('Ready', 'Available', 'Progressing'),
    status: fc.constantFrom('True', 'False', 'Unknown'),
    observedGeneration: int64,
    lastTransitionTime: time,
    reason: fc.stringMatching(/^[A-Z][A-Za-z]{0,15}$/),
    message: fc.string({ maxLength: 30 }),
  },
  { requiredKeys: ['type', 'status', 'lastTransitionTime', 'reason', 'message'], ...NO_NULL_PROTO },
);

const metaArbitraries: Record<MetaTypeName, fc.Arbitrary<unknown>> = {
  TypeMeta: typeMeta,
  ObjectMeta: objectMeta,
  ListMeta: listMeta,
  Time: time,
  MicroTime: microTime,
  Duration: duration,
  Quantity: quantity,
  IntOrString: intOrString,
  RawExtension: rawExtension,
  JSONValue: jsonValue,
  LabelSelector: labelSelector,
  Condition: condition,
};

/** The arbitrary for one of the runtime's meta types. */
export function metaArbitrary(name: MetaTypeName): fc.Arbitrary<unknown> {
  return metaArbitraries[name];
}
