import type { Diagnostic, SourcePosition } from '@kubegen/diagnostics';

/** Which output a schema is built for: an inlined structural CRD schema, or named OpenAPI definitions with `$ref`s. */
export type SchemaFlavor = 'crd' | 'openapi';

/** One rule of `x-kubernetes-validations`. */
export interface ValidationRule {
  rule: string;
  message?: string;
  messageExpression?: string;
  reason?:
    'FieldValueRequired' | 'FieldValueInvalid' | 'FieldValueForbidden' | 'FieldValueDuplicate';
  fieldPath?: string;
  optionalOldSelf?: boolean;
}

/** One entry of kube-openapi's `x-kubernetes-unions`. */
export interface UnionExtension {
  discriminator?: string;
  'fields-to-discriminateBy': Record<string, string>;
}

/** One entry of `x-kubernetes-group-version-kind`. */
export interface GroupVersionKind {
  group: string;
  version: string;
  kind: string;
}

/** apiextensions.k8s.io/v1 JSONSchemaProps, with the `x-kubernetes-*` extensions and, in the openapi flavor only, `$ref`. */
export interface JSONSchemaProps {
  $ref?: string;
  description?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  format?: string;
  title?: string;
  default?: unknown;
  maximum?: number;
  exclusiveMaximum?: boolean;
  minimum?: number;
  exclusiveMinimum?: boolean;
  maxLength?: number;
  minLength?: number;
  pattern?: string;
  maxItems?: number;
  minItems?: number;
  uniqueItems?: boolean;
  multipleOf?: number;
  enum?: unknown[];
  maxProperties?: number;
  minProperties?: number;
  required?: string[];
  items?: JSONSchemaProps;
  allOf?: JSONSchemaProps[];
  oneOf?: JSONSchemaProps[];
  anyOf?: JSONSchemaProps[];
  not?: JSONSchemaProps;
  properties?: Record<string, JSONSchemaProps>;
  additionalProperties?: JSONSchemaProps | boolean;
  externalDocs?: { description?: string; url: string };
  example?: unknown;
  nullable?: boolean;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
  'x-kubernetes-embedded-resource'?: boolean;
  'x-kubernetes-int-or-string'?: boolean;
  'x-kubernetes-list-map-keys'?: string[];
  'x-kubernetes-list-type'?: 'atomic' | 'set' | 'map';
  'x-kubernetes-map-type'?: 'atomic' | 'granular';
  'x-kubernetes-validations'?: ValidationRule[];
  'x-kubernetes-patch-strategy'?: string;
  'x-kubernetes-patch-merge-key'?: string;
  'x-kubernetes-unions'?: UnionExtension[];
  'x-kubernetes-group-version-kind'?: GroupVersionKind[];
}

/** Where a schema node, or one of its validation rules, came from in the sources. */
export interface SchemaOrigin {
  /** The field or type that produced the node. */
  position: SourcePosition;
  /** What to call it in messages: `CookbookSpec.title`, `Recipe`. */
  label: string;
  /** Position of the marker of each `x-kubernetes-validations` entry, by index. */
  rulePositions?: SourcePosition[];
}

/** Options of both builders. */
export interface SchemaOptions {
  /** Allow `float32`, `float64` and bare `number` in CRD schemas, as controller-gen's `crd:allowDangerousTypes`. */
  allowDangerousTypes?: boolean;
  /** Longest description kept; longer ones are cut and end in `...`; 0 drops descriptions (controller-gen's `maxDescLen`). */
  maxDescLen?: number;
  /**
   * In CRD schemas, an ObjectMeta below the root (a template's `metadata`) lists name, namespace, labels, annotations
   * and finalizers instead of being a bare object the API server prunes (controller-gen's
   * `crd:generateEmbeddedObjectMeta`). The root `metadata` of a kind stays `{type: object}`.
   */
  generateEmbeddedObjectMeta?: boolean;
}

export interface CrdSchemaResult {
  schema: JSONSchemaProps;
  diagnostics: Diagnostic[];
  /** Source of every node built from a field or type, for checks that run on the schema afterwards (CEL rules). */
  origins: WeakMap<object, SchemaOrigin>;
}

export interface OpenApiDefinitionsResult {
  /** Definitions keyed by Kubernetes definition name, sorted by name. */
  definitions: Record<string, JSONSchemaProps>;
  diagnostics: Diagnostic[];
}
