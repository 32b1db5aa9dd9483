import type { MarkerArgument, MarkerDefinition, ValueType } from '../types';
import {
  anyValue,
  boolValue,
  intValue,
  numberValue,
  oneOf,
  stringList,
  stringValue,
} from './value-types';

interface SchemaMarker {
  name: string;
  value?: ValueType;
  args?: Record<string, MarkerArgument>;
  repeatable?: boolean;
  help: string;
  deprecated?: string;
}

const xValidationArgs: Record<string, MarkerArgument> = {
  rule: { type: stringValue, help: 'CEL expression that must hold' },
  message: { type: stringValue, optional: true, help: 'message shown when the rule fails' },
  messageExpression: {
    type: stringValue,
    optional: true,
    help: 'CEL expression giving the message',
  },
  reason: {
    type: oneOf(
      'FieldValueRequired',
      'FieldValueInvalid',
      'FieldValueForbidden',
      'FieldValueDuplicate',
    ),
    optional: true,
    help: 'machine-readable reason of the failure',
  },
  fieldPath: {
    type: stringValue,
    optional: true,
    help: 'JSON path of the field the failure is reported on',
  },
  optionalOldSelf: {
    type: boolValue,
    optional: true,
    help: 'evaluate transition rules also when there is no old value',
  },
};

/** Reference 1.1: every schema-value marker, registered for fields and types, plain and as `items:`. */
const schemaMarkers: SchemaMarker[] = [
  { name: 'Maximum', value: numberValue, help: 'largest allowed value (`maximum`)' },
  { name: 'Minimum', value: numberValue, help: 'smallest allowed value (`minimum`)' },
  { name: 'ExclusiveMaximum', value: boolValue, help: 'the maximum itself is not allowed' },
  { name: 'ExclusiveMinimum', value: boolValue, help: 'the minimum itself is not allowed' },
  {
    name: 'MultipleOf',
    value: numberValue,
    help: 'the value must be a multiple of this (`multipleOf`)',
  },
  { name: 'MaxLength', value: intValue, help: 'longest allowed string (`maxLength`)' },
  { name: 'MinLength', value: intValue, help: 'shortest allowed string (`minLength`)' },
  {
    name: 'Pattern',
    value: stringValue,
    help: 'regular expression the string must match; quote it in back quotes',
  },
  { name: 'MaxItems', value: intValue, help: 'most items an array may have (`maxItems`)' },
  { name: 'MinItems', value: intValue, help: 'fewest items an array may have (`minItems`)' },
  {
    name: 'UniqueItems',
    value: boolValue,
    help: 'array items must be unique (prefer +listType=set in CRDs)',
  },
  {
    name: 'MaxProperties',
    value: intValue,
    help: 'most keys an object may have (`maxProperties`)',
  },
  {
    name: 'MinProperties',
    value: intValue,
    help: 'fewest keys an object may have (`minProperties`)',
  },
  {
    name: 'Enum',
    value: { type: 'list', of: anyValue },
    help: 'allowed values, `A;B;C` or `{A,B,C}`',
  },
  { name: 'Format', value: stringValue, help: 'OpenAPI format (int32, date-time, uri, …)' },
  {
    name: 'Type',
    value: oneOf('object', 'array', 'string', 'integer', 'number', 'boolean'),
    help: 'overrides the schema type derived from the TypeScript type',
  },
  {
    name: 'XPreserveUnknownFields',
    help: 'x-kubernetes-preserve-unknown-fields: true',
    deprecated: 'write +kubebuilder:pruning:PreserveUnknownFields',
  },
  { name: 'XEmbeddedResource', help: 'x-kubernetes-embedded-resource: true' },
  { name: 'XIntOrString', help: 'x-kubernetes-int-or-string: true (applied first)' },
  {
    name: 'XValidation',
    args: xValidationArgs,
    repeatable: true,
    help: 'appends a CEL rule to x-kubernetes-validations',
  },
];

function schemaDefinitions(): MarkerDefinition[] {
  const out: MarkerDefinition[] = [];
  for (const marker of schemaMarkers) {
    for (const prefix of ['kubebuilder:validation:', 'kubebuilder:validation:items:']) {
      const onItems = prefix.endsWith('items:');
      out.push({
        ...marker,
        name: prefix + marker.name,
        targets: ['type', 'field'],
        owner: 'validation',
        help: onItems ? `on the items of an array: ${marker.help}` : marker.help,
      });
    }
  }
  return out;
}

const oneOfMarkers: MarkerDefinition[] = [
  ['AtMostOneOf', 'at most one of the listed fields may be set'],
  ['ExactlyOneOf', 'exactly one of the listed fields must be set'],
  ['AtLeastOneOf', 'at least one of the listed fields must be set'],
].map(([name, help]) => ({
  name: `kubebuilder:validation:${name}`,
  targets: ['type'],
  value: stringList,
  repeatable: true,
  help: `${help} (CEL rule on the type)`,
  owner: 'validation',
}));

/** Validation markers: schema values, one-of groups, immutability. */
export const validationMarkers: readonly MarkerDefinition[] = [
  ...schemaDefinitions(),
  ...oneOfMarkers,
  {
    name: 'k8s:immutable',
    targets: ['field'],
    help: 'the field may not change once set (rule `self == oldSelf`)',
    owner: 'validation',
  },
];
