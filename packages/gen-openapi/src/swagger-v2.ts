import type { ApiModel } from '@kubegen/model';
import { reachableDefinitions, routeDefinitionNames } from './definitions';
import {
  DEFAULT_INFO,
  documentInput,
  unknownGroupVersion,
  type DocumentOptions,
  type DocumentResult,
} from './document-input';
import { compareStrings, escapeRefName, sortKeys, type JsonObject, type JsonValue } from './json';
import { planPaths, type PlannedOperation } from './path-plan';
import type { RouteParameter } from './parameters';
import { toV2Definitions } from './schema-forms';

/** Parameters kube-apiserver never moves to the shared `parameters` section. */
const NEVER_SHARED = new Set(['name', 'dryRun', 'fieldValidation']);
const APIMACHINERY = 'io.k8s.apimachinery.';

/**
 * The Swagger 2.0 document `/openapi/v2` serves for the model: every route of every served
 * group-version, shared parameters under `#/parameters/<name>-<hash>`, only referenced definitions,
 * defaults pruned. `groupVersion` (`group/version`) keeps only that group-version's routes.
 */
export function buildSwaggerV2(
  model: ApiModel,
  options: DocumentOptions & { groupVersion?: string },
): DocumentResult {
  const { groupVersion } = options;
  const input = documentInput(
    model,
    options,
    groupVersion === undefined ? undefined : (gv) => `${gv.group}/${gv.version}` === groupVersion,
  );
  if (groupVersion !== undefined && input.served.length === 0)
    return { document: {}, diagnostics: [unknownGroupVersion(model, groupVersion, options.style)] };
  const { paths, diagnostics } = planPaths(input.routes);
  const shared = new SharedParameters();
  const pathItems: JsonObject = {};
  for (const planned of paths) {
    const item: JsonObject = {};
    for (const operation of planned.operations)
      item[operation.route.method] = v2Operation(operation, shared);
    if (planned.parameters.length > 0)
      item.parameters = planned.parameters.map((p) => shared.use(v2Parameter(p), p.name));
    pathItems[planned.path] = item;
  }
  const reachable = reachableDefinitions(input.pool, routeDefinitionNames(input.routes));
  const document: JsonObject = {
    definitions: toV2Definitions(reachable.definitions),
    info: { ...(options.info ?? DEFAULT_INFO) },
    parameters: shared.section(),
    paths: pathItems,
    swagger: '2.0',
  };
  return {
    document: sortKeys(document) as JsonObject,
    diagnostics: [...input.diagnostics, ...diagnostics, ...reachable.diagnostics],
  };
}

function v2Operation(operation: PlannedOperation, shared: SharedParameters): JsonObject {
  const { route } = operation;
  const parameters: JsonValue[] = [];
  const body = route.body
    ? {
        in: 'body',
        name: 'body',
        ...(route.body.required ? { required: true } : {}),
        schema: { $ref: definitionRef(route.body.definition) },
      }
    : undefined;
  const all: { name: string; value: JsonObject; shareable: boolean }[] = operation.parameters.map(
    (p) => ({ name: p.name, value: v2Parameter(p), shareable: true }),
  );
  if (body && route.body)
    all.push({
      name: 'body',
      value: body,
      shareable: route.body.definition.startsWith(APIMACHINERY),
    });
  all.sort((a, b) => compareStrings(a.name, b.name));
  for (const p of all) parameters.push(p.shareable ? shared.use(p.value, p.name) : p.value);
  const responses: JsonObject = {};
  for (const response of route.responses) {
    responses[response.code] = response.definition
      ? { description: response.description, schema: { $ref: definitionRef(response.definition) } }
      : { description: response.description };
  }
  return {
    consumes: route.consumes,
    description: route.description,
    operationId: operation.operationId,
    ...(parameters.length > 0 ? { parameters } : {}),
    produces: route.produces,
    responses,
    schemes: ['https'],
    tags: [operation.tag],
    ...(route.action ? { 'x-kubernetes-action': route.action } : {}),
    ...(route.gvk ? { 'x-kubernetes-group-version-kind': { ...route.gvk } } : {}),
  };
}

function v2Parameter(p: RouteParameter): JsonObject {
  return {
    description: p.description,
    in: p.in,
    name: p.name,
    ...(p.required ? { required: true } : {}),
    type: p.type,
    uniqueItems: true,
  };
}

function definitionRef(name: string): string {
  return `#/definitions/${escapeRefName(name)}`;
}

/** The document's shared `parameters` section, keyed `<name>-<hash of the parameter>` as kube-openapi keys it. */
class SharedParameters {
  private readonly byKey = new Map<string, JsonObject>();

  /** The parameter itself if it is never shared, else a `$ref` to its shared entry. */
  use(parameter: JsonObject, name: string): JsonObject {
    if (NEVER_SHARED.has(name)) return parameter;
    const key = `${name}-${parameterHash(parameter)}`;
    this.byKey.set(key, parameter);
    return { $ref: `#/parameters/${key}` };
  }

  section(): JsonObject {
    const out: JsonObject = {};
    for (const key of [...this.byKey.keys()].sort(compareStrings)) out[key] = this.byKey.get(key)!;
    return out;
  }
}

/** 8 url-safe base64 characters of a 64-bit FNV-1a hash of the parameter's sorted-key JSON. */
export function parameterHash(parameter: JsonObject): string {
  const bytes = Buffer.from(JSON.stringify(sortKeys(parameter)), 'utf8');
  let hash = 0xcbf29ce484222325n;
  for (const byte of bytes) hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  const digest = Buffer.alloc(8);
  digest.writeBigUInt64BE(hash);
  return digest.subarray(0, 6).toString('base64url');
}
