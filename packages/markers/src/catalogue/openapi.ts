import type { MarkerDefinition, ValueType } from '../types';
import { boolValue, intValue, numberValue, rawValue, stringValue } from './value-types';

const flag = (
  name: string,
  targets: MarkerDefinition['targets'],
  help: string,
): MarkerDefinition => ({
  name,
  targets,
  help,
  owner: 'openapi',
});

/** kube-openapi's `+k8s:validation:<keyword>=<value>` value validations (reference 1.9). */
const openapiValidations: [string, ValueType][] = [
  ['nullable', boolValue],
  ['format', stringValue],
  ['maximum', numberValue],
  ['exclusiveMaximum', boolValue],
  ['minimum', numberValue],
  ['exclusiveMinimum', boolValue],
  ['maxLength', intValue],
  ['minLength', intValue],
  ['pattern', stringValue],
  ['maxItems', intValue],
  ['minItems', intValue],
  ['uniqueItems', boolValue],
  ['multipleOf', numberValue],
  ['enum', { type: 'json' }],
  ['maxProperties', intValue],
  ['minProperties', intValue],
];

/** openapi-gen tags (reference 1.8, 1.9). */
export const openapiMarkers: readonly MarkerDefinition[] = [
  {
    name: 'k8s:openapi-gen',
    targets: ['package', 'type', 'field'],
    value: rawValue,
    help: 'true or false to include or exclude; x-kubernetes-<name>:<value> adds an extension',
    owner: 'openapi',
  },
  {
    name: 'k8s:openapi-model-package',
    targets: ['package'],
    value: stringValue,
    help: 'dotted prefix of the OpenAPI definition names',
    owner: 'openapi',
  },
  {
    name: 'patchStrategy',
    targets: ['field'],
    value: rawValue,
    help: 'x-kubernetes-patch-strategy: merge, retainKeys or merge,retainKeys',
    owner: 'openapi',
  },
  {
    name: 'patchMergeKey',
    targets: ['field'],
    value: stringValue,
    help: 'x-kubernetes-patch-merge-key: the key field of merged items',
    owner: 'openapi',
  },
  flag('union', ['type'], 'the type is a union (x-kubernetes-unions)'),
  flag('unionDiscriminator', ['field'], 'the field names which union member is set'),
  flag('unionDeprecated', ['field'], 'the field is a member of a member-level union'),
  flag('enum', ['type'], 'every use of this string type gets its values as enum'),
  {
    name: 'validations',
    targets: ['field'],
    value: rawValue,
    help: 'legacy x-kubernetes-validations (prefer +kubebuilder:validation:XValidation)',
    owner: 'openapi',
  },
  ...openapiValidations.map(([keyword, value]): MarkerDefinition => ({
    name: `k8s:validation:${keyword}`,
    targets: ['type', 'field'],
    value,
    help: `OpenAPI \`${keyword}\` of the schema (kube-openapi)`,
    owner: 'openapi',
  })),
];
