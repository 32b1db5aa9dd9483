import type { MarkerDefinition } from '../types';
import { boolValue, oneOf, rawValue } from './value-types';

/** Reference 1.5 and deepcopy-gen tags of 1.8. */
export const deepcopyMarkers: readonly MarkerDefinition[] = [
  {
    name: 'kubebuilder:object:generate',
    targets: ['package', 'type'],
    value: boolValue,
    help: 'generate deep copies for the package / this type (true or false)',
    owner: 'deepcopy',
  },
  {
    name: 'kubebuilder:object:root',
    targets: ['type'],
    value: boolValue,
    help: 'the type is a root object (runtime.Object)',
    owner: 'deepcopy',
  },
  {
    name: 'k8s:deepcopy-gen',
    targets: ['package', 'type'],
    valueByTarget: { package: oneOf('package'), type: oneOf('true', 'false') },
    help: 'deepcopy-gen: package on a package, true or false on a type',
    owner: 'deepcopy',
  },
  {
    name: 'k8s:deepcopy-gen:interfaces',
    targets: ['type'],
    value: rawValue,
    help: 'interfaces the deep copy implements, e.g. k8s.io/apimachinery/pkg/runtime.Object',
    owner: 'deepcopy',
  },
  {
    name: 'k8s:deepcopy-gen:nonpointer-interfaces',
    targets: ['type'],
    value: boolValue,
    help: 'the interface methods take a value receiver',
    owner: 'deepcopy',
  },
];
