import { closest } from './edit-distance';
import type { MarkerRegistry } from './registry';
import type { MarkerTarget } from './types';

/**
 * The registered marker most likely meant by the unknown `name`: the same name in another case, else one at most
 * two edits away, else one whose last `:` segment is the same word (`kubebuilder:validation:nullable` →
 * `nullable`), else the nearest within a sixth of the name's length. With `target`, markers allowed there are preferred.
 */
export function suggestMarker(
  name: string,
  registry: MarkerRegistry,
  target?: MarkerTarget,
): string | undefined {
  const all = registry.all();
  const allowed = target ? all.filter((d) => d.targets.includes(target)) : all;
  for (const pool of allowed.length < all.length ? [allowed, all] : [all]) {
    const names = pool.map((d) => d.name);
    const found =
      closest(name, names, 2) ??
      sameLastSegment(name, names) ??
      closest(name, names, Math.floor(name.length / 6));
    if (found) return found;
  }
  return undefined;
}

function sameLastSegment(name: string, names: readonly string[]): string | undefined {
  const segment = lastSegment(name).toLowerCase();
  if (segment.length < 4) return undefined;
  const namespace = name.split(':')[0];
  const matches = names.filter((n) => lastSegment(n).toLowerCase() === segment);
  // Prefer a marker of the same namespace (`kubebuilder:validation:Default` → `kubebuilder:default`), then the shortest.
  const rank = (n: string): [number, number] => [n.split(':')[0] === namespace ? 0 : 1, n.length];
  return matches.sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return ra[0] - rb[0] || ra[1] - rb[1] || (a < b ? -1 : 1);
  })[0];
}

function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf(':') + 1);
}
