import type { ParsedMarker } from '@kubegen/markers';
import type { ApiModel } from '@kubegen/model';

/**
 * Every marker with the given name that stands on a file or a declaration anywhere under the source roots
 * (controllers and API packages alike), once each, sorted by file, line and column.
 * Package markers of API packages are read too, in case the model lists them only there.
 */
export function findSourceMarkers(model: ApiModel, name: string): ParsedMarker[] {
  const byPosition = new Map<string, ParsedMarker>();
  const add = (m: ParsedMarker): void => {
    if (m.name !== name) return;
    const key = `${m.position.file}\0${m.position.line}\0${m.position.column}`;
    if (!byPosition.has(key)) byPosition.set(key, m);
  };
  for (const sm of model.sourceMarkers) add(sm.marker);
  for (const pkg of model.packages) pkg.markers.forEach(add);
  return [...byPosition.values()].sort(comparePositions);
}

function comparePositions(a: ParsedMarker, b: ParsedMarker): number {
  const pa = a.position;
  const pb = b.position;
  if (pa.file !== pb.file) return compareStrings(pa.file, pb.file);
  return pa.line - pb.line || pa.column - pb.column;
}

/** Orders strings by code point, as Go's `<` on UTF-8 strings does (JavaScript's `<` compares UTF-16 units). */
export function compareStrings(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const ca = ia.next();
    const cb = ib.next();
    if (ca.done || cb.done) return ca.done && cb.done ? 0 : ca.done ? -1 : 1;
    const d = (ca.value.codePointAt(0) ?? 0) - (cb.value.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
}
