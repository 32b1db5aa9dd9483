import type { MarkerDefinition } from '../types';
import { anyValue, oneOf, stringValue } from './value-types';

/** Defaulting markers: controller-gen's and defaulter-gen's. */
export const defaultsMarkers: readonly MarkerDefinition[] = [
  {
    name: 'kubebuilder:default',
    targets: ['field'],
    value: anyValue,
    help: 'default value in marker syntax; wins over +default',
    owner: 'defaults',
  },
  {
    name: 'default',
    targets: ['type', 'field'],
    value: { type: 'json', allowRef: true },
    help: 'default value as JSON, or ref(Name) of an exported const',
    owner: 'defaults',
  },
  {
    name: 'k8s:defaulter-gen',
    targets: ['package', 'type', 'declaration'],
    valueByTarget: {
      package: stringValue,
      type: oneOf('true', 'false'),
      declaration: oneOf('covers'),
    },
    repeatable: true,
    help: 'defaulter-gen: a field name (TypeMeta) on a package, true or false on a type, covers on a hook',
    owner: 'defaults',
  },
  {
    name: 'k8s:defaulter-gen-input',
    targets: ['package'],
    value: stringValue,
    help: 'the package whose types are defaulted here',
    owner: 'defaults',
  },
];
