import {
  escapeRefName,
  isJsonObject,
  mapSchema,
  refName,
  type Definitions,
  type SchemaObject,
} from './json';
import { V3_OVERRIDES } from './meta-definitions';

/** Keys Swagger 2.0 schemas cannot hold; kube-apiserver drops them when it converts CRD schemas to v2. */
const NOT_IN_V2 = ['anyOf', 'oneOf', 'not', 'nullable'];

/**
 * A schema as `/openapi/v2` serves it: references under `#/definitions/`, every `default` pruned
 * (handler.PruneDefaults), nullable nodes reduced as the CRD v2 conversion does (no type, items or
 * properties, and out of their parent's `required`), `anyOf`/`oneOf`/`not` dropped, `allOf` wrappers
 * of a lone `$ref` unwrapped.
 */
export function toV2Schema(schema: SchemaObject): SchemaObject {
  // Two passes: parents read their children's `nullable` before it is stripped.
  const reduced = mapSchema(schema, (node) => {
    const out: SchemaObject = { ...node };
    delete out.default;
    if (typeof out.$ref === 'string')
      out.$ref = `#/definitions/${escapeRefName(refName(out.$ref))}`;
    const wrapped = loneRefOfAllOf(out);
    if (wrapped !== undefined) {
      delete out.allOf;
      out.$ref = `#/definitions/${escapeRefName(wrapped)}`;
    }
    if (out.nullable === true) {
      delete out.type;
      delete out.items;
      delete out.properties;
    }
    if (isJsonObject(out.properties) && Array.isArray(out.required)) {
      const properties = out.properties;
      const required = out.required.filter(
        (name) =>
          !(
            typeof name === 'string' &&
            isJsonObject(properties[name]) &&
            properties[name].nullable === true
          ),
      );
      if (required.length > 0) out.required = required;
      else delete out.required;
    }
    if (Array.isArray(out.allOf)) delete out.allOf;
    return out;
  });
  return mapSchema(reduced, stripV2Only);
}

function stripV2Only(node: SchemaObject): SchemaObject {
  const out = { ...node };
  for (const key of NOT_IN_V2) delete out[key];
  return out;
}

function loneRefOfAllOf(node: SchemaObject): string | undefined {
  const allOf = node.allOf;
  if (!Array.isArray(allOf) || allOf.length !== 1 || typeof node.$ref === 'string')
    return undefined;
  const only = allOf[0];
  if (!isJsonObject(only) || typeof only.$ref !== 'string' || Object.keys(only).length !== 1)
    return undefined;
  return refName(only.$ref);
}

/**
 * A schema as `/openapi/v3/…` serves it: references under `#/components/schemas/`, and a `$ref` with
 * siblings wrapped in `allOf` (kube-openapi's builder3 WrapRefs); defaults kept.
 */
export function toV3Schema(schema: SchemaObject): SchemaObject {
  return mapSchema(schema, (node) => {
    if (typeof node.$ref !== 'string') return node;
    const ref = `#/components/schemas/${escapeRefName(refName(node.$ref))}`;
    const { $ref: _ref, ...siblings } = node;
    return Object.keys(siblings).length === 0
      ? { $ref: ref }
      : { allOf: [{ $ref: ref }], ...siblings };
  });
}

/** All definitions in v2 form. */
export function toV2Definitions(definitions: Definitions): Definitions {
  const out: Definitions = {};
  for (const [name, schema] of Object.entries(definitions)) out[name] = toV2Schema(schema);
  return out;
}

/** All definitions in v3 form, with the v3-only shapes of Quantity and IntOrString. */
export function toV3Definitions(definitions: Definitions): Definitions {
  const out: Definitions = {};
  for (const [name, schema] of Object.entries(definitions))
    out[name] = toV3Schema(V3_OVERRIDES[name] ?? schema);
  return out;
}
