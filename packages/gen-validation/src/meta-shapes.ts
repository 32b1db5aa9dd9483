import type { ParsedMarker } from '@kubegen/markers';
import type { ApiField, TypeRef } from '@kubegen/model';

/*
 * The object-shaped meta types, as the schemas the Go tools publish for them (metav1.LabelSelector,
 * metav1.Condition with its kubebuilder markers), written as inline structs so that one writer checks them.
 */

const NOWHERE = { file: '@kubegen/runtime', line: 1, column: 1 };

function marker(name: string, value: ParsedMarker['value']): ParsedMarker {
  return { name: `kubebuilder:validation:${name}`, value, text: `${name}=${String(value)}`, position: NOWHERE };
}

function field(name: string, type: TypeRef, required: boolean, markers: ParsedMarker[] = []): ApiField {
  return { name, doc: '', markers, position: NOWHERE, optional: !required, required, nullable: false, type };
}

const string: TypeRef = { ref: 'scalar', scalar: 'string' };

/** metav1.LabelSelector. */
export const LABEL_SELECTOR: TypeRef = {
  ref: 'struct',
  fields: [
    field(
      'matchExpressions',
      {
        ref: 'array',
        items: {
          ref: 'struct',
          fields: [
            field('key', string, true),
            field('operator', string, true),
            field('values', { ref: 'array', items: string }, false),
          ],
        },
      },
      false,
    ),
    field('matchLabels', { ref: 'map', values: string }, false),
  ],
};

/** metav1.Condition, with the markers it has in apimachinery. */
export const CONDITION: TypeRef = {
  ref: 'struct',
  fields: [
    field('type', string, true, [
      marker('MaxLength', 316),
      marker('Pattern', '^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$'),
    ]),
    field('status', { ref: 'enum', values: ['True', 'False', 'Unknown'] }, true),
    field('observedGeneration', { ref: 'scalar', scalar: 'int64' }, false, [marker('Minimum', 0)]),
    field('lastTransitionTime', { ref: 'meta', name: 'Time' }, true),
    field('reason', string, true, [
      marker('MaxLength', 1024),
      marker('MinLength', 1),
      marker('Pattern', '^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$'),
    ]),
    field('message', string, true, [marker('MaxLength', 32768)]),
  ],
};

/** The pattern of a Quantity string, as in the CRD schema controller-gen writes for resource.Quantity. */
export const QUANTITY_PATTERN =
  '^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$';
