import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';
import type { ApiModel } from '@kubegen/model';
import { buildOpenApiDefinitions } from '@kubegen/schema';
import {
  compareStrings,
  referencedNames,
  type Definitions,
  type GroupVersionKind,
  type JsonValue,
  type SchemaObject,
} from './json';
import { MetaNames, metaDefinitions } from './meta-definitions';
import type { Route, ServedGroupVersion } from './routes';

/**
 * Every definition a document may draw from: the model's (from the schema core), then the
 * apimachinery catalogue for the names the model does not define, with
 * `x-kubernetes-group-version-kind` on every type registered in a served group-version.
 */
export function definitionPool(
  served: readonly ServedGroupVersion[],
  fromModel: Definitions,
  /** Whether the pool may share `fromModel`'s schemas (its caller neither keeps nor changes them). */
  owned = false,
): Definitions {
  const pool: Definitions = {
    ...metaDefinitions(),
    ...(owned ? fromModel : structuredClone(fromModel)),
  };
  for (const gv of served) {
    for (const type of gv.pkg.types) {
      if (!type.typeMeta) continue;
      const name = gv.definitionOf(type.name);
      const schema = pool[name];
      if (schema)
        pool[name] = withGvk(schema, [{ group: gv.group, kind: type.name, version: gv.version }]);
    }
  }
  // DeleteOptions and WatchEvent are registered in every group-version that serves resources.
  const crossRegistered = [
    ...served.map((gv) => ({ group: gv.group, version: gv.version })),
    { group: '', version: 'v1' },
  ];
  for (const name of [MetaNames.DeleteOptions, MetaNames.WatchEvent]) {
    const kind = name.slice(name.lastIndexOf('.') + 1);
    pool[name] = withGvk(
      pool[name]!,
      crossRegistered.map((gv) => ({ ...gv, kind })),
    );
  }
  return pool;
}

function withGvk(schema: SchemaObject, gvks: GroupVersionKind[]): SchemaObject {
  const seen = new Map<string, GroupVersionKind>();
  for (const gvk of gvks) seen.set(`${gvk.group}/${gvk.version}/${gvk.kind}`, gvk);
  const sorted = [...seen.values()].sort(
    (a, b) =>
      compareStrings(a.group, b.group) ||
      compareStrings(a.version, b.version) ||
      compareStrings(a.kind, b.kind),
  );
  return { ...schema, 'x-kubernetes-group-version-kind': sorted as unknown as JsonValue[] };
}

/** The definition names routes reference directly (bodies and responses), sorted. */
export function routeDefinitionNames(routes: readonly Route[]): string[] {
  const names = new Set<string>();
  for (const route of routes) {
    if (route.body) names.add(route.body.definition);
    for (const response of route.responses) if (response.definition) names.add(response.definition);
  }
  return [...names].sort(compareStrings);
}

/**
 * The definitions reachable from `roots`, as the API server emits only referenced ones; a name
 * nobody defines is an error naming who referenced it.
 */
export function reachableDefinitions(
  pool: Definitions,
  roots: readonly string[],
): { definitions: Definitions; diagnostics: Diagnostic[] } {
  const definitions: Definitions = {};
  const diagnostics: Diagnostic[] = [];
  const queue = roots.map((name) => ({ name, from: 'an operation' }));
  const missing = new Set<string>();
  while (queue.length > 0) {
    const { name, from } = queue.shift()!;
    if (definitions[name] || missing.has(name)) continue;
    const schema = pool[name];
    if (!schema) {
      missing.add(name);
      diagnostics.push(
        error(
          Codes.OpenApiMissingDefinition,
          `no OpenAPI definition named '${name}' (referenced by ${from})`,
          undefined,
          'declare the type in an API package or import it from @kubegen/runtime; kubegen publishes only the types it can see',
        ),
      );
      continue;
    }
    definitions[name] = schema;
    for (const ref of referencedNames(schema)) queue.push({ name: ref, from: `'${name}'` });
  }
  const sorted: Definitions = {};
  for (const name of Object.keys(definitions).sort(compareStrings))
    sorted[name] = definitions[name]!;
  return { definitions: sorted, diagnostics };
}

/** The model's definitions from the schema core (openapi-gen semantics, `#/definitions/` references). */
export function modelDefinitions(
  model: ApiModel,
  packages?: ReadonlySet<string>,
): {
  definitions: Definitions;
  diagnostics: Diagnostic[];
} {
  const built = buildOpenApiDefinitions(model, {}, packages);
  // JSONSchemaProps types `default` and `example` as unknown; the core builds them from JSON marker values.
  return {
    definitions: built.definitions as unknown as Definitions,
    diagnostics: built.diagnostics,
  };
}
