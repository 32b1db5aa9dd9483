import type { MarkerDefinition } from '../types';
import { stringValue } from './value-types';

/** Markers the model reads itself: package identity, requiredness, apiserver-builder resources. */
export const modelMarkers: readonly MarkerDefinition[] = [
  {
    name: 'groupName',
    targets: ['package'],
    value: stringValue,
    help: 'API group of the package',
    owner: 'model',
  },
  {
    name: 'versionName',
    targets: ['package'],
    value: stringValue,
    help: 'API version of the package (default: the folder name)',
    owner: 'model',
  },
  {
    name: 'kubebuilder:validation:Optional',
    targets: ['package', 'field'],
    conflicts: ['kubebuilder:validation:Required'],
    help: 'fields are optional (on a package: by default)',
    owner: 'model',
  },
  {
    name: 'kubebuilder:validation:Required',
    targets: ['package', 'field'],
    conflicts: ['kubebuilder:validation:Optional'],
    help: 'fields are required (on a package: by default)',
    owner: 'model',
  },
  {
    name: 'optional',
    targets: ['field'],
    conflicts: ['required'],
    help: 'the field is optional',
    owner: 'model',
  },
  {
    name: 'required',
    targets: ['field'],
    conflicts: ['optional'],
    help: 'the field is required',
    owner: 'model',
  },
  {
    name: 'k8s:optional',
    targets: ['field'],
    conflicts: ['k8s:required'],
    help: 'the field is optional',
    owner: 'model',
  },
  {
    name: 'k8s:required',
    targets: ['field'],
    conflicts: ['k8s:optional'],
    help: 'the field is required',
    owner: 'model',
  },
  {
    name: 'subresource',
    targets: ['type'],
    args: {
      request: { type: stringValue, help: 'the kind the subresource takes and returns' },
      path: { type: stringValue, help: 'the subresource path under the resource' },
      kind: { type: stringValue, help: 'the kind of the subresource' },
      rest: { type: stringValue, optional: true, help: 'name of the REST handler' },
    },
    repeatable: true,
    help: 'a custom subresource of this kind (apiserver-builder)',
    owner: 'model',
  },
  {
    name: 'subresource-request',
    targets: ['type'],
    help: 'this type is the body of a custom subresource (apiserver-builder)',
    owner: 'model',
  },
  {
    name: 'resource',
    targets: ['type'],
    args: {
      path: { type: stringValue, help: 'plural name' },
      strategy: { type: stringValue, optional: true, help: 'name of the strategy' },
      rest: { type: stringValue, optional: true, help: 'name of the REST handler' },
      shortname: { type: stringValue, optional: true, help: 'short name for kubectl' },
    },
    help: 'the resource of this kind (apiserver-builder; prefer +kubebuilder:resource)',
    owner: 'model',
  },
];
