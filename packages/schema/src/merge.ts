import type { JSONSchemaProps } from './types';

/** Keywords where the field's value replaces the type's, as controller-gen's flattener does. */
const FIELD_WINS = new Set<keyof JSONSchemaProps>([
  'description',
  'title',
  'example',
  'externalDocs',
  'default',
  'nullable',
  'enum',
  'format',
  'type',
  'x-kubernetes-list-type',
  'x-kubernetes-list-map-keys',
  'x-kubernetes-map-type',
  'x-kubernetes-preserve-unknown-fields',
  'x-kubernetes-embedded-resource',
  'x-kubernetes-int-or-string',
  'x-kubernetes-patch-strategy',
  'x-kubernetes-patch-merge-key',
  'anyOf',
]);

/**
 * Merges a field's marker-made schema onto the schema of the type it uses (controller-gen's flattening of a `$ref`
 * with siblings): non-conflicting keywords are merged, a value validation both set differently is hoisted into
 * `allOf: [type's, field's]`, rules concatenate field first, `required` is the sorted union. Returns a new object.
 */
export function mergeFieldOntoType(base: JSONSchemaProps, field: JSONSchemaProps): JSONSchemaProps {
  const out: JSONSchemaProps = { ...base };
  const typeBranch: Record<string, unknown> = {};
  const fieldBranch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(field) as [keyof JSONSchemaProps, unknown][]) {
    const existing = out[key];
    if (existing === undefined || FIELD_WINS.has(key)) {
      (out as Record<string, unknown>)[key] = value;
    } else if (key === 'x-kubernetes-validations') {
      out[key] = [...(field[key] ?? []), ...(base[key] ?? [])];
    } else if (key === 'required') {
      out.required = [...new Set([...(base.required ?? []), ...(field.required ?? [])])].sort();
    } else if (key === 'items' && base.items && field.items) {
      out.items = mergeFieldOntoType(base.items, field.items);
    } else if (JSON.stringify(existing) !== JSON.stringify(value)) {
      typeBranch[key] = existing;
      fieldBranch[key] = value;
      delete (out as Record<string, unknown>)[key];
    }
  }
  if (Object.keys(fieldBranch).length > 0) {
    out.allOf = [
      ...(base.allOf ?? []),
      typeBranch as JSONSchemaProps,
      fieldBranch as JSONSchemaProps,
    ];
  }
  return out;
}
