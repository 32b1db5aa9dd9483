/*
 * kube-openapi's deduplicateParameters (pkg/builder/parameters.go), which kube-apiserver runs on
 * every /openapi/v2 document: each distinct parameter moves to the top-level `parameters` section
 * under `<name>-<hash>`, and every use becomes a `$ref`. Clients and diff tools key on those
 * names, so they are computed exactly as Go computes them: FNV-1 (not FNV-1a) 64 over Go's JSON
 * of spec.Parameter, the first 6 bytes of the big-endian sum in URL-safe base64.
 */
import { isJsonObject, type JsonObject, type JsonValue } from './json';

/** The operations kube-openapi walks, in its order (the order does not change the result). */
const OPERATION_KEYS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];

/**
 * spec.Parameter's JSON keys in the order Go writes them: the inlined CommonValidations,
 * SimpleSchema and ParamProps structs, then `$ref`; `x-` extensions follow, sorted.
 */
const GO_PARAMETER_KEYS = [
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'multipleOf',
  'enum',
  'type',
  'nullable',
  'format',
  'items',
  'collectionFormat',
  'default',
  'example',
  'description',
  'name',
  'in',
  'required',
  'schema',
  'allowEmptyValue',
  '$ref',
];

const GO_BOOL_KEYS = new Set([
  'exclusiveMaximum',
  'exclusiveMinimum',
  'uniqueItems',
  'nullable',
  'required',
  'allowEmptyValue',
]);

/**
 * Moves every shareable parameter of `paths` (a v2 `paths` object) to a shared section, as
 * kube-apiserver does; `paths` is not changed. Every parameter is shared, even one used once,
 * except those kube-openapi keeps inline (see `keptInline`).
 */
export function shareParameters(paths: JsonObject): { paths: JsonObject; parameters: JsonObject } {
  const byJson = new Map<string, JsonObject>();
  forEachParameterList(paths, (list) => {
    for (const p of list) if (isShareable(p)) byJson.set(goParameterJson(p), p);
  });
  const names = nameSharedParameters(byJson);
  const parameters: JsonObject = {};
  for (const [json, name] of names) parameters[name] = byJson.get(json)!;
  const rewritten = mapParameterLists(paths, (list) =>
    list.map((p) => {
      const name = isShareable(p) ? names.get(goParameterJson(p)) : undefined;
      return name === undefined ? p : { $ref: `#/parameters/${name}` };
    }),
  );
  return { paths: rewritten, parameters };
}

/**
 * kube-openapi's names: `<name>-<hash>` in the byte order of the parameters' JSON; on a (never
 * seen) clash the later parameter gets `<name>-1`, `<name>-2`, … instead.
 */
function nameSharedParameters(byJson: Map<string, JsonObject>): Map<string, string> {
  const keys = [...byJson.keys()].sort((a, b) => Buffer.compare(utf8(a), utf8(b)));
  const taken = new Set<string>();
  const names = new Map<string, string>();
  for (const json of keys) {
    const base = stringField(byJson.get(json)!, 'name') || 'param';
    let name = `${base}-${parameterHash(json)}`;
    for (let i = 1; taken.has(name); i++) name = `${base}-${i}`;
    taken.add(name);
    names.set(json, name);
  }
  return names;
}

/**
 * What kube-openapi never shares: `name` path/query parameters (their description names the
 * kind), `fieldValidation` and `dryRun` (kubectl looked for them inline to detect server support),
 * a body whose schema is not an apimachinery type (it is the kind's own), and `$ref`s.
 */
function isShareable(p: JsonObject): boolean {
  const name = stringField(p, 'name');
  const place = stringField(p, 'in');
  if (stringField(p, '$ref') !== '') return false;
  if ((place === 'query' || place === 'path') && name === 'name') return false;
  if (place === 'query' && (name === 'fieldValidation' || name === 'dryRun')) return false;
  const schema = p.schema;
  if (isJsonObject(schema) && place === 'body' && name === 'body') {
    return stringField(schema, '$ref').startsWith('#/definitions/io.k8s.apimachinery');
  }
  return true;
}

/** The 8-character suffix kube-openapi gives the shared parameter whose Go JSON is `json`. */
export function parameterHash(json: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of utf8(json)) hash = BigInt.asUintN(64, hash * 0x100000001b3n) ^ BigInt(byte);
  const sum = Buffer.alloc(8);
  sum.writeBigUInt64BE(hash);
  return sum.subarray(0, 6).toString('base64url');
}

/**
 * The bytes Go's `json.Marshal(&parameter)` writes: fields in struct order, zero values omitted,
 * and (encoding/json compacting the Marshaler's output with HTML escaping on) `<`, `>`, `&`,
 * U+2028 and U+2029 written as `\u` escapes. A nested `schema` keeps its own key order: ours are
 * only ever `{$ref}`.
 */
export function goParameterJson(p: JsonObject): string {
  const ordered: JsonObject = {};
  const extensions = Object.keys(p)
    .filter((k) => /^x-/i.test(k))
    .sort();
  for (const key of [...GO_PARAMETER_KEYS, ...extensions]) {
    const value = p[key];
    if (value !== undefined && !omittedByGo(key, value)) ordered[key] = value;
  }
  return JSON.stringify(ordered).replace(/[<>&\u2028\u2029]/g, (c) => {
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** Go's bool fields (`omitzero`) drop `false`; the rest (`omitempty`) drop null, "", [] and {}. */
function omittedByGo(key: string, value: JsonValue): boolean {
  if (GO_BOOL_KEYS.has(key)) return value === false;
  if (value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return isJsonObject(value) && Object.keys(value).length === 0;
}

function forEachParameterList(paths: JsonObject, visit: (list: JsonObject[]) => void): void {
  mapParameterLists(paths, (list) => {
    visit(list);
    return list;
  });
}

/** A copy of `paths` with every operation's and path item's parameter list replaced by `map`'s. */
function mapParameterLists(
  paths: JsonObject,
  map: (list: JsonObject[]) => JsonObject[],
): JsonObject {
  const out: JsonObject = {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isJsonObject(item)) {
      out[path] = item;
      continue;
    }
    const copy: JsonObject = { ...item };
    for (const key of OPERATION_KEYS) {
      const operation = item[key];
      if (isJsonObject(operation) && Array.isArray(operation.parameters))
        copy[key] = { ...operation, parameters: map(objects(operation.parameters)) };
    }
    if (Array.isArray(item.parameters)) copy.parameters = map(objects(item.parameters));
    out[path] = copy;
  }
  return out;
}

function objects(list: JsonValue[]): JsonObject[] {
  return list.filter(isJsonObject);
}

function stringField(o: JsonObject, key: string): string {
  const value = o[key];
  return typeof value === 'string' ? value : '';
}

function utf8(text: string): Buffer {
  return Buffer.from(text, 'utf8');
}
