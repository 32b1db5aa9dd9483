import type { MarkerDefinition } from '../types';
import { oneOf, stringValue } from './value-types';

/** conversion-gen tags of reference 1.8. */
export const conversionMarkers: readonly MarkerDefinition[] = [
  {
    name: 'k8s:conversion-gen',
    targets: ['package', 'type', 'field'],
    valueByTarget: { package: stringValue, type: oneOf('false'), field: oneOf('false') },
    repeatable: true,
    help: 'conversion-gen: the internal package on a package; false on a type or field opts it out',
    owner: 'conversion',
  },
  {
    name: 'k8s:conversion-gen-external-types',
    targets: ['package'],
    value: stringValue,
    help: 'the package holding the external types',
    owner: 'conversion',
  },
  {
    name: 'k8s:conversion-gen:explicit-from',
    targets: ['type'],
    value: stringValue,
    help: 'also generate a conversion from this type (net/url.Values)',
    owner: 'conversion',
  },
  {
    name: 'k8s:conversion-fn',
    targets: ['declaration'],
    value: oneOf('copy-only', 'drop'),
    help: 'on a hand-written conversion: copy-only (plain assignment) or drop (field dropped)',
    owner: 'conversion',
  },
];
