import type { SourcePosition } from '@kubegen/diagnostics';
import type { ApiField } from './types';

const API_CONVENTIONS =
  'https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md';

/** The fields `extends TypeMeta` inlines, with Kubernetes' descriptions, in Go's order (kind, then apiVersion). */
export function typeMetaFields(position: SourcePosition): ApiField[] {
  const field = (name: string, doc: string): ApiField => ({
    name,
    doc,
    markers: [],
    position,
    optional: true,
    required: false,
    nullable: false,
    type: { ref: 'scalar', scalar: 'string' },
    inheritedFrom: 'TypeMeta',
  });
  return [
    field(
      'kind',
      'Kind is a string value representing the REST resource this object represents.\nServers may infer this from the endpoint the client submits requests to.\nCannot be updated.\nIn CamelCase.\n' +
        `More info: ${API_CONVENTIONS}#types-kinds`,
    ),
    field(
      'apiVersion',
      'APIVersion defines the versioned schema of this representation of an object.\nServers should convert recognized schemas to the latest internal value, and\nmay reject unrecognized values.\n' +
        `More info: ${API_CONVENTIONS}#resources`,
    ),
  ];
}
