/*
 * The texts of the Scheme's errors, kept apart so that the Scheme reads as lookups. Each says what was asked,
 * what the scheme knows instead, and what to do.
 */
import { formatGroupVersion, formatGroupVersionKind } from './group-version';
import type { GroupVersion, GroupVersionKind } from './scheme-types';
import { closestMatch } from './suggest';

/** What the scheme knows, for the messages. */
export interface SchemeContents {
  kindsFor(gv: GroupVersion): string[];
  groupVersions(): GroupVersion[];
}

/** The message for a kind the scheme does not know, with the kinds it does know and a did-you-mean. */
export function unknownKindMessage(scheme: SchemeContents, gvk: GroupVersionKind): string {
  const version = formatGroupVersion(gvk);
  const head = `no kind "${gvk.kind}" is registered for version "${version}" in scheme`;
  const kinds = scheme.kindsFor(gvk);
  if (kinds.length > 0) {
    const near = closestMatch(gvk.kind, kinds);
    const hint = near !== undefined ? `; did you mean "${near}"?` : '';
    return `${head}; known kinds of ${version}: ${kinds.join(', ')}${hint}`;
  }
  const known = scheme.groupVersions();
  if (known.length === 0)
    return `${head}; the scheme is empty: call addToScheme(scheme) for your API group first`;
  const holders = known
    .filter((gv) => scheme.kindsFor(gv).includes(gvk.kind))
    .map(formatGroupVersion);
  const hint =
    holders.length > 0
      ? `; kind "${gvk.kind}" is registered in ${holders.join(', ')}`
      : suggestGroupVersion(version, known.map(formatGroupVersion));
  return `${head}; version "${version}" is not registered; known group/versions: ${known.map(formatGroupVersion).join(', ')}${hint}`;
}

function suggestGroupVersion(version: string, known: string[]): string {
  const near = closestMatch(version, known);
  return near !== undefined ? `; did you mean "${near}"?` : '';
}

/** The message for an object that cannot be dispatched because it lacks apiVersion or kind. */
export function missingTypeMetaMessage(action: string, apiVersion: unknown, kind: unknown): string {
  return (
    `cannot ${action} an object without apiVersion and kind (apiVersion=${JSON.stringify(apiVersion) ?? 'undefined'}, ` +
    `kind=${JSON.stringify(kind) ?? 'undefined'}); create it with scheme.new(gvk) or set them with scheme.setGroupVersionKind(obj, gvk)`
  );
}

/** The message for a conversion the scheme has no functions for. */
export function noConversionMessage(
  from: GroupVersionKind,
  to: GroupVersionKind,
  hub: GroupVersionKind,
): string {
  return (
    `no conversion from ${formatGroupVersionKind(from)} to ${formatGroupVersionKind(to)}: register one with ` +
    `addConversionFunc, or conversions to and from the internal version ${formatGroupVersionKind(hub)} ` +
    `(registerConversions(scheme) of the generated zz_generated.conversion.ts does both)`
  );
}
