import type { ApiType, TypeRef } from '@kubegen/model';

/** Type pairs by name, for one package pair and direction: the names of the types both packages have. */
export interface PairLookup {
  types: ReadonlyMap<string, ApiType>;
  /** Whether `name` is a struct type that both packages have (and that is converted). */
  paired(fromId: string, toId: string): boolean;
}

/** Resolves a named alias or enum to what it stands for; structs stay named. */
export function resolveRef(ref: TypeRef, types: ReadonlyMap<string, ApiType>, depth = 0): TypeRef {
  if (ref.ref !== 'named' || depth > 20) return ref;
  const type = types.get(ref.id);
  if (type === undefined || type.shape.form === 'struct') return ref;
  const nullable = ref.nullable === true;
  if (type.shape.form === 'enum') return { ref: 'enum', values: type.shape.values, nullable };
  const target = resolveRef(type.shape.target, types, depth + 1);
  return { ...target, nullable: nullable || target.nullable === true };
}

/** A short description of a reference for messages: `string`, `ReferenceType`, `string[]`. */
export function describeRef(ref: TypeRef): string {
  const base = ((): string => {
    switch (ref.ref) {
      case 'scalar':
        return ref.scalar;
      case 'meta':
        return ref.name;
      case 'named':
        return ref.name;
      case 'array':
        return `${describeRef(ref.items)}[]`;
      case 'map':
        return `Record<string, ${describeRef(ref.values)}>`;
      case 'struct':
        return `{ ${ref.fields.map((f) => `${f.name}${f.optional ? '?' : ''}: ${describeRef(f.type)}`).join('; ')} }`;
      case 'enum':
        return ref.values.map((v) => `'${v}'`).join(' | ');
    }
  })();
  return ref.nullable ? `${base} | null` : base;
}

/** Why a value of `from` cannot be converted to `to` field by field, or undefined when it can. */
export function inconvertibleReason(from: TypeRef, to: TypeRef, lookup: PairLookup): string | undefined {
  const a = resolveRef(from, lookup.types);
  const b = resolveRef(to, lookup.types);
  const mismatch = `inconvertible types (${describeRef(from)} vs ${describeRef(to)})`;
  if (a.nullable && !b.nullable) return mismatch;
  switch (a.ref) {
    case 'scalar':
      return b.ref === 'scalar' && b.scalar === a.scalar ? undefined : mismatch;
    case 'enum':
      if (b.ref === 'scalar' && b.scalar === 'string') return undefined;
      return b.ref === 'enum' && a.values.every((v) => b.values.includes(v)) ? undefined : mismatch;
    case 'meta':
      return b.ref === 'meta' && b.name === a.name ? undefined : mismatch;
    case 'named':
      return b.ref === 'named' && (a.id === b.id || lookup.paired(a.id, b.id)) ? undefined : mismatch;
    case 'array':
      return b.ref === 'array' && inconvertibleReason(a.items, b.items, lookup) === undefined ? undefined : mismatch;
    case 'map':
      return b.ref === 'map' && inconvertibleReason(a.values, b.values, lookup) === undefined ? undefined : mismatch;
    case 'struct': {
      if (b.ref !== 'struct' || a.fields.length !== b.fields.length) return mismatch;
      const ok = a.fields.every((f) => {
        const peer = b.fields.find((g) => g.name === f.name);
        return peer !== undefined && (peer.optional || !f.optional) && inconvertibleReason(f.type, peer.type, lookup) === undefined;
      });
      return ok ? undefined : mismatch;
    }
  }
}
