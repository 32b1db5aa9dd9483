import type { MarkerValue, ParsedMarker } from '@kubegen/markers';
import type { ApiField, ApiType, TypeRef } from '@kubegen/model';

/** The default a field or type declares: a JSON value, or a reference to an exported const of its package. */
export type DefaultValue = { kind: 'value'; value: MarkerValue; marker: ParsedMarker } | { kind: 'ref'; name: string; marker: ParsedMarker };

/**
 * The default declared by `markers`: `+kubebuilder:default` wins over `+default`, as controller-gen has it.
 * `+kubebuilder:default={}` on a list means the empty list (controller-gen's marker syntax has no `[]`).
 */
export function declaredDefault(markers: readonly ParsedMarker[], isList: boolean): DefaultValue | undefined {
  const marker = markers.find((m) => m.name === 'kubebuilder:default') ?? markers.find((m) => m.name === 'default');
  if (marker === undefined) return undefined;
  const value = marker.value;
  if (marker.name === 'default' && isRefValue(value)) return { kind: 'ref', name: value.ref, marker };
  if (marker.name === 'kubebuilder:default' && isList && isEmptyObject(value)) return { kind: 'value', value: [], marker };
  return { kind: 'value', value, marker };
}

function isRefValue(v: MarkerValue): v is { ref: string } {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 && typeof v.ref === 'string';
}

function isEmptyObject(v: MarkerValue): boolean {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0;
}

/** Whether a reference is a list once aliases are followed. */
export function isListRef(ref: TypeRef, types: ReadonlyMap<string, ApiType>): boolean {
  const resolved = resolveAlias(ref, types);
  return resolved.ref === 'array';
}

/** Follows named aliases to the reference they stand for; other references are returned as they are. */
export function resolveAlias(ref: TypeRef, types: ReadonlyMap<string, ApiType>): TypeRef {
  let current = ref;
  for (let hops = 0; current.ref === 'named' && hops < 32; hops++) {
    const type = types.get(current.id);
    if (type === undefined || type.shape.form !== 'alias') return current;
    current = { ...type.shape.target, nullable: current.nullable === true || type.shape.target.nullable === true };
  }
  return current;
}

const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };

/**
 * Why `value` cannot be a value of `ref`: one line per problem, each naming the offending part (`.a[1]`),
 * empty when it fits. Checks JSON types, integer ranges, enums and unknown object fields, as Go's
 * json.Unmarshal of defaulter-gen (and the API server's check of CRD defaults) would reject them.
 */
export function defaultMismatches(value: MarkerValue, ref: TypeRef, types: ReadonlyMap<string, ApiType>, at = ''): string[] {
  const where = at === '' ? '' : `${at}: `;
  if (value === null) return ref.nullable ? [] : [`${where}null is not allowed: the type is not nullable`];
  const jsonType = jsonTypeOf(value);
  switch (ref.ref) {
    case 'scalar':
      return scalarMismatch(value, ref.scalar, where);
    case 'enum':
      return typeof value === 'string' && ref.values.includes(value) ? [] : [`${where}${show(value)} is not one of ${ref.values.map(show).join(', ')}`];
    case 'array':
      if (!Array.isArray(value)) return [`${where}${show(value)} is ${jsonType}, but the type is a list`];
      return value.flatMap((item, i) => defaultMismatches(item, ref.items, types, `${at}[${i}]`));
    case 'map':
      if (jsonType !== 'an object') return [`${where}${show(value)} is ${jsonType}, but the type is a map`];
      return Object.entries(value as Record<string, MarkerValue>).flatMap(([k, v]) => defaultMismatches(v, ref.values, types, `${at}[${JSON.stringify(k)}]`));
    case 'struct':
      return structMismatches(value, ref.fields, types, at);
    case 'meta':
      return metaMismatch(value, ref.name, where);
    case 'named': {
      const type = types.get(ref.id);
      if (type === undefined) return [];
      if (type.shape.form === 'alias') return defaultMismatches(value, { ...type.shape.target, nullable: ref.nullable === true || type.shape.target.nullable === true }, types, at);
      if (type.shape.form === 'enum') return defaultMismatches(value, { ref: 'enum', values: type.shape.values }, types, at);
      return structMismatches(value, type.shape.fields, types, at);
    }
  }
}

function structMismatches(value: MarkerValue, fields: readonly ApiField[], types: ReadonlyMap<string, ApiType>, at: string): string[] {
  const jsonType = jsonTypeOf(value);
  if (jsonType !== 'an object') return [`${at === '' ? '' : `${at}: `}${show(value)} is ${jsonType}, but the type is an object`];
  const out: string[] = [];
  for (const [key, member] of Object.entries(value as Record<string, MarkerValue>)) {
    const f = fields.find((candidate) => candidate.name === key);
    if (f === undefined) {
      out.push(`${at}.${key}: no such field (fields: ${fields.map((c) => c.name).join(', ')})`);
      continue;
    }
    out.push(...defaultMismatches(member, { ...f.type, nullable: f.type.nullable === true || f.nullable }, types, `${at}.${key}`));
  }
  return out;
}

function scalarMismatch(value: MarkerValue, scalar: string, where: string): string[] {
  switch (scalar) {
    case 'string':
    case 'bytes':
      return typeof value === 'string' ? [] : [`${where}${show(value)} is ${jsonTypeOf(value)}, but the type is ${scalar}`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${where}${show(value)} is ${jsonTypeOf(value)}, but the type is boolean`];
    case 'int32':
    case 'int':
      if (!Number.isInteger(value)) return [`${where}${show(value)} is ${jsonTypeOf(value)}, but the type is ${scalar} (an integer)`];
      return (value as number) < INT32.min || (value as number) > INT32.max ? [`${where}${show(value)} does not fit in ${scalar}`] : [];
    case 'int64':
      return Number.isSafeInteger(value) ? [] : [`${where}${show(value)} is ${jsonTypeOf(value)}, but the type is int64 (a safe integer)`];
    default:
      return typeof value === 'number' ? [] : [`${where}${show(value)} is ${jsonTypeOf(value)}, but the type is ${scalar} (a number)`];
  }
}

function metaMismatch(value: MarkerValue, name: string, where: string): string[] {
  const bad = (expected: string) => [`${where}${show(value)} is ${jsonTypeOf(value)}, but ${name} is ${expected}`];
  switch (name) {
    case 'IntOrString':
      return typeof value === 'string' || Number.isInteger(value) ? [] : bad('an integer or a string');
    case 'Quantity':
      return typeof value === 'string' || typeof value === 'number' ? [] : bad('a string or a number');
    case 'Time':
    case 'MicroTime':
    case 'Duration':
      return typeof value === 'string' ? [] : bad('a string');
    case 'JSONValue':
    case 'RawExtension':
      return [];
    default:
      return jsonTypeOf(value) === 'an object' ? [] : bad('an object');
  }
}

function jsonTypeOf(value: MarkerValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  return `a ${typeof value}`;
}

function show(value: MarkerValue): string {
  return JSON.stringify(value);
}
