/*
 * Shape-specific deep copies of the meta types, called by generated deepcopy code.
 * Each copies only the declared fields and leaves absent fields absent; a field holding `undefined`
 * counts as absent (as in JSON), so it is not copied.
 */
import { deepCopyJSONValue, deepCopyStringArray, deepCopyStringMap } from './json-copy';
import type {
  Condition,
  LabelSelector,
  LabelSelectorRequirement,
  ListMeta,
  ManagedFieldsEntry,
  ObjectMeta,
  OwnerReference,
  Status,
  StatusCause,
  StatusDetails,
  TypeMeta,
} from './meta-types';

/** Deep-copies a TypeMeta (apiVersion and kind only). */
export function deepCopyTypeMeta(src: TypeMeta): TypeMeta {
  const out: TypeMeta = {};
  if (src.apiVersion !== undefined) out.apiVersion = src.apiVersion;
  if (src.kind !== undefined) out.kind = src.kind;
  return out;
}

/** Deep-copies an OwnerReference. */
export function deepCopyOwnerReference(src: OwnerReference): OwnerReference {
  const out: OwnerReference = {
    apiVersion: src.apiVersion,
    kind: src.kind,
    name: src.name,
    uid: src.uid,
  };
  if (src.controller !== undefined) out.controller = src.controller;
  if (src.blockOwnerDeletion !== undefined) out.blockOwnerDeletion = src.blockOwnerDeletion;
  return out;
}

/** Deep-copies a ManagedFieldsEntry. */
export function deepCopyManagedFieldsEntry(src: ManagedFieldsEntry): ManagedFieldsEntry {
  const out: ManagedFieldsEntry = {};
  if (src.manager !== undefined) out.manager = src.manager;
  if (src.operation !== undefined) out.operation = src.operation;
  if (src.apiVersion !== undefined) out.apiVersion = src.apiVersion;
  if (src.time !== undefined) out.time = src.time;
  if (src.fieldsType !== undefined) out.fieldsType = src.fieldsType;
  if (src.fieldsV1 !== undefined) out.fieldsV1 = deepCopyJSONValue(src.fieldsV1);
  if (src.subresource !== undefined) out.subresource = src.subresource;
  return out;
}

/** Deep-copies an ObjectMeta. */
export function deepCopyObjectMeta(src: ObjectMeta): ObjectMeta {
  const out: ObjectMeta = {};
  if (src.name !== undefined) out.name = src.name;
  if (src.generateName !== undefined) out.generateName = src.generateName;
  if (src.namespace !== undefined) out.namespace = src.namespace;
  if (src.selfLink !== undefined) out.selfLink = src.selfLink;
  if (src.uid !== undefined) out.uid = src.uid;
  if (src.resourceVersion !== undefined) out.resourceVersion = src.resourceVersion;
  if (src.generation !== undefined) out.generation = src.generation;
  if (src.creationTimestamp !== undefined) out.creationTimestamp = src.creationTimestamp;
  if (src.deletionTimestamp !== undefined) out.deletionTimestamp = src.deletionTimestamp;
  if (src.deletionGracePeriodSeconds !== undefined)
    out.deletionGracePeriodSeconds = src.deletionGracePeriodSeconds;
  if (src.labels !== undefined) out.labels = deepCopyStringMap(src.labels);
  if (src.annotations !== undefined) out.annotations = deepCopyStringMap(src.annotations);
  if (src.ownerReferences !== undefined) {
    const n = src.ownerReferences.length;
    const refs = new Array<OwnerReference>(n);
    for (let i = 0; i < n; i++) refs[i] = deepCopyOwnerReference(src.ownerReferences[i]);
    out.ownerReferences = refs;
  }
  if (src.finalizers !== undefined) out.finalizers = deepCopyStringArray(src.finalizers);
  if (src.managedFields !== undefined) {
    const n = src.managedFields.length;
    const entries = new Array<ManagedFieldsEntry>(n);
    for (let i = 0; i < n; i++) entries[i] = deepCopyManagedFieldsEntry(src.managedFields[i]);
    out.managedFields = entries;
  }
  return out;
}

/** Deep-copies a ListMeta. */
export function deepCopyListMeta(src: ListMeta): ListMeta {
  const out: ListMeta = {};
  if (src.selfLink !== undefined) out.selfLink = src.selfLink;
  if (src.resourceVersion !== undefined) out.resourceVersion = src.resourceVersion;
  if (src.continue !== undefined) out.continue = src.continue;
  if (src.remainingItemCount !== undefined) out.remainingItemCount = src.remainingItemCount;
  return out;
}

/** Deep-copies a LabelSelectorRequirement. */
export function deepCopyLabelSelectorRequirement(
  src: LabelSelectorRequirement,
): LabelSelectorRequirement {
  const out: LabelSelectorRequirement = { key: src.key, operator: src.operator };
  if (src.values !== undefined) out.values = deepCopyStringArray(src.values);
  return out;
}

/** Deep-copies a LabelSelector. */
export function deepCopyLabelSelector(src: LabelSelector): LabelSelector {
  const out: LabelSelector = {};
  if (src.matchLabels !== undefined) out.matchLabels = deepCopyStringMap(src.matchLabels);
  if (src.matchExpressions !== undefined) {
    const n = src.matchExpressions.length;
    const exprs = new Array<LabelSelectorRequirement>(n);
    for (let i = 0; i < n; i++)
      exprs[i] = deepCopyLabelSelectorRequirement(src.matchExpressions[i]);
    out.matchExpressions = exprs;
  }
  return out;
}

/** Deep-copies a Condition. */
export function deepCopyCondition(src: Condition): Condition {
  const out: Condition = {
    type: src.type,
    status: src.status,
    lastTransitionTime: src.lastTransitionTime,
    reason: src.reason,
    message: src.message,
  };
  if (src.observedGeneration !== undefined) out.observedGeneration = src.observedGeneration;
  return out;
}

/** Deep-copies a StatusCause. */
export function deepCopyStatusCause(src: StatusCause): StatusCause {
  const out: StatusCause = {};
  if (src.reason !== undefined) out.reason = src.reason;
  if (src.message !== undefined) out.message = src.message;
  if (src.field !== undefined) out.field = src.field;
  return out;
}

/** Deep-copies a StatusDetails. */
export function deepCopyStatusDetails(src: StatusDetails): StatusDetails {
  const out: StatusDetails = {};
  if (src.name !== undefined) out.name = src.name;
  if (src.group !== undefined) out.group = src.group;
  if (src.kind !== undefined) out.kind = src.kind;
  if (src.uid !== undefined) out.uid = src.uid;
  if (src.causes !== undefined) {
    const n = src.causes.length;
    const causes = new Array<StatusCause>(n);
    for (let i = 0; i < n; i++) causes[i] = deepCopyStatusCause(src.causes[i]);
    out.causes = causes;
  }
  if (src.retryAfterSeconds !== undefined) out.retryAfterSeconds = src.retryAfterSeconds;
  return out;
}

/** Deep-copies a Status. */
export function deepCopyStatus(src: Status): Status {
  const out: Status = {};
  if (src.apiVersion !== undefined) out.apiVersion = src.apiVersion;
  if (src.kind !== undefined) out.kind = src.kind;
  if (src.metadata !== undefined) out.metadata = deepCopyListMeta(src.metadata);
  if (src.status !== undefined) out.status = src.status;
  if (src.message !== undefined) out.message = src.message;
  if (src.reason !== undefined) out.reason = src.reason;
  if (src.details !== undefined) out.details = deepCopyStatusDetails(src.details);
  if (src.code !== undefined) out.code = src.code;
  return out;
}
