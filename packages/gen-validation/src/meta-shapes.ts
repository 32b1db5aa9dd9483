import type { ParsedMarker } from '@kubegen/markers';
import type { ApiField, ApiType, TypeRef } from '@kubegen/model';

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

/**
 * LabelSelector and Condition as struct types of their own, so that each file checks them in one
 * function (`check_LabelSelector`) instead of inline at every use: kinds use them everywhere.
 */
export const META_STRUCTS: ReadonlyMap<string, ApiType> = new Map(
  (
    [
      ['LabelSelector', LABEL_SELECTOR],
      ['Condition', CONDITION],
    ] as const
  ).map(([name, ref]) => {
    const type: ApiType = {
      name,
      package: '@kubegen/runtime',
      id: `@kubegen/runtime#${name}`,
      file: '@kubegen/runtime',
      module: '@kubegen/runtime',
      doc: '',
      markers: [],
      position: NOWHERE,
      shape: { form: 'struct', fields: ref.ref === 'struct' ? ref.fields : [], embedded: [] },
      typeMeta: false,
    };
    return [name, type];
  }),
);

/** The meta struct types (`META_STRUCTS`) that `refs` reach, through arrays, maps and inline structs. */
export function metaStructsIn(refs: readonly TypeRef[]): ApiType[] {
  const found = new Map<string, ApiType>();
  const visit = (ref: TypeRef): void => {
    if (ref.ref === 'meta') {
      const type = META_STRUCTS.get(ref.name);
      if (type) found.set(type.id, type);
    } else if (ref.ref === 'array') visit(ref.items);
    else if (ref.ref === 'map') visit(ref.values);
    else if (ref.ref === 'struct') ref.fields.forEach((f) => visit(f.type));
  };
  refs.forEach(visit);
  return [...found.values()];
}

/** The pattern of a Quantity string, as in the CRD schema controller-gen writes for resource.Quantity. */
export const QUANTITY_PATTERN =
  '^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$';
