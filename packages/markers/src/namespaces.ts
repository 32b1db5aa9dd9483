/**
 * Prefixes that make a `+` line a marker kubegen must understand: an unregistered name here is an error,
 * where controller-gen would drop it silently. `:`-prefixes match case-insensitively (nobody writes
 * `+Kubebuilder:` in prose); the bare words match as written.
 */
const scopedPrefixes = ['kubebuilder:', 'k8s:', 'subresource:', 'resource:'];
const bareWordPrefixes = [
  'groupName',
  'versionName',
  'groupGoName',
  'optional',
  'required',
  'nullable',
  'default',
  'listType',
  'listMapKey',
  'mapType',
  'structType',
  'genclient',
  'subresource-request',
];

/** True when `name` (the marker text after `+`, up to `=`) is in a namespace kubegen owns. */
export function isKnownNamespace(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    scopedPrefixes.some((p) => lower.startsWith(p)) ||
    bareWordPrefixes.some((p) => name.startsWith(p))
  );
}
