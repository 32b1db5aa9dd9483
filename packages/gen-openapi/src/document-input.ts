import { Codes, error, warning, type Diagnostic } from '@kubegen/diagnostics';
import type { ApiModel } from '@kubegen/model';
import { definitionPool, modelDefinitions } from './definitions';
import type { Definitions } from './json';
import {
  groupVersionRoutes,
  servedGroupVersions,
  servedKinds,
  type Route,
  type ServedGroupVersion,
  type ServingStyle,
} from './routes';

/** Options of the whole-document builders. */
export interface DocumentOptions {
  /** The model's definitions by name; default: the schema core's `buildOpenApiDefinitions`. */
  definitions?: Definitions;
  /** How groups are served; `auto` (default): a group with custom subresources as an aggregated API server, else as CRDs. */
  style?: ServingStyle | 'auto';
  /** The document's `info`; default `{title: 'Kubernetes', version: 'unversioned'}`. */
  info?: { title: string; version: string };
}

/** A built document and what went wrong building it. */
export interface DocumentResult {
  document: Record<string, unknown>;
  diagnostics: Diagnostic[];
}

/** The default `info` of a document. */
export const DEFAULT_INFO = { title: 'Kubernetes', version: 'unversioned' };

/** What every document is built from: the served group-versions, their routes and the definition pool. */
export interface DocumentInput {
  served: ServedGroupVersion[];
  routes: Route[];
  pool: Definitions;
  diagnostics: Diagnostic[];
}

/** Collects the served group-versions (all, or those `select` keeps), their routes and the definitions. */
export function documentInput(
  model: ApiModel,
  options: DocumentOptions,
  select?: (gv: ServedGroupVersion) => boolean,
): DocumentInput {
  const all = servedGroupVersions(model, options.style);
  const served = select ? all.filter(select) : all;
  const fromModel = options.definitions
    ? { definitions: options.definitions, diagnostics: [] }
    : modelDefinitions(model);
  const diagnostics: Diagnostic[] = [...fromModel.diagnostics];
  for (const gv of served) {
    if (gv.style !== 'crd') continue;
    for (const type of servedKinds(gv.pkg)) {
      for (const custom of type.kind.subresources.custom) {
        diagnostics.push(
          warning(
            Codes.OpenApiSubresourceNotServed,
            `${type.kind.plural}/${custom.path} is left out of the OpenAPI document: ${gv.group}/${gv.version} is served as CRDs, which serve only status and scale`,
            type.position,
            "serve the group from an aggregated API server (style 'aggregated'), or drop the +subresource:request marker",
          ),
        );
      }
    }
  }
  // Every version of an aggregated group brings `/apis/<group>/`; the group serves it once.
  const seen = new Set<string>();
  const routes = served.flatMap(groupVersionRoutes).filter((r) => {
    const key = `${r.method} ${r.path}`;
    if (r.routeName !== 'getAPIGroup') return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { served, routes, pool: definitionPool(served, fromModel.definitions), diagnostics };
}

/** The error for a `group/version` the model does not serve, listing those it does. */
export function unknownGroupVersion(
  model: ApiModel,
  groupVersion: string,
  style: DocumentOptions['style'],
): Diagnostic {
  const known = servedGroupVersions(model, style).map((gv) => `${gv.group}/${gv.version}`);
  return error(
    Codes.OpenApiUnknownGroupVersion,
    `the project serves no group-version '${groupVersion}'`,
    undefined,
    known.length > 0
      ? `write one of: ${known.join(', ')}`
      : 'the project declares no API package with +groupName',
  );
}
