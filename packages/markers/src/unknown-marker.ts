import { Codes, error, warning, type Diagnostic, type SourcePosition } from '@kubegen/diagnostics';
import { describeMarker } from './describe';
import { closest } from './edit-distance';
import type { MarkerHead, Resolved } from './marker-head';
import { isKnownNamespace } from './namespaces';
import type { MarkerRegistry } from './registry';
import { suggestMarker } from './suggest';
import type { MarkerTarget } from './types';

/**
 * True when `+a:b:c` resolved to marker `a:b` with argument `c`, but `c` is no argument of it and another
 * marker is clearly meant (`+subresource:status` → `+kubebuilder:subresource:status`).
 */
export function misreadAsArgument(
  head: MarkerHead,
  resolved: Resolved,
  registry: MarkerRegistry,
  target: MarkerTarget,
): boolean {
  if (resolved.argsStart === undefined) return false;
  const argument = head.name.slice(resolved.definition.name.length + 1);
  if (Object.prototype.hasOwnProperty.call(resolved.definition.args ?? {}, argument)) return false;
  const meant = suggestMarker(head.name, registry, target);
  return meant !== undefined && meant !== resolved.definition.name;
}

/**
 * Diagnostics for a `+` line that names no registered marker: KG1001 in a known namespace, KG1006 for a near
 * miss of a bare marker, nothing otherwise.
 */
export function unregistered(
  text: string,
  head: MarkerHead,
  target: MarkerTarget,
  registry: MarkerRegistry,
  at: (offset: number) => SourcePosition,
): Diagnostic[] {
  if (isKnownNamespace(head.name)) {
    const meant = suggestMarker(head.name, registry, target);
    const definition = meant ? registry.get(meant) : undefined;
    const hint = definition
      ? `did you mean +${meant}? usage: ${describeMarker(definition, target)}`
      : 'run `kubegen markers` for the markers kubegen knows';
    return [error(Codes.UnknownMarker, `unknown marker +${head.name}`, at(head.plus), hint)];
  }
  const restOfLine = text.slice(head.nameEnd).trim();
  if (head.name.includes(':') || (restOfLine !== '' && !restOfLine.startsWith('='))) return [];
  const bareNames = registry
    .all()
    .map((d) => d.name)
    .filter((n) => !n.includes(':'));
  const meant = closest(head.name, bareNames, Math.min(2, Math.floor(head.name.length / 3)));
  if (!meant) return [];
  return [
    warning(
      Codes.NearMissBareMarker,
      `+${head.name} is not a marker; did you mean +${meant}?`,
      at(head.plus),
      `write +${meant}, or start the line with something other than \`+\` if it is prose`,
    ),
  ];
}
