import type { JSONSchemaProps } from '@kubegen/schema';

/**
 * True when a simple JSONPath (`.spec.replicas`, `.status.conditions[?(@.type=="Ready")].status`, `.items[0].name`)
 * names a field the schema declares. Anything under `metadata` resolves (ObjectMeta is not spelled out in CRDs), and
 * so does anything under a free-form node.
 */
export function jsonPathResolves(schema: JSONSchemaProps, jsonPath: string): boolean {
  const steps = jsonPath.replace(/^\$/, '').match(/\.[^.[]+|\[[^\]]*\]/g);
  if (!steps || steps.join('') !== jsonPath.replace(/^\$/, '')) return false;
  let node: JSONSchemaProps | undefined = schema;
  for (const [i, step] of steps.entries()) {
    if (!node) return false;
    if (i === 0 && step === '.metadata') return true;
    if (node['x-kubernetes-preserve-unknown-fields']) return true;
    if (step.startsWith('[')) {
      node =
        node.type === 'array'
          ? node.items
          : typeof node.additionalProperties === 'object'
            ? node.additionalProperties
            : undefined;
    } else {
      const name = step.slice(1);
      node =
        node.properties?.[name] ??
        (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
    }
  }
  return node !== undefined;
}
