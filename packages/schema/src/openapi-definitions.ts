import type { ApiModel, ApiType } from '@kubegen/model';
import { packageAt } from './model-index';
import { SchemaBuilder, type BuilderOptions } from './builder';
import { limitDescriptions } from './descriptions';
import { definitionName } from './names';
import type { JSONSchemaProps, OpenApiDefinitionsResult } from './types';

/**
 * One named definition per type of every external (served) version and every type they reach, with openapi-gen's
 * semantics: `$ref`s between named structs (`#/definitions/` unless `refPrefix` says otherwise), int → int32,
 * forced zero defaults, re-flowed descriptions, `x-kubernetes-group-version-kind` on kinds and their lists. The
 * meta types are referenced by their `io.k8s.apimachinery…` names, not defined here.
 */
export function buildOpenApiDefinitions(
  model: ApiModel,
  options: BuilderOptions = {},
  packages?: ReadonlySet<string>,
): OpenApiDefinitionsResult {
  const builder = new SchemaBuilder(model, 'openapi', options);
  const entries: [string, JSONSchemaProps][] = [];
  // `packages` (dirs) limits the work to what a scoped run can reach; external types are always built.
  const external = model.packages.filter((p) => !p.internal && (!packages || packages.has(p.dir)));
  const types: ApiType[] = [...external.flatMap((p) => p.types), ...model.externalTypes];
  for (const type of types) {
    if (type.shape.form !== 'struct') continue;
    const schema = builder.typeSchema(type);
    const gvk = groupVersionKind(model, type);
    if (gvk) schema['x-kubernetes-group-version-kind'] = [gvk];
    if (options.maxDescLen !== undefined) limitDescriptions(schema, options.maxDescLen);
    entries.push([definitionName(model, type), schema]);
  }
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { definitions: Object.fromEntries(entries), diagnostics: builder.diagnostics };
}

function groupVersionKind(model: ApiModel, type: ApiType) {
  const pkg = packageAt(model, type.package);
  if (!pkg || pkg.internal) return undefined;
  const kind = type.kind?.kind ?? (type.listOf ? type.name : undefined);
  return kind ? { group: pkg.group, kind, version: pkg.version } : undefined;
}
