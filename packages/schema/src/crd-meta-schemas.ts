import type { MetaTypeName } from '@kubegen/model';
import type { JSONSchemaProps, SchemaOptions } from './types';

/*
 * Schemas controller-gen writes for the apimachinery types (reference §4, §6.1). Functions, not constants, so that
 * every use gets its own objects: a schema tree never shares nodes.
 */

/** controller-gen's descriptions of TypeMeta's fields, used for `apiVersion` and `kind` of every object. */
export const TYPE_META_DESCRIPTIONS: Readonly<Record<'apiVersion' | 'kind', string>> = {
  apiVersion:
    'APIVersion defines the versioned schema of this representation of an object.\nServers should convert recognized schemas to the latest internal value, and\nmay reject unrecognized values.\nMore info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources',
  kind: 'Kind is a string value representing the REST resource this object represents.\nServers may infer this from the endpoint the client submits requests to.\nCannot be updated.\nIn CamelCase.\nMore info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds',
};

const QUANTITY_PATTERN =
  '^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$';

const str = (description: string): JSONSchemaProps => ({ description, type: 'string' });

/** The CRD schema of a meta type wherever it is used below the root. */
export function crdMetaSchema(
  name: MetaTypeName,
  options: Pick<SchemaOptions, 'generateEmbeddedObjectMeta'> = {},
): JSONSchemaProps {
  switch (name) {
    case 'TypeMeta':
      return { type: 'object' };
    case 'ObjectMeta':
      return options.generateEmbeddedObjectMeta ? embeddedObjectMetaSchema() : { type: 'object' };
    case 'ListMeta':
      return listMetaSchema();
    case 'Time':
    case 'MicroTime':
      return { format: 'date-time', type: 'string' };
    case 'Duration':
      return { type: 'string' };
    case 'Quantity':
      return {
        anyOf: [{ type: 'integer' }, { type: 'string' }],
        pattern: QUANTITY_PATTERN,
        'x-kubernetes-int-or-string': true,
      };
    case 'IntOrString':
      return {
        anyOf: [{ type: 'integer' }, { type: 'string' }],
        'x-kubernetes-int-or-string': true,
      };
    case 'RawExtension':
      return { type: 'object', 'x-kubernetes-preserve-unknown-fields': true };
    case 'JSONValue':
      return { 'x-kubernetes-preserve-unknown-fields': true };
    case 'LabelSelector':
      return labelSelectorSchema();
    case 'Condition':
      return conditionSchema();
  }
}

/**
 * controller-gen's ObjectMetaPackages override (pkg/crd/known_types.go): the fields an author may set in a template,
 * with no descriptions; the server-managed ones (uid, resourceVersion, creationTimestamp, …) are left out on purpose
 * (controller-tools PR #395).
 */
function embeddedObjectMetaSchema(): JSONSchemaProps {
  const strings = (): JSONSchemaProps => ({
    additionalProperties: { type: 'string' },
    type: 'object',
  });
  return {
    properties: {
      annotations: strings(),
      finalizers: { items: { type: 'string' }, type: 'array' },
      labels: strings(),
      name: { type: 'string' },
      namespace: { type: 'string' },
    },
    type: 'object',
  };
}

function listMetaSchema(): JSONSchemaProps {
  return {
    description:
      'ListMeta describes metadata that synthetic resources must have, including lists and\nvarious status objects.',
    properties: {
      continue: str('continue may be set if the user set a limit on the number of items returned.'),
      remainingItemCount: {
        description:
          'remainingItemCount is the number of subsequent items in the list which are not included in this\nlist response.',
        format: 'int64',
        type: 'integer',
      },
      resourceVersion: str("String that identifies the server's internal version of this object."),
      selfLink: str(
        'Deprecated: selfLink is a legacy read-only field that is no longer populated by the system.',
      ),
    },
    type: 'object',
  };
}

function labelSelectorSchema(): JSONSchemaProps {
  return {
    description:
      'A label selector is a label query over a set of resources. The result of matchLabels and\nmatchExpressions are ANDed. An empty label selector matches all objects. A null\nlabel selector matches no objects.',
    properties: {
      matchExpressions: {
        description:
          'matchExpressions is a list of label selector requirements. The requirements are ANDed.',
        items: {
          description:
            'A label selector requirement is a selector that contains values, a key, and an operator that\nrelates the key and values.',
          properties: {
            key: str('key is the label key that the selector applies to.'),
            operator: str(
              "operator represents a key's relationship to a set of values.\nValid operators are In, NotIn, Exists and DoesNotExist.",
            ),
            values: {
              description:
                'values is an array of string values. If the operator is In or NotIn,\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\nthe values array must be empty. This array is replaced during a strategic\nmerge patch.',
              items: { type: 'string' },
              type: 'array',
              'x-kubernetes-list-type': 'atomic',
            },
          },
          required: ['key', 'operator'],
          type: 'object',
        },
        type: 'array',
        'x-kubernetes-list-type': 'atomic',
      },
      matchLabels: {
        additionalProperties: { type: 'string' },
        description:
          'matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\nmap is equivalent to an element of matchExpressions, whose key field is "key", the\noperator is "In", and the values array contains only "value". The requirements are ANDed.',
        type: 'object',
      },
    },
    type: 'object',
    'x-kubernetes-map-type': 'atomic',
  };
}

function conditionSchema(): JSONSchemaProps {
  return {
    description:
      'Condition contains details for one aspect of the current state of this API Resource.',
    properties: {
      lastTransitionTime: {
        description:
          'lastTransitionTime is the last time the condition transitioned from one status to another.\nThis should be when the underlying condition changed.  If that is not known, then using the time when the API field changed is acceptable.',
        format: 'date-time',
        type: 'string',
      },
      message: {
        description:
          'message is a human readable message indicating details about the transition.\nThis may be an empty string.',
        maxLength: 32768,
        type: 'string',
      },
      observedGeneration: {
        description:
          'observedGeneration represents the .metadata.generation that the condition was set based upon.\nFor instance, if .metadata.generation is currently 12, but the .status.conditions[x].observedGeneration is 9, the condition is out of date\nwith respect to the current state of the instance.',
        format: 'int64',
        minimum: 0,
        type: 'integer',
      },
      reason: {
        description:
          "reason contains a programmatic identifier indicating the reason for the condition's last transition.\nProducers of specific condition types may define expected values and meanings for this field,\nand whether the values are considered a guaranteed API.\nThe value should be a CamelCase string.\nThis field may not be empty.",
        maxLength: 1024,
        minLength: 1,
        pattern: '^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$',
        type: 'string',
      },
      status: {
        description: 'status of the condition, one of True, False, Unknown.',
        enum: ['True', 'False', 'Unknown'],
        type: 'string',
      },
      type: {
        description: 'type of condition in CamelCase or in foo.example.com/CamelCase.',
        maxLength: 316,
        pattern:
          '^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$',
        type: 'string',
      },
    },
    required: ['lastTransitionTime', 'message', 'reason', 'status', 'type'],
    type: 'object',
  };
}
