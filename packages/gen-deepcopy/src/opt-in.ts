import type { MarkerValue, ParsedMarker } from '@kubegen/markers';
import type { ApiFunction, ApiModel, ApiPackage, ApiType, MetaTypeName, TypeRef } from '@kubegen/model';

/** Meta types that are strings or numbers at run time: copied by assignment. */
const VALUE_META_TYPES: ReadonlySet<MetaTypeName> = new Set([
  'Time',
  'MicroTime',
  'Duration',
  'Quantity',
  'IntOrString',
]);

/** Name of the copy function of a type, generated or hand-written: `deepCopy<Type>`. */
export function deepCopyFunctionName(typeName: string): string {
  return `deepCopy${typeName}`;
}

function markerFlag(markers: readonly ParsedMarker[], name: string): MarkerValue | undefined {
  // The last marker wins when one is repeated, as gengo reads tags.
  let value: MarkerValue | undefined;
  for (const m of markers) if (m.name === name) value = m.value;
  return value;
}

function asBoolean(value: MarkerValue | undefined): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}

/** Whether a package asks for deep copies of all its types (`+k8s:deepcopy-gen=package`, `+kubebuilder:object:generate=true`). */
export function packageOptsIn(pkg: ApiPackage): boolean {
  const objectGenerate = asBoolean(markerFlag(pkg.markers, 'kubebuilder:object:generate'));
  if (objectGenerate !== undefined) return objectGenerate;
  return markerFlag(pkg.markers, 'k8s:deepcopy-gen') === 'package';
}

/** A type's own `=true` / `=false` override, if it has one. */
export function typeOptIn(type: ApiType): boolean | undefined {
  return (
    asBoolean(markerFlag(type.markers, 'kubebuilder:object:generate')) ??
    asBoolean(markerFlag(type.markers, 'k8s:deepcopy-gen'))
  );
}

/** True when a value of this reference is copied by assignment (no object or array inside). */
export function isCopiedByValue(ref: TypeRef, types: ReadonlyMap<string, ApiType>, seen = new Set<string>()): boolean {
  switch (ref.ref) {
    case 'scalar':
    case 'enum':
      return true;
    case 'meta':
      return VALUE_META_TYPES.has(ref.name);
    case 'named': {
      const type = types.get(ref.id);
      if (type === undefined || seen.has(ref.id)) return false;
      if (type.shape.form === 'enum') return true;
      if (type.shape.form === 'struct') return false;
      seen.add(ref.id);
      return isCopiedByValue(type.shape.target, types, seen);
    }
    default:
      return false;
  }
}

/** True when a type gets a copy function: structs, and aliases of something that is not copied by value. */
export function needsCopyFunction(type: ApiType, types: ReadonlyMap<string, ApiType>): boolean {
  if (type.shape.form === 'struct') return true;
  if (type.shape.form === 'enum') return false;
  return !isCopiedByValue(type.shape.target, types, new Set([type.id]));
}

/** How the code of one package copies a named type. */
export interface CopyPlan {
  types: ReadonlyMap<string, ApiType>;
  /** Ids of the types whose package generates an exported `deepCopy<Type>`. */
  generated: ReadonlySet<string>;
  /** Hand-written `deepCopy<Type>` functions by type id: they are used, not generated. */
  handWritten: ReadonlyMap<string, ApiFunction>;
}

/** Decides, for the whole model, which types get a generated copy function and which are hand-written. */
export function planCopies(model: ApiModel, types: ReadonlyMap<string, ApiType>): CopyPlan {
  const generated = new Set<string>();
  const handWritten = new Map<string, ApiFunction>();
  for (const pkg of model.packages) {
    const functions = new Map(pkg.functions.map((f) => [f.name, f]));
    const packageDefault = packageOptsIn(pkg);
    const byName = new Map(pkg.types.map((t) => [t.name, t]));
    for (const type of pkg.types) {
      if (!needsCopyFunction(type, types)) continue;
      const own = functions.get(deepCopyFunctionName(type.name));
      if (own !== undefined) {
        handWritten.set(type.id, own);
        continue;
      }
      // A synthetic list follows its kind: the author could not put a marker on it.
      const decidingType = type.synthetic && type.listOf ? (byName.get(type.listOf) ?? type) : type;
      if (typeOptIn(decidingType) ?? packageDefault) generated.add(type.id);
    }
  }
  return { types, generated, handWritten };
}
