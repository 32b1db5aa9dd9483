/*
 * kube-apiserver's operation naming: the installer's route names, rewritten by
 * GetOperationIDAndTags (shortest verb prefix + group + version).
 */

/** Verb prefixes GetOperationIDAndTags knows; the shortest that matches is split off. */
const VERB_PREFIXES = [
  'get',
  'log',
  'read',
  'replace',
  'patch',
  'delete',
  'deletecollection',
  'watch',
  'connect',
  'proxy',
  'list',
  'create',
];

/** `demo.example.com` → `DemoExampleCom`; `networking.k8s.io` → `Networking`; `` (core) → `Core`. */
export function groupIdentifier(group: string): string {
  if (group === '') return 'Core';
  return camel(group.endsWith('.k8s.io') ? group.slice(0, -'.k8s.io'.length) : group);
}

/** `v1beta1` → `V1beta1`. */
export function versionIdentifier(version: string): string {
  return camel(version);
}

/** Drops characters that are not letters or digits and capitalises the letter after each one, and the first. */
function camel(text: string): string {
  const joined = text.replace(/[^A-Za-z0-9]+(.)?/g, (_, next: string | undefined) =>
    next ? next.toUpperCase() : '',
  );
  return upperFirst(joined);
}

/** The string with its first character upper-cased. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Group and version a served path belongs to: `/apis/<g>/<v>/…`, `/api/<v>/…` (core), `/apis/<g>/`. */
export function pathGroupVersion(path: string): { group: string; version?: string } | undefined {
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'api') return { group: '', version: parts[1] };
  if (parts[0] === 'apis' && parts[1] !== undefined) return { group: parts[1], version: parts[2] };
  return undefined;
}

/**
 * The published operationId and tag of a route: `deletecollectionNamespacedFoo` on
 * `/apis/demo.example.com/v1beta1/…` → `deleteDemoExampleComV1beta1CollectionNamespacedFoo`, tag `demoExampleCom_v1beta1`.
 */
export function operationIdAndTag(
  routeName: string,
  path: string,
): { operationId: string; tag: string } {
  const gv = pathGroupVersion(path);
  if (!gv) return { operationId: routeName, tag: '' };
  const group = groupIdentifier(gv.group);
  const version = gv.version === undefined ? '' : versionIdentifier(gv.version);
  const tag = gv.version === undefined ? lowerFirst(group) : `${lowerFirst(group)}_${gv.version}`;
  const verb = VERB_PREFIXES.filter((v) => routeName.startsWith(v)).sort(
    (a, b) => a.length - b.length,
  )[0];
  if (verb === undefined)
    return { operationId: `${lowerFirst(group)}${version}${upperFirst(routeName)}`, tag };
  return {
    operationId: `${verb}${group}${version}${upperFirst(routeName.slice(verb.length))}`,
    tag,
  };
}

/** The OpenAPI model name of a type of an API group: `demo.example.com`, `v1beta1`, `Foo` → `com.example.demo.v1beta1.Foo`. */
export function modelName(group: string, version: string, name: string): string {
  const reversed = group === '' ? ['io', 'k8s', 'api', 'core'] : group.split('.').reverse();
  return [...reversed, version, name].join('.');
}
