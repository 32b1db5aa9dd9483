import type { ApiField, ApiType, TypeRef } from '@kubegen/model';

/** Calls `visit` for every named reference inside `ref` (through arrays, maps and inline structs). */
export function forEachNamed(ref: TypeRef, visit: (id: string) => void): void {
  switch (ref.ref) {
    case 'named':
      visit(ref.id);
      return;
    case 'array':
      return forEachNamed(ref.items, visit);
    case 'map':
      return forEachNamed(ref.values, visit);
    case 'struct':
      for (const f of ref.fields) forEachNamed(f.type, visit);
      return;
    default:
      return;
  }
}

/** The type references a type's shape holds. */
export function shapeRefs(type: ApiType): TypeRef[] {
  if (type.shape.form === 'struct') return type.shape.fields.map((f: ApiField) => f.type);
  if (type.shape.form === 'alias') return [type.shape.target];
  return [];
}

/** The struct types reachable from `roots` (roots included), sorted by id; unknown ids are reported to `missing`. */
export function reachableStructs(
  roots: readonly ApiType[],
  types: ReadonlyMap<string, ApiType>,
  missing: (from: ApiType, id: string) => void,
): ApiType[] {
  const seen = new Map<string, ApiType>();
  const queue = [...roots];
  for (const r of roots) seen.set(r.id, r);
  for (let type = queue.shift(); type !== undefined; type = queue.shift()) {
    const from = type;
    for (const ref of shapeRefs(type)) {
      forEachNamed(ref, (id) => {
        const target = types.get(id);
        if (target === undefined) return missing(from, id);
        if (seen.has(id)) return;
        seen.set(id, target);
        queue.push(target);
      });
    }
  }
  return [...seen.values()].filter((t) => t.shape.form === 'struct').sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
