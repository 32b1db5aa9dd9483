import { SchemeError } from './scheme-error';
import type { GroupVersion, GroupVersionKind } from './scheme-types';

/** The version name of a group's internal (hub) types, as Go's `runtime.APIVersionInternal`. */
export const INTERNAL_VERSION = '__internal';

/**
 * Parses an apiVersion string as Go's `schema.ParseGroupVersion`: `v1` is the core group (`""`),
 * `demo.example.com/v1beta1` a named group, `""` the empty GroupVersion; more than one `/` is a SchemeError.
 */
export function parseGroupVersion(apiVersion: string): GroupVersion {
  if (apiVersion === '' || apiVersion === '/') return { group: '', version: '' };
  const slash = apiVersion.indexOf('/');
  if (slash === -1) return { group: '', version: apiVersion };
  if (apiVersion.indexOf('/', slash + 1) !== -1) {
    throw new SchemeError(
      `unexpected GroupVersion string: ${apiVersion}; write "<group>/<version>", or "<version>" for the core group`,
    );
  }
  return { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

/** Formats a GroupVersion as an apiVersion string; the core group gives just the version (`v1`). */
export function formatGroupVersion(gv: GroupVersion): string {
  return gv.group === '' ? gv.version : `${gv.group}/${gv.version}`;
}

/** Formats a GroupVersionKind as Go's `GroupVersionKind.String()`: `demo.example.com/v1, Kind=Foo`. */
export function formatGroupVersionKind(gvk: GroupVersionKind): string {
  return `${gvk.group}/${gvk.version}, Kind=${gvk.kind}`;
}

/** The GroupVersionKind of a kind in a GroupVersion. */
export function withKind(gv: GroupVersion, kind: string): GroupVersionKind {
  return { group: gv.group, version: gv.version, kind };
}

/** The GroupVersion part of a GroupVersionKind. */
export function groupVersionOf(gvk: GroupVersionKind): GroupVersion {
  return { group: gvk.group, version: gvk.version };
}

/** Whether two GroupVersions name the same group and version. */
export function sameGroupVersion(a: GroupVersion, b: GroupVersion): boolean {
  return a.group === b.group && a.version === b.version;
}

/**
 * The GroupVersionKind named by an object's `apiVersion` and `kind`, as Go's `FromAPIVersionAndKind`:
 * a malformed apiVersion gives an empty group and version rather than an error.
 */
export function fromAPIVersionAndKind(apiVersion: string, kind: string): GroupVersionKind {
  try {
    return withKind(parseGroupVersion(apiVersion), kind);
  } catch {
    return { group: '', version: '', kind };
  }
}

/** The `apiVersion` and `kind` strings for a GroupVersionKind. */
export function toAPIVersionAndKind(gvk: GroupVersionKind): { apiVersion: string; kind: string } {
  return { apiVersion: formatGroupVersion(gvk), kind: gvk.kind };
}
