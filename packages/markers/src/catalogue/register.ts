import type { MarkerDefinition } from '../types';
import { boolValue, rawValue, stringValue } from './value-types';

/** register-gen activation and prerelease-lifecycle-gen tags of reference 1.8. */
export const registerMarkers: readonly MarkerDefinition[] = [
  {
    name: 'k8s:register-gen',
    targets: ['package'],
    value: boolValue,
    help: 'turns registration code on or off for the package',
    owner: 'register',
  },
  {
    name: 'k8s:prerelease-lifecycle-gen',
    targets: ['package', 'type'],
    value: boolValue,
    help: 'generate API lifecycle (introduced/deprecated/removed) functions',
    owner: 'register',
  },
  ...(['introduced', 'deprecated', 'removed'] as const).map((stage): MarkerDefinition => ({
    name: `k8s:prerelease-lifecycle-gen:${stage}`,
    targets: ['type'],
    value: stringValue,
    help: `Kubernetes release the type was ${stage} in, e.g. 1.20`,
    owner: 'register',
  })),
  {
    name: 'k8s:prerelease-lifecycle-gen:replacement',
    targets: ['type'],
    value: rawValue,
    help: 'group,version,Kind that replaces the type',
    owner: 'register',
  },
];
