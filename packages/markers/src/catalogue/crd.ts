import type { MarkerDefinition } from '../types';
import { anyValue, intValue, oneOf, stringList, stringValue } from './value-types';

const listType = oneOf('atomic', 'set', 'map');
const mapType = oneOf('atomic', 'granular');

/** Reference 1.2: server-side-apply topology markers and their `k8s:` aliases. */
const topologyMarkers: MarkerDefinition[] = ['', 'k8s:'].flatMap((prefix): MarkerDefinition[] => [
  {
    name: `${prefix}listType`,
    targets: ['type', 'field'],
    value: listType,
    help: 'x-kubernetes-list-type of an array: atomic, set or map',
    owner: 'crd',
  },
  {
    name: `${prefix}listMapKey`,
    targets: ['type', 'field'],
    value: stringValue,
    repeatable: true,
    help: 'a key field of a listType=map array (repeat for compound keys)',
    owner: 'crd',
  },
  {
    name: `${prefix}mapType`,
    targets: ['type', 'field'],
    value: mapType,
    help: 'x-kubernetes-map-type of a map: atomic or granular',
    owner: 'crd',
  },
  {
    name: `${prefix}structType`,
    targets: ['type', 'field'],
    value: mapType,
    help: 'x-kubernetes-map-type of an object: atomic or granular',
    owner: 'crd',
  },
]);

/** Reference 1.3: markers on the root kind that shape the CustomResourceDefinition. */
const kindMarkers: MarkerDefinition[] = [
  {
    name: 'kubebuilder:resource',
    targets: ['type'],
    args: {
      path: { type: stringValue, optional: true, help: 'plural name' },
      singular: { type: stringValue, optional: true, help: 'singular name' },
      shortName: { type: stringList, optional: true, help: 'short names for kubectl' },
      categories: { type: stringList, optional: true, help: 'categories such as all' },
      scope: {
        type: oneOf('Namespaced', 'Cluster'),
        optional: true,
        help: 'Namespaced (default) or Cluster',
      },
    },
    help: 'names and scope of the CRD',
    owner: 'crd',
  },
  {
    name: 'kubebuilder:subresource:status',
    targets: ['type'],
    help: 'enables the status subresource',
    owner: 'crd',
  },
  {
    name: 'kubebuilder:subresource:scale',
    targets: ['type'],
    args: {
      specpath: { type: stringValue, help: 'JSON path of the desired replicas' },
      statuspath: { type: stringValue, help: 'JSON path of the observed replicas' },
      selectorpath: {
        type: stringValue,
        optional: true,
        help: 'JSON path of the label selector (string form)',
      },
    },
    help: 'enables the scale subresource',
    owner: 'crd',
  },
  {
    name: 'kubebuilder:printcolumn',
    targets: ['type'],
    args: {
      name: { type: stringValue, help: 'column title' },
      type: { type: oneOf('integer', 'number', 'string', 'boolean', 'date'), help: 'column type' },
      JSONPath: { type: stringValue, help: 'JSON path of the value shown' },
      description: { type: stringValue, optional: true, help: 'column description' },
      format: {
        type: oneOf('int32', 'int64', 'float', 'double', 'byte', 'date', 'date-time', 'password'),
        optional: true,
        help: 'column format',
      },
      priority: {
        type: intValue,
        optional: true,
        help: '0 shows the column by default, higher only with -o wide',
      },
    },
    repeatable: true,
    help: 'an additional printer column for kubectl get',
    owner: 'crd',
  },
  {
    name: 'kubebuilder:storageversion',
    targets: ['type'],
    help: 'this version is the storage version',
    owner: 'crd',
  },
  {
    name: 'kubebuilder:unservedversion',
    targets: ['type'],
    help: 'this version is not served',
    owner: 'crd',
  },
  {
    name: 'kubebuilder:deprecatedversion',
    targets: ['type'],
    args: {
      warning: {
        type: stringValue,
        optional: true,
        help: 'deprecation warning returned to clients',
      },
    },
    help: 'marks this version deprecated',
    owner: 'crd',
  },
  {
    name: 'kubebuilder:skipversion',
    targets: ['type'],
    help: 'leaves this version out of the CRD',
    owner: 'crd',
  },
  {
    name: 'kubebuilder:metadata',
    targets: ['type'],
    args: {
      annotations: { type: stringList, optional: true, help: '"key=value" annotations of the CRD' },
      labels: { type: stringList, optional: true, help: '"key=value" labels of the CRD' },
    },
    help: 'annotations and labels on the CRD object',
    owner: 'crd',
  },
  {
    name: 'kubebuilder:selectablefield',
    targets: ['type'],
    args: { JSONPath: { type: stringValue, help: 'JSON path of the field' } },
    repeatable: true,
    help: 'a field that field selectors may use',
    owner: 'crd',
  },
  {
    name: 'kubebuilder:skip',
    targets: ['package'],
    help: 'the CRD generator ignores this package',
    owner: 'crd',
  },
];

/** Field and type markers of the CRD schema that are not value validations. */
const schemaMarkers: MarkerDefinition[] = [
  {
    name: 'nullable',
    targets: ['field'],
    help: 'the field may be null (`nullable: true`)',
    owner: 'crd',
  },
  {
    name: 'kubebuilder:example',
    targets: ['field'],
    value: anyValue,
    help: 'an example value',
    owner: 'crd',
  },
  {
    name: 'kubebuilder:title',
    targets: ['type', 'field'],
    value: anyValue,
    help: 'schema title',
    owner: 'crd',
  },
  {
    name: 'kubebuilder:externalDocs',
    targets: ['type', 'field'],
    args: {
      url: {
        type: stringValue,
        help: 'URL of the documentation: absolute (https://…) or a path starting with /',
      },
      description: { type: stringValue, optional: true, help: 'what the link is' },
    },
    help: 'externalDocs of the schema',
    owner: 'crd',
  },
  {
    name: 'kubebuilder:validation:EmbeddedResource',
    targets: ['field'],
    help: 'the field holds a whole Kubernetes object (x-kubernetes-embedded-resource)',
    owner: 'crd',
  },
  {
    name: 'kubebuilder:validation:Schemaless',
    targets: ['field'],
    help: 'the schema is not derived from the type; other markers fill it',
    owner: 'crd',
  },
  {
    name: 'kubebuilder:pruning:PreserveUnknownFields',
    targets: ['type', 'field'],
    help: 'unknown fields are kept (x-kubernetes-preserve-unknown-fields)',
    owner: 'crd',
  },
  {
    name: 'k8s:enum',
    targets: ['type'],
    help: 'string enum of the type, from its values (on a type, not a field)',
    owner: 'crd',
  },
];

/** CRD markers: topology, kind-level CRD settings, schema extras. */
export const crdMarkers: readonly MarkerDefinition[] = [
  ...topologyMarkers,
  ...kindMarkers,
  ...schemaMarkers,
];
