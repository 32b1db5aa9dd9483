import { error, type Diagnostic } from '@kubegen/diagnostics';
import type { ApiModel, ApiType } from '@kubegen/model';
import { SchemaBuilder } from './builder';
import { checkStructuralSchema } from './structural';
import { limitDescriptions } from './descriptions';
import type { CrdSchemaResult, JSONSchemaProps, SchemaOptions, SchemaOrigin } from './types';

/** Options of `buildCrdSchema`. */
export interface CrdSchemaOptions extends SchemaOptions {
  /** The version has the status subresource (restricts the root schema's keywords). */
  statusSubresource?: boolean;
}

/**
 * The inlined structural schema (`openAPIV3Schema`) of one kind, with controller-gen's semantics, checked against
 * the API server's structural-schema rules; every violation is reported at the field or type that caused it.
 */
export function buildCrdSchema(
  model: ApiModel,
  kind: ApiType,
  options: CrdSchemaOptions = {},
): CrdSchemaResult {
  const builder = new SchemaBuilder(model, 'crd', options);
  const schema = builder.rootSchema(kind);
  const diagnostics: Diagnostic[] = [...builder.diagnostics];
  for (const v of checkStructuralSchema(schema, { statusSubresource: options.statusSubresource })) {
    const origin = nearestOrigin(v.nodes, builder.origins) ?? {
      position: kind.position,
      label: kind.name,
    };
    diagnostics.push(
      error(v.code, `${origin.label} (${v.path}): ${v.message}`, origin.position, v.hint),
    );
  }
  if (options.maxDescLen !== undefined) limitDescriptions(schema, options.maxDescLen);
  return { schema, diagnostics: dedupe(diagnostics), origins: builder.origins };
}

function nearestOrigin(
  nodes: JSONSchemaProps[],
  origins: WeakMap<object, SchemaOrigin>,
): SchemaOrigin | undefined {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const origin = origins.get(nodes[i]);
    if (origin) return origin;
  }
  return undefined;
}

/** A type used in several places reports the same problem once per place; identical diagnostics are kept once. */
function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = JSON.stringify([d.code, d.message, d.position]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
