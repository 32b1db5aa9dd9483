/*
 * The query and path parameters kube-apiserver publishes, taken from the JSON names of the options
 * structs (ListOptions, CreateOptions, …). Descriptions shortened from Kubernetes' own.
 */

/** A non-body parameter of a route. */
export interface RouteParameter {
  name: string;
  in: 'query' | 'path';
  description: string;
  type: 'string' | 'boolean' | 'integer';
  required?: true;
}

const query = (
  name: string,
  type: RouteParameter['type'],
  description: string,
): RouteParameter => ({ name, in: 'query', description, type });

/** `pretty`, on every operation. */
export const PRETTY = query(
  'pretty',
  'string',
  "If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).",
);

/** The `{namespace}` path parameter. */
export const NAMESPACE: RouteParameter = {
  name: 'namespace',
  in: 'path',
  description: 'object name and auth scope, such as for teams and projects',
  type: 'string',
  required: true,
};

/** The `{name}` path parameter of an item route. */
export function nameParameter(kind: string): RouteParameter {
  return {
    name: 'name',
    in: 'path',
    description: `name of the ${kind}`,
    type: 'string',
    required: true,
  };
}

const ALLOW_WATCH_BOOKMARKS = query(
  'allowWatchBookmarks',
  'boolean',
  'allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\'s discretion.',
);
const CONTINUE = query(
  'continue',
  'string',
  'The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters.',
);
const FIELD_SELECTOR = query(
  'fieldSelector',
  'string',
  'A selector to restrict the list of returned objects by their fields. Defaults to everything.',
);
const LABEL_SELECTOR = query(
  'labelSelector',
  'string',
  'A selector to restrict the list of returned objects by their labels. Defaults to everything.',
);
const LIMIT = query(
  'limit',
  'integer',
  'limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results.',
);
const RESOURCE_VERSION = query(
  'resourceVersion',
  'string',
  'resourceVersion sets a constraint on what resource versions a request may be served by. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.\n\nDefaults to unset',
);
const RESOURCE_VERSION_MATCH = query(
  'resourceVersionMatch',
  'string',
  'resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.\n\nDefaults to unset',
);
const SEND_INITIAL_EVENTS = query(
  'sendInitialEvents',
  'boolean',
  '`sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection.',
);
const TIMEOUT_SECONDS = query(
  'timeoutSeconds',
  'integer',
  'Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.',
);
const WATCH = query(
  'watch',
  'boolean',
  'Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.',
);

const DRY_RUN = query(
  'dryRun',
  'string',
  'When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed',
);
const FIELD_MANAGER = query(
  'fieldManager',
  'string',
  'fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.',
);
const FIELD_VALIDATION = query(
  'fieldValidation',
  'string',
  'fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore - Warn (default) - Strict',
);
const FORCE = query(
  'force',
  'boolean',
  'Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.',
);
const GRACE_PERIOD_SECONDS = query(
  'gracePeriodSeconds',
  'integer',
  'The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.',
);
const IGNORE_STORE_READ_ERROR = query(
  'ignoreStoreReadErrorWithClusterBreakingPotential',
  'boolean',
  'if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error.',
);
const ORPHAN_DEPENDENTS = query(
  'orphanDependents',
  'boolean',
  'Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object\'s finalizers list.',
);
const PROPAGATION_POLICY = query(
  'propagationPolicy',
  'string',
  "Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. Acceptable values are: 'Orphan', 'Background', 'Foreground'.",
);

/** metav1.ListOptions, as list and watch routes take them. */
export const LIST_OPTIONS: readonly RouteParameter[] = [
  ALLOW_WATCH_BOOKMARKS,
  CONTINUE,
  FIELD_SELECTOR,
  LABEL_SELECTOR,
  LIMIT,
  RESOURCE_VERSION,
  RESOURCE_VERSION_MATCH,
  SEND_INITIAL_EVENTS,
  TIMEOUT_SECONDS,
  WATCH,
];
/** metav1.GetOptions. */
export const GET_OPTIONS: readonly RouteParameter[] = [RESOURCE_VERSION];
/** metav1.CreateOptions and metav1.UpdateOptions (the same query parameters). */
export const WRITE_OPTIONS: readonly RouteParameter[] = [DRY_RUN, FIELD_MANAGER, FIELD_VALIDATION];
/** metav1.PatchOptions. */
export const PATCH_OPTIONS: readonly RouteParameter[] = [
  DRY_RUN,
  FIELD_MANAGER,
  FIELD_VALIDATION,
  FORCE,
];
/** metav1.DeleteOptions as query parameters. */
export const DELETE_OPTIONS: readonly RouteParameter[] = [
  DRY_RUN,
  GRACE_PERIOD_SECONDS,
  IGNORE_STORE_READ_ERROR,
  ORPHAN_DEPENDENTS,
  PROPAGATION_POLICY,
];
/** What the installer's deletecollection takes: DeleteOptions plus ListOptions without the watch-only ones. */
export const DELETE_COLLECTION_OPTIONS: readonly RouteParameter[] = [
  ...DELETE_OPTIONS,
  ...LIST_OPTIONS.filter((p) => p.name !== 'watch' && p.name !== 'allowWatchBookmarks'),
];
