import type { MarkerValue, ParsedMarker } from '@kubegen/markers';

/** Marker names the schema builder reads. */
export const V = 'kubebuilder:validation:';
export const ITEMS = 'kubebuilder:validation:items:';

/** Priority 9 markers of controller-gen (applied first); everything else keeps source order after them. */
const FIRST = new Set(['Type', 'XIntOrString', 'listType', 'k8s:listType', 'default']);
const ONE_OF_ORDER = ['AtMostOneOf', 'ExactlyOneOf', 'AtLeastOneOf'];

/** Orders markers as controller-gen applies them: priority 9, then 10 (source order), then the one-of markers. */
export function applyOrder(markers: readonly ParsedMarker[]): ParsedMarker[] {
  const rank = (m: ParsedMarker): number => {
    const short = m.name.startsWith(V) ? m.name.slice(V.length) : m.name;
    if (FIRST.has(short)) return 0;
    const oneOf = ONE_OF_ORDER.indexOf(short);
    return oneOf >= 0 ? 2 + oneOf : 1;
  };
  return markers
    .map((m, i) => ({ m, i }))
    .sort((a, b) => rank(a.m) - rank(b.m) || a.i - b.i)
    .map(({ m }) => m);
}

/** The named arguments of a marker value as a record. */
export function args(value: MarkerValue): Record<string, MarkerValue> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

/** The first marker of that name, if any. */
export function find(markers: readonly ParsedMarker[], name: string): ParsedMarker | undefined {
  return markers.find((m) => m.name === name);
}
