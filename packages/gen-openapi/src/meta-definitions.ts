import type { Definitions, SchemaObject } from './json';

/*
 * The definitions kube-apiserver publishes for the apimachinery types kubegen's runtime mirrors,
 * in v2 form (`#/definitions/` references). Written from the published Kubernetes documents;
 * descriptions are the first sentences of Kubernetes' own, so readers recognise them.
 */

/** Prefix of the meta/v1 definition names. */
export const META_V1 = 'io.k8s.apimachinery.pkg.apis.meta.v1.';
/** Definition names of the types the document builders reference themselves. */
export const MetaNames = {
  ObjectMeta: `${META_V1}ObjectMeta`,
  ListMeta: `${META_V1}ListMeta`,
  Time: `${META_V1}Time`,
  Status: `${META_V1}Status`,
  DeleteOptions: `${META_V1}DeleteOptions`,
  Patch: `${META_V1}Patch`,
  WatchEvent: `${META_V1}WatchEvent`,
  APIResourceList: `${META_V1}APIResourceList`,
  APIGroup: `${META_V1}APIGroup`,
  Quantity: 'io.k8s.apimachinery.pkg.api.resource.Quantity',
  IntOrString: 'io.k8s.apimachinery.pkg.util.intstr.IntOrString',
  RawExtension: 'io.k8s.apimachinery.pkg.runtime.RawExtension',
  Scale: 'io.k8s.api.autoscaling.v1.Scale',
} as const;

const API_CONVENTIONS =
  'https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md';
/** Description kube-apiserver gives a kind's `metadata` property. */
export const OBJECT_METADATA_DESCRIPTION = `Standard object's metadata. More info: ${API_CONVENTIONS}#metadata`;
/** Description kube-apiserver gives a list's `metadata` property. */
export const LIST_METADATA_DESCRIPTION = `Standard list metadata. More info: ${API_CONVENTIONS}#types-kinds`;
/** Descriptions of the TypeMeta fields, as kube-openapi writes them on every kind. */
export const API_VERSION_DESCRIPTION = `APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: ${API_CONVENTIONS}#resources`;
export const KIND_DESCRIPTION = `Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: ${API_CONVENTIONS}#types-kinds`;

/** A `$ref` to a definition, in v2 form. */
export function definitionRef(name: string): SchemaObject {
  return { $ref: `#/definitions/${name}` };
}

const str = (description: string): SchemaObject => ({ description, type: 'string' });
const int64 = (description: string): SchemaObject => ({
  description,
  format: 'int64',
  type: 'integer',
});
const int32 = (description: string): SchemaObject => ({
  description,
  format: 'int32',
  type: 'integer',
});
const bool = (description: string): SchemaObject => ({ description, type: 'boolean' });
const refTo = (name: string, description: string): SchemaObject => ({
  ...definitionRef(name),
  description,
});
const stringMap = (description: string): SchemaObject => ({
  additionalProperties: { default: '', type: 'string' },
  description,
  type: 'object',
});
const arrayOf = (items: SchemaObject, description: string, listType = 'atomic'): SchemaObject => ({
  description,
  items,
  type: 'array',
  'x-kubernetes-list-type': listType,
});
const typeMeta = {
  apiVersion: str(API_VERSION_DESCRIPTION),
  kind: str(KIND_DESCRIPTION),
};
const coreGvk = (kind: string) => [{ group: '', kind, version: 'v1' }];

const metaV1: Definitions = {
  APIGroup: {
    description:
      'APIGroup contains the name, the supported versions, and the preferred version of a group.',
    properties: {
      ...typeMeta,
      name: str('name is the name of the group.'),
      preferredVersion: {
        ...refTo(
          `${META_V1}GroupVersionForDiscovery`,
          'preferredVersion is the version preferred by the API server, which probably is the storage version.',
        ),
        default: {},
      },
      serverAddressByClientCIDRs: arrayOf(
        { ...definitionRef(`${META_V1}ServerAddressByClientCIDR`), default: {} },
        'a map of client CIDR to server address that is serving this group.',
      ),
      versions: arrayOf(
        { ...definitionRef(`${META_V1}GroupVersionForDiscovery`), default: {} },
        'versions are the versions supported in this group.',
      ),
    },
    required: ['name', 'versions'],
    type: 'object',
    'x-kubernetes-group-version-kind': coreGvk('APIGroup'),
  },
  APIResource: {
    description: 'APIResource specifies the name of a resource and whether it is namespaced.',
    properties: {
      categories: arrayOf(
        { default: '', type: 'string' },
        "categories is a list of the grouped resources this resource belongs to (e.g. 'all')",
      ),
      group: str('group is the preferred group of the resource.'),
      kind: str("kind is the kind for the resource (e.g. 'Foo' is the kind for a resource 'foo')"),
      name: str('name is the plural name of the resource.'),
      namespaced: bool('namespaced indicates if a resource is namespaced or not.'),
      shortNames: arrayOf(
        { default: '', type: 'string' },
        'shortNames is a list of suggested short names of the resource.',
      ),
      singularName: str('singularName is the singular name of the resource.'),
      storageVersionHash: str(
        'The hash value of the storage version, the version this resource is converted to when written to the data store.',
      ),
      verbs: {
        description:
          'verbs is a list of supported kube verbs (this includes get, list, watch, create, update, patch, delete, deletecollection, and proxy)',
        items: { default: '', type: 'string' },
        type: 'array',
      },
      version: str('version is the preferred version of the resource.'),
    },
    required: ['name', 'singularName', 'namespaced', 'kind', 'verbs'],
    type: 'object',
  },
  APIResourceList: {
    description:
      'APIResourceList is a list of APIResource, it is used to expose the name of the resources supported in a specific group and version, and if the resource is namespaced.',
    properties: {
      ...typeMeta,
      groupVersion: str('groupVersion is the group and version this APIResourceList is for.'),
      resources: arrayOf(
        { ...definitionRef(`${META_V1}APIResource`), default: {} },
        'resources contains the name of the resources and if they are namespaced.',
      ),
    },
    required: ['groupVersion', 'resources'],
    type: 'object',
    'x-kubernetes-group-version-kind': coreGvk('APIResourceList'),
  },
  Condition: {
    description:
      'Condition contains details for one aspect of the current state of this API Resource.',
    properties: {
      lastTransitionTime: refTo(
        `${META_V1}Time`,
        'lastTransitionTime is the last time the condition transitioned from one status to another.',
      ),
      message: str(
        'message is a human readable message indicating details about the transition. This may be an empty string.',
      ),
      observedGeneration: int64(
        'observedGeneration represents the .metadata.generation that the condition was set based upon.',
      ),
      reason: str(
        "reason contains a programmatic identifier indicating the reason for the condition's last transition.",
      ),
      status: str('status of the condition, one of True, False, Unknown.'),
      type: str('type of condition in CamelCase or in foo.example.com/CamelCase.'),
    },
    required: ['type', 'status', 'lastTransitionTime', 'reason', 'message'],
    type: 'object',
  },
  DeleteOptions: {
    description: 'DeleteOptions may be provided when deleting an API object.',
    properties: {
      ...typeMeta,
      dryRun: arrayOf(
        { default: '', type: 'string' },
        'When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed',
      ),
      gracePeriodSeconds: int64(
        'The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately.',
      ),
      ignoreStoreReadErrorWithClusterBreakingPotential: bool(
        'if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error.',
      ),
      orphanDependents: bool(
        'Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned.',
      ),
      preconditions: refTo(
        `${META_V1}Preconditions`,
        'Must be fulfilled before a deletion is carried out. If not possible, a 409 Conflict status will be returned.',
      ),
      propagationPolicy: str(
        "Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. Acceptable values are: 'Orphan', 'Background', 'Foreground'.",
      ),
    },
    type: 'object',
  },
  Duration: {
    description:
      'Duration is a wrapper around time.Duration which supports correct marshaling to YAML and JSON.',
    type: 'string',
  },
  FieldsV1: {
    description: 'FieldsV1 stores a set of fields in a data structure like a Trie, in JSON format.',
    type: 'object',
  },
  GroupVersionForDiscovery: {
    description:
      'GroupVersion contains the "group/version" and "version" string of a version. It is made a struct to keep extensibility.',
    properties: {
      groupVersion: str(
        'groupVersion specifies the API group and version in the form "group/version"',
      ),
      version: str(
        'version specifies the version in the form of "version". This is to save the clients the trouble of splitting the GroupVersion.',
      ),
    },
    required: ['groupVersion', 'version'],
    type: 'object',
  },
  LabelSelector: {
    description:
      'A label selector is a label query over a set of resources. The result of matchLabels and matchExpressions are ANDed. An empty label selector matches all objects. A null label selector matches no objects.',
    properties: {
      matchExpressions: arrayOf(
        { ...definitionRef(`${META_V1}LabelSelectorRequirement`), default: {} },
        'matchExpressions is a list of label selector requirements. The requirements are ANDed.',
      ),
      matchLabels: stringMap(
        'matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.',
      ),
    },
    type: 'object',
    'x-kubernetes-map-type': 'atomic',
  },
  LabelSelectorRequirement: {
    description:
      'A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.',
    properties: {
      key: { ...str('key is the label key that the selector applies to.'), default: '' },
      operator: {
        ...str(
          "operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.",
        ),
        default: '',
      },
      values: arrayOf(
        { default: '', type: 'string' },
        'values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty.',
      ),
    },
    required: ['key', 'operator'],
    type: 'object',
  },
  ListMeta: {
    description:
      'ListMeta describes metadata that synthetic resources must have, including lists and various status objects. A resource may have only one of {ObjectMeta, ListMeta}.',
    properties: {
      continue: str(
        'continue may be set if the user set a limit on the number of items returned, and indicates that the server has more data available.',
      ),
      remainingItemCount: int64(
        'remainingItemCount is the number of subsequent items in the list which are not included in this list response.',
      ),
      resourceVersion: str(
        "String that identifies the server's internal version of this object that can be used by clients to determine when objects have changed.",
      ),
      selfLink: str(
        'Deprecated: selfLink is a legacy read-only field that is no longer populated by the system.',
      ),
    },
    type: 'object',
  },
  ManagedFieldsEntry: {
    description:
      'ManagedFieldsEntry is a workflow-id, a FieldSet and the group version of the resource that the fieldset applies to.',
    properties: {
      apiVersion: str(
        'APIVersion defines the version of this resource that this field set applies to.',
      ),
      fieldsType: str(
        'FieldsType is the discriminator for the different fields format and version. There is currently only one possible value: "FieldsV1"',
      ),
      fieldsV1: refTo(
        `${META_V1}FieldsV1`,
        'FieldsV1 holds the first JSON version format as described in the "FieldsV1" type.',
      ),
      manager: str('Manager is an identifier of the workflow managing these fields.'),
      operation: str(
        "Operation is the type of operation which lead to this ManagedFieldsEntry being created. The only valid values for this field are 'Apply' and 'Update'.",
      ),
      subresource: str(
        'Subresource is the name of the subresource used to update that object, or empty string if the object was updated through the main resource.',
      ),
      time: refTo(
        `${META_V1}Time`,
        'Time is the timestamp of when the ManagedFields entry was added.',
      ),
    },
    type: 'object',
  },
  MicroTime: {
    description: 'MicroTime is version of Time with microsecond level precision.',
    format: 'date-time',
    type: 'string',
  },
  ObjectMeta: {
    description:
      'ObjectMeta is metadata that all persisted resources must have, which includes all objects users must create.',
    properties: {
      annotations: stringMap(
        'Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata.',
      ),
      creationTimestamp: refTo(
        `${META_V1}Time`,
        'CreationTimestamp is a timestamp representing the server time when this object was created.',
      ),
      deletionGracePeriodSeconds: int64(
        'Number of seconds allowed for this object to gracefully terminate before it will be removed from the system. Only set when deletionTimestamp is also set.',
      ),
      deletionTimestamp: refTo(
        `${META_V1}Time`,
        'DeletionTimestamp is RFC 3339 date and time at which this resource will be deleted.',
      ),
      finalizers: {
        ...arrayOf(
          { default: '', type: 'string' },
          'Must be empty before the object is deleted from the registry.',
          'set',
        ),
        'x-kubernetes-patch-strategy': 'merge',
      },
      generateName: str(
        'GenerateName is an optional prefix, used by the server, to generate a unique name ONLY IF the Name field has not been provided.',
      ),
      generation: int64(
        'A sequence number representing a specific generation of the desired state. Populated by the system. Read-only.',
      ),
      labels: stringMap(
        'Map of string keys and values that can be used to organize and categorize (scope and select) objects.',
      ),
      managedFields: arrayOf(
        { ...definitionRef(`${META_V1}ManagedFieldsEntry`), default: {} },
        'ManagedFields maps workflow-id and version to the set of fields that are managed by that workflow.',
      ),
      name: str(
        'Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically.',
      ),
      namespace: str(
        'Namespace defines the space within which each name must be unique. An empty namespace is equivalent to the "default" namespace, but "default" is the canonical representation.',
      ),
      ownerReferences: {
        ...arrayOf(
          { ...definitionRef(`${META_V1}OwnerReference`), default: {} },
          'List of objects depended by this object. If ALL objects in the list have been deleted, this object will be garbage collected.',
          'map',
        ),
        'x-kubernetes-list-map-keys': ['uid'],
        'x-kubernetes-patch-merge-key': 'uid',
        'x-kubernetes-patch-strategy': 'merge',
      },
      resourceVersion: str(
        'An opaque value that represents the internal version of this object that can be used by clients to determine when objects have changed.',
      ),
      selfLink: str(
        'Deprecated: selfLink is a legacy read-only field that is no longer populated by the system.',
      ),
      uid: str(
        'UID is the unique in time and space value for this object. It is typically generated by the server on successful creation of a resource and is not allowed to change on PUT operations.',
      ),
    },
    type: 'object',
  },
  OwnerReference: {
    description:
      'OwnerReference contains enough information to let you identify an owning object. An owning object must be in the same namespace as the dependent, or be cluster-scoped, so there is no namespace field.',
    properties: {
      apiVersion: { ...str('API version of the referent.'), default: '' },
      blockOwnerDeletion: bool(
        'If true, AND if the owner has the "foregroundDeletion" finalizer, then the owner cannot be deleted from the key-value store until this reference is removed.',
      ),
      controller: bool('If true, this reference points to the managing controller.'),
      kind: {
        ...str(`Kind of the referent. More info: ${API_CONVENTIONS}#types-kinds`),
        default: '',
      },
      name: {
        ...str(
          'Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names',
        ),
        default: '',
      },
      uid: {
        ...str(
          'UID of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids',
        ),
        default: '',
      },
    },
    required: ['apiVersion', 'kind', 'name', 'uid'],
    type: 'object',
    'x-kubernetes-map-type': 'atomic',
  },
  Patch: {
    description:
      'Patch is provided to give a concrete name and type to the Kubernetes PATCH request body.',
    type: 'object',
  },
  Preconditions: {
    description:
      'Preconditions must be fulfilled before an operation (update, delete, etc.) is carried out.',
    properties: {
      resourceVersion: str('Specifies the target ResourceVersion'),
      uid: str('Specifies the target UID.'),
    },
    type: 'object',
  },
  ServerAddressByClientCIDR: {
    description:
      'ServerAddressByClientCIDR helps the client to determine the server address that they should use, depending on the clientCIDR that they match.',
    properties: {
      clientCIDR: {
        ...str(
          'The CIDR with which clients can match their IP to figure out the server address that they should use.',
        ),
        default: '',
      },
      serverAddress: {
        ...str(
          'Address of this server, suitable for a client that matches the above CIDR. This can be a hostname, hostname:port, IP or IP:port.',
        ),
        default: '',
      },
    },
    required: ['clientCIDR', 'serverAddress'],
    type: 'object',
  },
  Status: {
    description: "Status is a return value for calls that don't return other objects.",
    properties: {
      ...typeMeta,
      code: int32('Suggested HTTP return code for this status, 0 if not set.'),
      details: {
        ...refTo(
          `${META_V1}StatusDetails`,
          'Extended data associated with the reason. Each reason may define its own extended details.',
        ),
        'x-kubernetes-list-type': 'atomic',
      },
      message: str('A human-readable description of the status of this operation.'),
      metadata: { ...refTo(`${META_V1}ListMeta`, LIST_METADATA_DESCRIPTION), default: {} },
      reason: str(
        'A machine-readable description of why this operation is in the "Failure" status. If this value is empty there is no information available.',
      ),
      status: str('Status of the operation. One of: "Success" or "Failure".'),
    },
    type: 'object',
    'x-kubernetes-group-version-kind': coreGvk('Status'),
  },
  StatusCause: {
    description:
      'StatusCause provides more information about an api.Status failure, including cases when multiple errors are encountered.',
    properties: {
      field: str(
        'The field of the resource that has caused this error, as named by its JSON serialization.',
      ),
      message: str(
        'A human-readable description of the cause of the error. This field may be presented as-is to a reader.',
      ),
      reason: str(
        'A machine-readable description of the cause of the error. If this value is empty there is no information available.',
      ),
    },
    type: 'object',
  },
  StatusDetails: {
    description:
      'StatusDetails is a set of additional properties that MAY be set by the server to provide additional information about a response.',
    properties: {
      causes: arrayOf(
        { ...definitionRef(`${META_V1}StatusCause`), default: {} },
        'The Causes array includes more details associated with the StatusReason failure. Not all StatusReasons may provide detailed causes.',
      ),
      group: str('The group attribute of the resource associated with the status StatusReason.'),
      kind: str('The kind attribute of the resource associated with the status StatusReason.'),
      name: str(
        'The name attribute of the resource associated with the status StatusReason (when there is a single name which can be described).',
      ),
      retryAfterSeconds: int32(
        'If specified, the time in seconds before the operation should be retried.',
      ),
      uid: str('UID of the resource. (when there is a single resource which can be described).'),
    },
    type: 'object',
  },
  Time: {
    description:
      'Time is a wrapper around time.Time which supports correct marshaling to YAML and JSON.',
    format: 'date-time',
    type: 'string',
  },
  WatchEvent: {
    description: 'Event represents a single event to a watched resource.',
    properties: {
      object: {
        ...refTo(
          MetaNames.RawExtension,
          'Object is:\n * If Type is Added or Modified: the new state of the object.\n * If Type is Deleted: the state of the object immediately before deletion.\n * If Type is Error: *Status is recommended; other types may make sense depending on context.',
        ),
      },
      type: {
        ...str('Type of the event: ADDED, MODIFIED, DELETED, BOOKMARK or ERROR.'),
        default: '',
      },
    },
    required: ['type', 'object'],
    type: 'object',
  },
};

const others: Definitions = {
  [MetaNames.Quantity]: {
    description:
      'Quantity is a fixed-point representation of a number. It provides convenient marshaling/unmarshaling in JSON and YAML, in addition to String() and AsInt64() accessors.',
    type: 'string',
  },
  [MetaNames.IntOrString]: {
    description:
      'IntOrString is a type that can hold an int32 or a string. When used in JSON or YAML marshalling and unmarshalling, it produces or consumes the inner type.',
    format: 'int-or-string',
    type: 'string',
  },
  [MetaNames.RawExtension]: {
    description: 'RawExtension is used to hold extensions in external versions.',
    type: 'object',
  },
  'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON': {
    description:
      'JSON represents any valid JSON value. These types are supported: bool, int64, float64, string, []interface{}, map[string]interface{} and nil.',
  },
  [MetaNames.Scale]: {
    description: 'Scale represents a scaling request for a resource.',
    properties: {
      ...typeMeta,
      metadata: { ...refTo(MetaNames.ObjectMeta, OBJECT_METADATA_DESCRIPTION), default: {} },
      spec: {
        ...refTo(
          'io.k8s.api.autoscaling.v1.ScaleSpec',
          `spec defines the behavior of the scale. More info: ${API_CONVENTIONS}#spec-and-status.`,
        ),
        default: {},
      },
      status: {
        ...refTo(
          'io.k8s.api.autoscaling.v1.ScaleStatus',
          `status is the current status of the scale. More info: ${API_CONVENTIONS}#spec-and-status. Read-only.`,
        ),
        default: {},
      },
    },
    type: 'object',
    'x-kubernetes-group-version-kind': [{ group: 'autoscaling', kind: 'Scale', version: 'v1' }],
  },
  'io.k8s.api.autoscaling.v1.ScaleSpec': {
    description: 'ScaleSpec describes the attributes of a scale subresource.',
    properties: {
      replicas: int32('replicas is the desired number of instances for the scaled object.'),
    },
    type: 'object',
  },
  'io.k8s.api.autoscaling.v1.ScaleStatus': {
    description: 'ScaleStatus represents the current status of a scale subresource.',
    properties: {
      replicas: {
        ...int32('replicas is the actual number of observed instances of the scaled object.'),
        default: 0,
      },
      selector: str(
        'selector is the label query over pods that should match the replicas count. This is same as the label selector but in the string format to avoid introspection by the clients.',
      ),
    },
    required: ['replicas'],
    type: 'object',
  },
};

/** Schemas that OpenAPI v3 publishes differently (kube-openapi's OpenAPIV3OneOfTypes). */
export const V3_OVERRIDES: Definitions = {
  [MetaNames.Quantity]: {
    description: others[MetaNames.Quantity]!.description!,
    oneOf: [{ type: 'string' }, { type: 'number' }],
  },
  [MetaNames.IntOrString]: {
    description: others[MetaNames.IntOrString]!.description!,
    format: 'int-or-string',
    oneOf: [{ type: 'integer' }, { type: 'string' }],
  },
};

/** Every apimachinery (and autoscaling/v1 Scale) definition kubegen can publish, v2 form, by name. */
export function metaDefinitions(): Definitions {
  const all: Definitions = structuredClone(others);
  for (const [name, schema] of Object.entries(metaV1))
    all[`${META_V1}${name}`] = structuredClone(schema);
  return all;
}
