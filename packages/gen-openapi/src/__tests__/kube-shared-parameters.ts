/*
 * Shared parameters as Kubernetes publishes them: a subset of the top-level `parameters` of
 * kubernetes/kubernetes api/openapi-spec/swagger.json (the document kube-apiserver serves at
 * /openapi/v2), copied verbatim. Names and definitions are the test vectors of the shared
 * parameter names.
 */

/** kube-apiserver's shared parameters, by the name it gives them. */
export const KUBE_SHARED_PARAMETERS: Record<string, Record<string, unknown>> = {
  'allowWatchBookmarks-HC2hJt-J': {
    description:
      'allowWatchBookmarks requests watch events with type "BOOKMARK". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server\'s discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored.',
    in: 'query',
    name: 'allowWatchBookmarks',
    type: 'boolean',
    uniqueItems: true,
  },
  'body-2Y1dVQaQ': {
    in: 'body',
    name: 'body',
    schema: {
      $ref: '#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
    },
  },
  'body-78PwaGsr': {
    in: 'body',
    name: 'body',
    required: true,
    schema: {
      $ref: '#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Patch',
    },
  },
  'command-Py3eQybp': {
    description:
      'Command is the remote command to execute. argv array. Not executed within a shell.',
    in: 'query',
    name: 'command',
    type: 'string',
    uniqueItems: true,
  },
  'container-_Q-EJ3nR': {
    description:
      'The container in which to execute the command. Defaults to only container if there is only one container in the pod.',
    in: 'query',
    name: 'container',
    type: 'string',
    uniqueItems: true,
  },
  'continue-QfD61s0i': {
    description:
      'The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token. If the client needs a consistent list, it must restart their list without the continue field. Otherwise, the client may send another list request with the token received with the 410 error, the server will respond with a list starting from the next key, but from the latest snapshot, which is inconsistent from the previous list results - objects that are created, modified, or deleted after the first list request will be included in the response, as long as their keys are after the "next key".\n\nThis field is not supported when watch is true. Clients may start a watch from the last resourceVersion value returned by the server and not miss any modifications.',
    in: 'query',
    name: 'continue',
    type: 'string',
    uniqueItems: true,
  },
  'fieldManager-7c6nTn1T': {
    description:
      'fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint. This field is required for apply requests (application/apply-patch) but optional for non-apply patch types (JsonPatch, MergePatch, StrategicMergePatch).',
    in: 'query',
    name: 'fieldManager',
    type: 'string',
    uniqueItems: true,
  },
  'fieldManager-Qy4HdaTW': {
    description:
      'fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.',
    in: 'query',
    name: 'fieldManager',
    type: 'string',
    uniqueItems: true,
  },
  'fieldSelector-xIcQKXFG': {
    description:
      'A selector to restrict the list of returned objects by their fields. Defaults to everything.',
    in: 'query',
    name: 'fieldSelector',
    type: 'string',
    uniqueItems: true,
  },
  'follow-9OIXh_2R': {
    description: 'Follow the log stream of the pod. Defaults to false.',
    in: 'query',
    name: 'follow',
    type: 'boolean',
    uniqueItems: true,
  },
  'force-tOGGb0Yi': {
    description:
      'Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.',
    in: 'query',
    name: 'force',
    type: 'boolean',
    uniqueItems: true,
  },
  'gracePeriodSeconds--K5HaBOS': {
    description:
      'The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately.',
    in: 'query',
    name: 'gracePeriodSeconds',
    type: 'integer',
    uniqueItems: true,
  },
  'labelSelector-5Zw57w4C': {
    description:
      'A selector to restrict the list of returned objects by their labels. Defaults to everything.',
    in: 'query',
    name: 'labelSelector',
    type: 'string',
    uniqueItems: true,
  },
  'limit-1NfNmdNH': {
    description:
      'limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results. Setting a limit may return fewer than the requested amount of items (up to zero items) in the event all requested objects are filtered out and clients should only use the presence of the continue field to determine whether more results are available. Servers may choose not to support the limit argument and will return all of the available results. If limit is specified and the continue field is empty, clients may assume that no more results are available. This field is not supported if watch is true.\n\nThe server guarantees that the objects returned when using continue will be identical to issuing a single list call without a limit - that is, no objects created, modified, or deleted after the first request is issued will be included in any subsequent continued requests. This is sometimes referred to as a consistent snapshot, and ensures that a client that is using limit to receive smaller chunks of a very large result can ensure they see all possible objects. If objects are updated during a chunked list the version of the object that was present at the time the first list result was calculated is returned.',
    in: 'query',
    name: 'limit',
    type: 'integer',
    uniqueItems: true,
  },
  'logpath-Noq7euwC': {
    description: 'path to the log',
    in: 'path',
    name: 'logpath',
    required: true,
    type: 'string',
    uniqueItems: true,
  },
  'namespace-vgWSWtn3': {
    description: 'object name and auth scope, such as for teams and projects',
    in: 'path',
    name: 'namespace',
    required: true,
    type: 'string',
    uniqueItems: true,
  },
  'orphanDependents-uRB25kX5': {
    description:
      'Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the "orphan" finalizer will be added to/removed from the object\'s finalizers list. Either this field or PropagationPolicy may be set, but not both.',
    in: 'query',
    name: 'orphanDependents',
    type: 'boolean',
    uniqueItems: true,
  },
  'path-z6Ciiujn': {
    description: 'path to the resource',
    in: 'path',
    name: 'path',
    required: true,
    type: 'string',
    uniqueItems: true,
  },
  'ports-91KROJmm': {
    description: 'List of ports to forward Required when using WebSockets',
    in: 'query',
    name: 'ports',
    type: 'integer',
    uniqueItems: true,
  },
  'pretty-tJGM1-ng': {
    description:
      "If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).",
    in: 'query',
    name: 'pretty',
    type: 'string',
    uniqueItems: true,
  },
  'propagationPolicy-6jk3prlO': {
    description:
      "Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground.",
    in: 'query',
    name: 'propagationPolicy',
    type: 'string',
    uniqueItems: true,
  },
  'resourceVersion-5WAnf1kx': {
    description:
      'resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.\n\nDefaults to unset',
    in: 'query',
    name: 'resourceVersion',
    type: 'string',
    uniqueItems: true,
  },
  'resourceVersionMatch-t8XhRHeC': {
    description:
      'resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.\n\nDefaults to unset',
    in: 'query',
    name: 'resourceVersionMatch',
    type: 'string',
    uniqueItems: true,
  },
  'sendInitialEvents-rLXlEK_k': {
    description:
      '`sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic "Bookmark" event  will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `"k8s.io/initial-events-end": "true"` annotation. Afterwards, the watch stream will proceed as usual, sending watch events corresponding to changes (subsequent to the RV) to objects watched.\n\nWhen `sendInitialEvents` option is set, we require `resourceVersionMatch` option to also be set. The semantic of the watch request is as following: - `resourceVersionMatch` = NotOlderThan\n  is interpreted as "data at least as new as the provided `resourceVersion`"\n  and the bookmark event is send when the state is synced\n  to a `resourceVersion` at least as fresh as the one provided by the ListOptions.\n  If `resourceVersion` is unset, this is interpreted as "consistent read" and the\n  bookmark event is send when the state is synced at least to the moment\n  when request started being processed.\n- `resourceVersionMatch` set to any other value or unset\n  Invalid error is returned.\n\nDefaults to true if `resourceVersion=""` or `resourceVersion="0"` (for backward compatibility reasons) and to false otherwise.',
    in: 'query',
    name: 'sendInitialEvents',
    type: 'boolean',
    uniqueItems: true,
  },
  'stdout--EZLRwV1': {
    description: 'Redirect the standard output stream of the pod for this call.',
    in: 'query',
    name: 'stdout',
    type: 'boolean',
    uniqueItems: true,
  },
  'timeoutSeconds-yvYezaOC': {
    description:
      'Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity.',
    in: 'query',
    name: 'timeoutSeconds',
    type: 'integer',
    uniqueItems: true,
  },
  'timestamps-c17fW1w_': {
    description:
      'If true, add an RFC3339 or RFC3339Nano timestamp at the beginning of every line of log output. Defaults to false.',
    in: 'query',
    name: 'timestamps',
    type: 'boolean',
    uniqueItems: true,
  },
  'tty-s0flW37O': {
    description:
      'TTY if true indicates that a tty will be allocated for the exec call. Defaults to false.',
    in: 'query',
    name: 'tty',
    type: 'boolean',
    uniqueItems: true,
  },
  'watch-XNNPZGbK': {
    description:
      'Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion.',
    in: 'query',
    name: 'watch',
    type: 'boolean',
    uniqueItems: true,
  },
};
