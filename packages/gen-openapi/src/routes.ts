import type { SourcePosition } from '@kubegen/diagnostics';
import type { ApiModel, ApiPackage, ApiType, KindInfo } from '@kubegen/model';
import type { GroupVersionKind } from './json';
import { MetaNames } from './meta-definitions';
import { definitionName } from '@kubegen/schema';
import { modelName, upperFirst } from './naming';
import {
  DELETE_COLLECTION_OPTIONS,
  DELETE_OPTIONS,
  GET_OPTIONS,
  LIST_OPTIONS,
  NAMESPACE,
  PATCH_OPTIONS,
  PRETTY,
  WRITE_OPTIONS,
  nameParameter,
  type RouteParameter,
} from './parameters';

/**
 * Who serves a group: `crd` — kube-apiserver's apiextensions builder (no watch routes, json/yaml only);
 * `aggregated` — a generic apiserver's installer (watch routes, protobuf, custom subresources, discovery).
 */
export type ServingStyle = 'crd' | 'aggregated';

/** HTTP methods operations hang under. */
export type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';

/** One response of a route. */
export interface RouteResponse {
  code: string;
  description: string;
  /** Definition name of the body, if any. */
  definition?: string;
}

/** One operation kube-apiserver serves, independent of the document version. */
export interface Route {
  path: string;
  method: Method;
  /** The installer's name before the operationId rewrite: `listNamespacedFoo`. */
  routeName: string;
  description: string;
  action?: string;
  gvk?: GroupVersionKind;
  consumes: string[];
  produces: string[];
  /** Query and path parameters; the body is `body`. */
  parameters: RouteParameter[];
  body?: { definition: string; required: boolean };
  responses: RouteResponse[];
  /** The kind that brought the route, for diagnostics. */
  position?: SourcePosition;
}

/** A served group-version: its kinds and how it is served. */
export interface ServedGroupVersion {
  group: string;
  version: string;
  style: ServingStyle;
  /** The external package that declares it. */
  pkg: ApiPackage;
  /** The definition name of a type of the package, as the schema core names it. */
  definitionOf(typeName: string): string;
}

const JSON_YAML = ['application/json', 'application/yaml'];
const PROTOBUF = 'application/vnd.kubernetes.protobuf';
const INSTALLER_PRODUCES = [...JSON_YAML, PROTOBUF];
const INSTALLER_STREAMING = [
  ...INSTALLER_PRODUCES,
  'application/json;stream=watch',
  `${PROTOBUF};stream=watch`,
];
const CRD_PATCH = [
  'application/json-patch+json',
  'application/merge-patch+json',
  'application/apply-patch+yaml',
];
const INSTALLER_PATCH = [
  'application/json-patch+json',
  'application/merge-patch+json',
  'application/strategic-merge-patch+json',
  'application/apply-patch+yaml',
];
const UNAUTHORIZED: RouteResponse = { code: '401', description: 'Unauthorized' };

/**
 * The group-versions a model serves, sorted by group then version. `style` decides how: `auto` (the
 * default) serves a group with custom subresources as an aggregated API server, any other as CRDs.
 */
export function servedGroupVersions(
  model: ApiModel,
  style: ServingStyle | 'auto' = 'auto',
): ServedGroupVersion[] {
  const external = model.packages.filter((p) => !p.internal && p.group !== undefined);
  const aggregatedGroups = new Set(
    external
      .filter((p) => p.types.some((t) => (t.kind?.subresources.custom.length ?? 0) > 0))
      .map((p) => p.group),
  );
  return external
    .map((pkg) => ({
      group: pkg.group,
      version: pkg.version,
      pkg,
      definitionOf(typeName: string): string {
        const type = pkg.types.find((t) => t.name === typeName);
        return type ? definitionName(model, type) : modelName(pkg.group, pkg.version, typeName);
      },
      style:
        style !== 'auto'
          ? style
          : aggregatedGroups.has(pkg.group)
            ? ('aggregated' as const)
            : ('crd' as const),
    }))
    .sort((a, b) =>
      a.group !== b.group
        ? a.group < b.group
          ? -1
          : 1
        : a.version < b.version
          ? -1
          : a.version > b.version
            ? 1
            : 0,
    );
}

/** The root path of a group-version: `/apis/<group>/<version>`, or `/api/<version>` for the core group. */
export function groupVersionRoot(group: string, version: string): string {
  return group === '' ? `/api/${version}` : `/apis/${group}/${version}`;
}

/** The kinds of a served package, sorted by kind. */
export function servedKinds(pkg: ApiPackage): (ApiType & { kind: KindInfo })[] {
  return pkg.types
    .filter((t): t is ApiType & { kind: KindInfo } => t.kind !== undefined)
    .sort((a, b) => (a.kind.kind < b.kind.kind ? -1 : a.kind.kind > b.kind.kind ? 1 : 0));
}

/** Every route of one group-version, in path then method order. */
export function groupVersionRoutes(served: ServedGroupVersion): Route[] {
  const routes: Route[] = [];
  if (served.style === 'aggregated') routes.push(...discoveryRoutes(served));
  for (const type of servedKinds(served.pkg))
    routes.push(...resourceRoutes(served, type).map((r) => ({ ...r, position: type.position })));
  return routes.sort((a, b) =>
    a.path !== b.path
      ? a.path < b.path
        ? -1
        : 1
      : a.method < b.method
        ? -1
        : a.method > b.method
          ? 1
          : 0,
  );
}

function discoveryRoutes(served: ServedGroupVersion): Route[] {
  const routes: Route[] = [];
  const common = {
    method: 'get' as const,
    consumes: INSTALLER_PRODUCES,
    produces: INSTALLER_PRODUCES,
    parameters: [],
  };
  if (served.group !== '') {
    routes.push({
      ...common,
      path: `/apis/${served.group}/`,
      routeName: 'getAPIGroup',
      description: 'get information of a group',
      responses: [{ code: '200', description: 'OK', definition: MetaNames.APIGroup }, UNAUTHORIZED],
    });
  }
  routes.push({
    ...common,
    path: `${groupVersionRoot(served.group, served.version)}/`,
    routeName: 'getAPIResources',
    description: 'get available resources',
    responses: [
      { code: '200', description: 'OK', definition: MetaNames.APIResourceList },
      UNAUTHORIZED,
    ],
  });
  return routes;
}

interface ResourceContext {
  served: ServedGroupVersion;
  kind: KindInfo;
  crd: boolean;
  namespaced: boolean;
  gvk: GroupVersionKind;
  object: string;
  list: string;
  /** `Namespaced` on namespaced kinds' namespaced routes. */
  scope: string;
  scopeParameters: RouteParameter[];
}

function resourceRoutes(served: ServedGroupVersion, type: ApiType & { kind: KindInfo }): Route[] {
  const { kind } = type;
  const namespaced = kind.scope === 'Namespaced';
  const context: ResourceContext = {
    served,
    kind,
    crd: served.style === 'crd',
    namespaced,
    gvk: { group: served.group, kind: kind.kind, version: served.version },
    object: served.definitionOf(type.name),
    list: served.definitionOf(kind.listKind),
    scope: namespaced ? 'Namespaced' : '',
    scopeParameters: namespaced ? [NAMESPACE] : [],
  };
  const root = groupVersionRoot(served.group, served.version);
  const collection = `${root}${namespaced ? '/namespaces/{namespace}' : ''}/${kind.plural}`;
  const item = `${collection}/{name}`;
  const routes = [
    ...collectionRoutes(context, collection),
    ...itemRoutes(context, item),
    ...watchRoutes(context, root),
  ];
  if (namespaced)
    routes.push(
      listRoute(context, `${root}/${kind.plural}`, `list${kind.kind}ForAllNamespaces`, []),
    );
  if (kind.subresources.status)
    routes.push(...subresourceRoutes(context, item, 'status', context.object, context.gvk));
  if (kind.subresources.scale) {
    const scaleGvk = { group: 'autoscaling', kind: 'Scale', version: 'v1' };
    routes.push(...subresourceRoutes(context, item, 'scale', MetaNames.Scale, scaleGvk));
  }
  if (!context.crd)
    for (const custom of kind.subresources.custom)
      routes.push(customSubresourceRoute(context, item, custom.path, custom.kind));
  return routes;
}

function base(
  context: ResourceContext,
  path: string,
  routeName: string,
  parameters: readonly RouteParameter[],
): Pick<Route, 'path' | 'routeName' | 'gvk' | 'consumes' | 'produces' | 'parameters'> {
  return {
    path,
    routeName,
    gvk: context.gvk,
    consumes: context.crd ? JSON_YAML : ['*/*'],
    produces: context.crd ? JSON_YAML : INSTALLER_PRODUCES,
    parameters: [PRETTY, ...parameters],
  };
}

function ok(definition: string, ...more: ('201' | '202')[]): RouteResponse[] {
  const extra: Record<string, string> = { '201': 'Created', '202': 'Accepted' };
  return [
    { code: '200', description: 'OK', definition },
    ...more.map((code) => ({ code, description: extra[code]!, definition })),
    UNAUTHORIZED,
  ];
}

function listRoute(
  context: ResourceContext,
  path: string,
  routeName: string,
  scopeParameters: RouteParameter[],
): Route {
  return {
    ...base(context, path, routeName, [...scopeParameters, ...LIST_OPTIONS]),
    method: 'get',
    description: `${context.crd ? 'list' : 'list or watch'} objects of kind ${context.kind.kind}`,
    action: 'list',
    produces: context.crd ? JSON_YAML : INSTALLER_STREAMING,
    responses: ok(context.list),
  };
}

function collectionRoutes(context: ResourceContext, path: string): Route[] {
  const { kind, scope, scopeParameters } = context;
  const name = `${scope}${kind.kind}`;
  return [
    listRoute(context, path, `list${name}`, scopeParameters),
    {
      ...base(context, path, `create${name}`, [...scopeParameters, ...WRITE_OPTIONS]),
      method: 'post',
      description: `create a ${kind.kind}`,
      action: 'post',
      body: { definition: context.object, required: true },
      responses: ok(context.object, '201', '202'),
    },
    {
      ...base(context, path, `deletecollection${name}`, [
        ...scopeParameters,
        ...(context.crd ? LIST_OPTIONS : DELETE_COLLECTION_OPTIONS),
      ]),
      method: 'delete',
      description: `delete collection of ${kind.kind}`,
      action: 'deletecollection',
      ...(context.crd ? {} : { body: { definition: MetaNames.DeleteOptions, required: false } }),
      responses: ok(MetaNames.Status),
    },
  ];
}

function itemRoutes(context: ResourceContext, path: string): Route[] {
  const { kind, scope, scopeParameters } = context;
  const name = `${scope}${kind.kind}`;
  const itemParameters = [nameParameter(kind.kind), ...scopeParameters];
  return [
    {
      ...base(context, path, `read${name}`, [
        ...itemParameters,
        ...(context.crd ? GET_OPTIONS : []),
      ]),
      method: 'get',
      description: `read the specified ${kind.kind}`,
      action: 'get',
      responses: ok(context.object),
    },
    {
      ...base(context, path, `replace${name}`, [...itemParameters, ...WRITE_OPTIONS]),
      method: 'put',
      description: `replace the specified ${kind.kind}`,
      action: 'put',
      body: { definition: context.object, required: true },
      responses: ok(context.object, '201'),
    },
    {
      ...base(context, path, `patch${name}`, [...itemParameters, ...PATCH_OPTIONS]),
      method: 'patch',
      description: `partially update the specified ${kind.kind}`,
      action: 'patch',
      consumes: context.crd ? CRD_PATCH : INSTALLER_PATCH,
      body: { definition: MetaNames.Patch, required: true },
      responses: ok(context.object, '201'),
    },
    {
      ...base(context, path, `delete${name}`, [...itemParameters, ...DELETE_OPTIONS]),
      method: 'delete',
      description: `delete a ${kind.kind}`,
      action: 'delete',
      body: { definition: MetaNames.DeleteOptions, required: false },
      responses: ok(MetaNames.Status, '202'),
    },
  ];
}

/** The installer's deprecated `/watch/…` routes; CRDs publish none. */
function watchRoutes(context: ResourceContext, root: string): Route[] {
  if (context.crd) return [];
  const { kind, namespaced } = context;
  const watch = (
    path: string,
    routeName: string,
    parameters: RouteParameter[],
    list: boolean,
  ): Route => ({
    ...base(context, path, routeName, [...parameters, ...LIST_OPTIONS]),
    method: 'get',
    description: list
      ? `watch individual changes to a list of ${kind.kind}. deprecated: use the 'watch' parameter with a list operation instead.`
      : `watch changes to an object of kind ${kind.kind}. deprecated: use the 'watch' parameter with a list operation instead, filtered to a single item with the 'fieldSelector' parameter.`,
    action: list ? 'watchlist' : 'watch',
    produces: INSTALLER_STREAMING,
    responses: ok(MetaNames.WatchEvent),
  });
  const collection = `${root}/watch${namespaced ? '/namespaces/{namespace}' : ''}/${kind.plural}`;
  const routes = [
    watch(collection, `watch${context.scope}${kind.kind}List`, context.scopeParameters, true),
    watch(
      `${collection}/{name}`,
      `watch${context.scope}${kind.kind}`,
      [nameParameter(kind.kind), ...context.scopeParameters],
      false,
    ),
  ];
  if (namespaced)
    routes.push(
      watch(`${root}/watch/${kind.plural}`, `watch${kind.kind}ListForAllNamespaces`, [], true),
    );
  return routes;
}

function subresourceRoutes(
  context: ResourceContext,
  item: string,
  sub: 'status' | 'scale',
  definition: string,
  gvk: GroupVersionKind,
): Route[] {
  const { kind, scope, scopeParameters } = context;
  const name = `${scope}${kind.kind}${upperFirst(sub)}`;
  const path = `${item}/${sub}`;
  const itemParameters = [nameParameter(kind.kind), ...scopeParameters];
  return [
    {
      ...base(context, path, `read${name}`, [
        ...itemParameters,
        ...(context.crd ? GET_OPTIONS : []),
      ]),
      method: 'get',
      description: `read ${sub} of the specified ${kind.kind}`,
      action: 'get',
      gvk,
      responses: ok(definition),
    },
    {
      ...base(context, path, `replace${name}`, [...itemParameters, ...WRITE_OPTIONS]),
      method: 'put',
      description: `replace ${sub} of the specified ${kind.kind}`,
      action: 'put',
      gvk,
      body: { definition, required: true },
      responses: ok(definition, '201'),
    },
    {
      ...base(context, path, `patch${name}`, [...itemParameters, ...PATCH_OPTIONS]),
      method: 'patch',
      description: `partially update ${sub} of the specified ${kind.kind}`,
      action: 'patch',
      gvk,
      consumes: context.crd ? CRD_PATCH : INSTALLER_PATCH,
      body: { definition: MetaNames.Patch, required: true },
      responses: ok(definition, '201'),
    },
  ];
}

/** An apiserver-builder subresource (`+subresource:request=…`): the installer serves it as a create (`pods/eviction`). */
function customSubresourceRoute(
  context: ResourceContext,
  item: string,
  sub: string,
  requestKind: string,
): Route {
  const { served, kind, scope, scopeParameters } = context;
  const definition = served.definitionOf(requestKind);
  return {
    ...base(context, `${item}/${sub}`, `create${scope}${kind.kind}${upperFirst(sub)}`, [
      nameParameter(requestKind),
      ...scopeParameters,
      ...WRITE_OPTIONS,
    ]),
    method: 'post',
    description: `create ${sub} of a ${kind.kind}`,
    action: 'post',
    gvk: { group: served.group, kind: requestKind, version: served.version },
    body: { definition, required: true },
    responses: ok(definition, '201', '202'),
  };
}
