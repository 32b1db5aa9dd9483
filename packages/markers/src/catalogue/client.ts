import type { MarkerDefinition } from '../types';
import { rawValue, stringValue } from './value-types';

const flag = (name: string, help: string): MarkerDefinition => ({
  name,
  targets: ['type'],
  help,
  owner: 'client',
});

/** client-gen tags of reference 1.8. */
export const clientMarkers: readonly MarkerDefinition[] = [
  flag('genclient', 'generate a typed client for this kind'),
  flag('genclient:nonNamespaced', 'the kind is cluster-scoped'),
  flag('genclient:noVerbs', 'no CRUD methods'),
  flag('genclient:noStatus', 'no UpdateStatus/ApplyStatus'),
  flag('genclient:readonly', 'only get, list and watch'),
  {
    name: 'genclient:onlyVerbs',
    targets: ['type'],
    value: rawValue,
    help: 'only these verbs, e.g. create,get',
    owner: 'client',
  },
  {
    name: 'genclient:skipVerbs',
    targets: ['type'],
    value: rawValue,
    help: 'all verbs but these, e.g. watch',
    owner: 'client',
  },
  {
    name: 'genclient:method',
    targets: ['type'],
    value: rawValue,
    repeatable: true,
    help: 'an extra method: Name,verb=<v>[,subresource=<s>][,input=<T>][,result=<T>]',
    owner: 'client',
  },
  {
    name: 'groupGoName',
    targets: ['package'],
    value: stringValue,
    help: 'identifier of the group in client code',
    owner: 'client',
  },
];
