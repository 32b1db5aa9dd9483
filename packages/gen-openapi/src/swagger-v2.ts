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
import { shareParameters } from './shared-parameters';

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
  const pathItems: JsonObject = {};
  for (const planned of paths) {
    const item: JsonObject = {};
    for (const operation of planned.operations)
      item[operation.route.method] = v2Operation(operation);
    if (planned.parameters.length > 0) item.parameters = planned.parameters.map(v2Parameter);
    pathItems[planned.path] = item;
  }
  const shared = shareParameters(pathItems);
  const reachable = reachableDefinitions(input.pool, routeDefinitionNames(input.routes));
  const document: JsonObject = {
    definitions: toV2Definitions(reachable.definitions),
    info: { ...(options.info ?? DEFAULT_INFO) },
    parameters: shared.parameters,
    paths: shared.paths,
    swagger: '2.0',
  };
  return {
    document: sortKeys(document) as JsonObject,
    diagnostics: [...input.diagnostics, ...diagnostics, ...reachable.diagnostics],
  };
}

function v2Operation(operation: PlannedOperation): JsonObject {
  const { route } = operation;
  const all: { name: string; value: JsonObject }[] = operation.parameters.map((p) => ({
    name: p.name,
    value: v2Parameter(p),
  }));
  if (route.body)
    all.push({
      name: 'body',
      value: {
        in: 'body',
        name: 'body',
        ...(route.body.required ? { required: true } : {}),
        schema: { $ref: definitionRef(route.body.definition) },
      },
    });
  all.sort((a, b) => compareStrings(a.name, b.name));
  const parameters: JsonValue[] = all.map((p) => p.value);
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
