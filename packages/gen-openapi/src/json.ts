/** A JSON value, as the documents hold them. */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };

/**
 * One OpenAPI schema (a definition or a node of one). Loose on purpose: definitions come from the
 * schema core, from the meta catalogue here, and carry `x-kubernetes-*` extensions of any shape.
 */
export type SchemaObject = JsonObject;

/** Definitions by name (`io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta`, `com.example.demo.v1beta1.Foo`). */
export type Definitions = Record<string, SchemaObject>;

/** `x-kubernetes-group-version-kind` entry. */
export interface GroupVersionKind {
  group: string;
  version: string;
  kind: string;
}

/** Whether a value is a JSON object (not an array, not null). */
export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of an object with its keys in code-point order, recursively: output is byte-stable. */
export function sortKeys(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isJsonObject(value)) return value;
  const sorted: JsonObject = {};
  for (const key of Object.keys(value).sort(compareStrings)) sorted[key] = sortKeys(value[key]!);
  return sorted;
}

/** Code-point string order, locale-independent. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions']);
const SCHEMA_VALUES = new Set(['additionalProperties', 'items', 'not', 'allOf', 'anyOf', 'oneOf']);

/**
 * Rewrites every schema node of a tree bottom-up with `visit`, which receives the node with its
 * sub-schemas already rewritten. Schema-aware: a property named `default` or `$ref` is a property,
 * and `default`/`example`/`enum` values are data, never visited.
 */
export function mapSchema(
  schema: SchemaObject,
  visit: (node: SchemaObject) => SchemaObject,
): SchemaObject {
  const out: SchemaObject = {};
  for (const [key, child] of Object.entries(schema)) {
    if (SCHEMA_MAPS.has(key) && isJsonObject(child)) {
      const map: JsonObject = {};
      for (const [name, sub] of Object.entries(child)) map[name] = mapValue(sub, visit);
      out[key] = map;
    } else if (SCHEMA_VALUES.has(key)) {
      out[key] = Array.isArray(child)
        ? child.map((c) => mapValue(c, visit))
        : mapValue(child, visit);
    } else {
      out[key] = child;
    }
  }
  return visit(out);
}

function mapValue(value: JsonValue, visit: (node: SchemaObject) => SchemaObject): JsonValue {
  return isJsonObject(value) ? mapSchema(value, visit) : value;
}

/** Every `$ref` target name in a schema tree (the part after the last `/`, unescaped). */
export function referencedNames(schema: SchemaObject): string[] {
  const names: string[] = [];
  mapSchema(schema, (node) => {
    if (typeof node.$ref === 'string') names.push(refName(node.$ref));
    return node;
  });
  return names;
}

/** The definition name a `$ref` points at, for either document version. */
export function refName(ref: string): string {
  const name = ref.slice(ref.lastIndexOf('/') + 1);
  return name.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The JSON-pointer escaped form of a definition name. */
export function escapeRefName(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}
