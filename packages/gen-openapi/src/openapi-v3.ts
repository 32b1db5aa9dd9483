import { createHash } from 'node:crypto';
import type { Diagnostic } from '@kubegen/diagnostics';
import type { ApiModel } from '@kubegen/model';
import { modelDefinitions, reachableDefinitions, routeDefinitionNames } from './definitions';
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
import { servedGroupVersions } from './routes';
import { toV3Definitions } from './schema-forms';

/** `apis/<group>/<version>` (or `api/<version>`): the key of a group-version in `/openapi/v3`. */
export function groupVersionPath(group: string, version: string): string {
  return group === '' ? `api/${version}` : `apis/${group}/${version}`;
}

/**
 * The OpenAPI 3.0 document `/openapi/v3/apis/<group>/<version>` serves: the routes of that
 * group-version only, `$ref` siblings wrapped in `allOf`, defaults kept. `groupVersion` is `group/version`.
 */
export function buildOpenApiV3(
  model: ApiModel,
  groupVersion: string,
  options: DocumentOptions,
): DocumentResult {
  const input = documentInput(model, options, (gv) => `${gv.group}/${gv.version}` === groupVersion);
  if (input.served.length === 0)
    return { document: {}, diagnostics: [unknownGroupVersion(model, groupVersion, options.style)] };
  // `/apis/<group>/` is the group's own document (`apis/<group>`), not this group-version's.
  const routes = input.routes.filter((r) => r.routeName !== 'getAPIGroup');
  const { paths, diagnostics } = planPaths(routes);
  const pathItems: JsonObject = {};
  for (const planned of paths) {
    const item: JsonObject = {};
    for (const operation of planned.operations)
      item[operation.route.method] = v3Operation(operation);
    if (planned.parameters.length > 0) item.parameters = planned.parameters.map(v3Parameter);
    pathItems[planned.path] = item;
  }
  const reachable = reachableDefinitions(input.pool, routeDefinitionNames(routes));
  const document: JsonObject = {
    components: { schemas: toV3Definitions(reachable.definitions) },
    info: { ...(options.info ?? DEFAULT_INFO) },
    openapi: '3.0.0',
    paths: pathItems,
  };
  return {
    document: sortKeys(document) as JsonObject,
    diagnostics: [...input.diagnostics, ...diagnostics, ...reachable.diagnostics],
  };
}

/** Every group-version's v3 document keyed by its discovery path, and the `/openapi/v3` index of them. */
export interface OpenApiV3Documents {
  /** `apis/<group>/<version>` → document, sorted by key. */
  documents: Record<string, Record<string, unknown>>;
  /** The `/openapi/v3` discovery document. */
  discovery: Record<string, unknown>;
  diagnostics: Diagnostic[];
}

/** Builds the v3 document of every served group-version and the discovery index that points at them. */
export function buildOpenApiV3Documents(
  model: ApiModel,
  options: DocumentOptions,
): OpenApiV3Documents {
  const documents: Record<string, Record<string, unknown>> = {};
  const discoveryPaths: JsonObject = {};
  const fromModel = options.definitions
    ? { definitions: options.definitions, diagnostics: [] }
    : modelDefinitions(model);
  const diagnostics: Diagnostic[] = [...fromModel.diagnostics];
  for (const gv of servedGroupVersions(model, options.style)) {
    const key = groupVersionPath(gv.group, gv.version);
    const built = buildOpenApiV3(model, `${gv.group}/${gv.version}`, {
      ...options,
      definitions: fromModel.definitions,
    });
    documents[key] = built.document;
    diagnostics.push(...built.diagnostics);
    discoveryPaths[key] = {
      serverRelativeURL: `/openapi/v3/${key}?hash=${documentHash(serializeDocument(built.document))}`,
    };
  }
  return { documents, discovery: { paths: discoveryPaths }, diagnostics: dedupe(diagnostics) };
}

/**
 * The `/openapi/v3` discovery document: `{paths: {"apis/<g>/<v>": {serverRelativeURL: "/openapi/v3/apis/<g>/<v>?hash=<H>"}}}`,
 * where H is the upper-case hex SHA-512 of the document's text as `serializeDocument` writes it.
 */
export function buildOpenApiV3Discovery(model: ApiModel, options: DocumentOptions): DocumentResult {
  const { discovery, diagnostics } = buildOpenApiV3Documents(model, options);
  return { document: discovery, diagnostics };
}

/** The text of a document as kubegen writes and hashes it: two-space JSON and a final newline. */
export function serializeDocument(document: Record<string, unknown>): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Upper-case hex SHA-512 of a text, as kube-apiserver's ETag and `?hash=` carry it. */
export function documentHash(text: string): string {
  return createHash('sha512').update(text).digest('hex').toUpperCase();
}

function v3Operation(operation: PlannedOperation): JsonObject {
  const { route } = operation;
  const responses: JsonObject = {};
  for (const response of route.responses) {
    responses[response.code] = response.definition
      ? {
          content: mediaTypes(route.produces, response.definition),
          description: response.description,
        }
      : { description: response.description };
  }
  const parameters = operation.parameters.map(v3Parameter);
  return {
    description: route.description,
    operationId: operation.operationId,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.body
      ? {
          requestBody: {
            content: mediaTypes(route.consumes, route.body.definition),
            ...(route.body.required ? { required: true } : {}),
          },
        }
      : {}),
    responses,
    tags: [operation.tag],
    ...(route.action ? { 'x-kubernetes-action': route.action } : {}),
    ...(route.gvk ? { 'x-kubernetes-group-version-kind': { ...route.gvk } } : {}),
  };
}

function mediaTypes(types: readonly string[], definition: string): JsonObject {
  const content: JsonObject = {};
  for (const type of types)
    content[type] = { schema: { $ref: `#/components/schemas/${escapeRefName(definition)}` } };
  return content;
}

function v3Parameter(p: RouteParameter): JsonValue {
  return {
    description: p.description,
    in: p.in,
    name: p.name,
    ...(p.required ? { required: true } : {}),
    schema: { type: p.type, uniqueItems: true },
  };
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics
    .filter((d) => {
      const key = JSON.stringify(d);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => compareStrings(a.code, b.code) || compareStrings(a.message, b.message));
}
