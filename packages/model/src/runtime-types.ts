import type { MetaTypeName, ScalarName } from './types';

/** The module the scalar aliases and meta types are imported from; recognised by name, never resolved. */
export const RUNTIME_MODULE = '@kubegen/runtime';

const SCALARS: Readonly<Record<string, ScalarName>> = {
  int32: 'int32',
  int64: 'int64',
  int: 'int',
  float32: 'float32',
  float64: 'float64',
  Bytes: 'bytes',
};

const META_TYPES: readonly MetaTypeName[] = [
  'TypeMeta',
  'ObjectMeta',
  'ListMeta',
  'Time',
  'MicroTime',
  'Duration',
  'Quantity',
  'IntOrString',
  'RawExtension',
  'JSONValue',
  'LabelSelector',
  'Condition',
];

/** What a name exported by `@kubegen/runtime` means in an API type, if anything. */
export type RuntimeType =
  { ref: 'scalar'; scalar: ScalarName } | { ref: 'meta'; name: MetaTypeName };

/** Looks up a name as exported by `@kubegen/runtime` (the name before any `as` renaming). */
export function runtimeType(exportedName: string): RuntimeType | undefined {
  const scalar = SCALARS[exportedName];
  if (scalar) return { ref: 'scalar', scalar };
  if ((META_TYPES as readonly string[]).includes(exportedName))
    return { ref: 'meta', name: exportedName as MetaTypeName };
  return undefined;
}

/** Every name of `@kubegen/runtime` usable in API types, for hints. */
export function runtimeTypeNames(): string[] {
  return [...Object.keys(SCALARS), ...META_TYPES];
}
