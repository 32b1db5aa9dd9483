import type { JSONSchemaProps } from './types';

/** controller-gen's `maxDescLen`: 0 drops every description, otherwise longer ones are cut and end in `...`. */
export function limitDescriptions(schema: JSONSchemaProps, maxDescLen: number): void {
  if (schema.description !== undefined) {
    if (maxDescLen === 0) delete schema.description;
    else if (schema.description.length > maxDescLen)
      schema.description = `${schema.description.slice(0, maxDescLen)}...`;
  }
  for (const child of Object.values(schema.properties ?? {})) limitDescriptions(child, maxDescLen);
  if (schema.items) limitDescriptions(schema.items, maxDescLen);
  if (typeof schema.additionalProperties === 'object')
    limitDescriptions(schema.additionalProperties, maxDescLen);
}
