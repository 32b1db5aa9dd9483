import type { MarkerDefinition } from '../types';
import { stringList, stringValue } from './value-types';

/** Reference 1.6: `+kubebuilder:rbac`. */
export const rbacMarkers: readonly MarkerDefinition[] = [
  {
    name: 'kubebuilder:rbac',
    targets: ['package', 'declaration'],
    args: {
      groups: {
        type: stringList,
        optional: true,
        help: 'API groups ("" or core for the core group)',
      },
      resources: {
        type: stringList,
        optional: true,
        help: 'resources, e.g. deployments;deployments/status',
      },
      resourceNames: { type: stringList, optional: true, help: 'names of single objects' },
      verbs: { type: stringList, help: 'verbs, e.g. get;list;watch' },
      urls: { type: stringList, optional: true, help: 'non-resource URLs' },
      namespace: {
        type: stringValue,
        optional: true,
        help: 'put the rule in a Role of this namespace',
      },
      roleName: { type: stringValue, optional: true, help: 'name of the role the rule goes into' },
    },
    repeatable: true,
    help: 'an RBAC rule the controller needs',
    owner: 'rbac',
  },
];
