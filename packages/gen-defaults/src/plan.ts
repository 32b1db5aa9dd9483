import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';
import type { MarkerValue } from '@kubegen/markers';
import type { ApiConstant, ApiField, ApiFunction, ApiModel, ApiPackage, ApiType, TypeRef } from '@kubegen/model';
import { declaredDefault, defaultMismatches, isListRef, type DefaultValue } from './default-values';
import { findDefaultingHook } from './hooks';

/** A checked default, ready to print: a JSON value, or an exported const of the package. */
export type ResolvedDefault = { kind: 'value'; value: MarkerValue } | { kind: 'ref'; constant: ApiConstant };

/** What the defaulting code of a model needs: checked defaults, hooks, and which types have anything to default. */
export interface DefaultsPlan {
  types: ReadonlyMap<string, ApiType>;
  /** The default applied to a field when it is absent: its own, else its named type's `+default`. */
  fieldDefault(field: ApiField): ResolvedDefault | undefined;
  /** The hand-written `setDefaults_<Type>` of a struct type with the right signature. */
  hooks: ReadonlyMap<string, ApiFunction>;
  /** Whether a value of `ref` has anything to default below it (a hook or a default, at any depth). */
  needs(ref: TypeRef): boolean;
  diagnostics: Diagnostic[];
}

/** Checks every default and hook of the model and works out which types need defaulting code. */
export function planDefaults(model: ApiModel, types: ReadonlyMap<string, ApiType>): DefaultsPlan {
  const packages = new Map(model.packages.map((p) => [p.dir, p]));
  const diagnostics: Diagnostic[] = [];
  const ownDefaults = new Map<ApiField, ResolvedDefault>();
  const typeDefaults = new Map<string, ResolvedDefault>();
  const hooks = new Map<string, ApiFunction>();
  const reported = new Set<string>();
  const allTypes = [...types.values()].sort((a, b) => (a.id < b.id ? -1 : 1));

  for (const type of allTypes) {
    const pkg = packages.get(type.package);
    const typeRef: TypeRef = { ref: 'named', id: type.id, name: type.name, package: type.package };
    const onType = declaredDefault(type.markers, isListRef(typeRef, types));
    if (onType !== undefined) {
      const resolved = resolveDefault(onType, typeRef, type.name, pkg, types, diagnostics);
      if (resolved !== undefined) typeDefaults.set(type.id, resolved);
    }
    if (type.shape.form !== 'struct') continue;
    const hook = findDefaultingHook(type, packages, diagnostics, reported);
    if (hook !== undefined) hooks.set(type.id, hook);
    checkFields(type.shape.fields, type.name, pkg, types, ownDefaults, diagnostics);
  }

  const fieldDefault = (field: ApiField): ResolvedDefault | undefined =>
    ownDefaults.get(field) ?? (field.type.ref === 'named' ? typeDefaults.get(field.type.id) : undefined);
  const needs = needsDefaulting(allTypes, types, hooks, fieldDefault);
  return { types, fieldDefault, hooks, needs, diagnostics };
}

/** Checks the field defaults of a struct (and of the inline structs inside it), recording the valid ones. */
function checkFields(
  fields: readonly ApiField[],
  owner: string,
  pkg: ApiPackage | undefined,
  types: ReadonlyMap<string, ApiType>,
  out: Map<ApiField, ResolvedDefault>,
  diagnostics: Diagnostic[],
): void {
  for (const field of fields) {
    forInlineStructs(field.type, (inline) => checkFields(inline, `${owner}.${field.name}`, pkg, types, out, diagnostics));
    const declared = declaredDefault(field.markers, isListRef(field.type, types));
    if (declared === undefined) continue;
    const label = `${owner}.${field.name}`;
    if (!field.optional) {
      diagnostics.push(
        error(
          Codes.DefaultOnRequiredField,
          `+${declared.marker.name} on ${label}, a field written without '?': a default is applied only when the field is absent, so it would never apply`,
          declared.marker.position,
          `write '${field.name}?:' to make the field optional with a default, or remove the +${declared.marker.name} if every object must set it`,
        ),
      );
      continue;
    }
    const ref = { ...field.type, nullable: field.type.nullable === true || field.nullable };
    const resolved = resolveDefault(declared, ref, label, pkg, types, diagnostics);
    if (resolved !== undefined) out.set(field, resolved);
  }
}

function forInlineStructs(ref: TypeRef, visit: (fields: readonly ApiField[]) => void): void {
  if (ref.ref === 'struct') visit(ref.fields);
  else if (ref.ref === 'array') forInlineStructs(ref.items, visit);
  else if (ref.ref === 'map') forInlineStructs(ref.values, visit);
}

/** Resolves `ref(Name)` to the package's const and checks the value against the type; undefined when it is wrong. */
function resolveDefault(
  declared: DefaultValue,
  ref: TypeRef,
  label: string,
  pkg: ApiPackage | undefined,
  types: ReadonlyMap<string, ApiType>,
  diagnostics: Diagnostic[],
): ResolvedDefault | undefined {
  const { marker } = declared;
  let resolved: ResolvedDefault;
  let value: MarkerValue | undefined;
  if (declared.kind === 'ref') {
    const constant = pkg?.constants.find((c) => c.name === declared.name);
    if (constant === undefined) {
      const known = pkg?.constants.map((c) => c.name) ?? [];
      diagnostics.push(
        error(
          Codes.DefaultRefNotFound,
          `+${marker.text} on ${label}: the package has no exported const ${declared.name}`,
          marker.position,
          known.length > 0
            ? `name one of the package's exported consts (${known.join(', ')}), or write the value as JSON: +default=<json>`
            : `declare 'export const ${declared.name} = …' in a file of the package, or write the value as JSON: +default=<json>`,
        ),
      );
      return undefined;
    }
    resolved = { kind: 'ref', constant };
    value = constant.value;
  } else {
    resolved = { kind: 'value', value: declared.value };
    value = declared.value;
  }
  if (value === undefined) return resolved;
  const problems = defaultMismatches(value, ref, types);
  if (problems.length === 0) return resolved;
  diagnostics.push(
    error(
      Codes.DefaultTypeMismatch,
      `+${marker.text} on ${label}: the default does not fit the type: ${problems.join('; ')}`,
      marker.position,
      `write a default that is a valid ${describeRef(ref)} (JSON for +default, marker syntax for +kubebuilder:default)`,
    ),
  );
  return undefined;
}

function describeRef(ref: TypeRef): string {
  switch (ref.ref) {
    case 'scalar':
      return ref.scalar;
    case 'meta':
    case 'named':
      return ref.name;
    case 'array':
      return `list of ${describeRef(ref.items)}`;
    case 'map':
      return `map of ${describeRef(ref.values)}`;
    case 'struct':
      return 'object with the fields of the inline type';
    case 'enum':
      return `one of ${ref.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
}

/**
 * Which values need defaulting code: a fixpoint over struct types, because a self-referential type
 * needs code exactly when something in its cycle has a hook or a default.
 */
function needsDefaulting(
  allTypes: readonly ApiType[],
  types: ReadonlyMap<string, ApiType>,
  hooks: ReadonlyMap<string, ApiFunction>,
  fieldDefault: (field: ApiField) => ResolvedDefault | undefined,
): (ref: TypeRef) => boolean {
  const needed = new Set<string>();
  const fieldsNeed = (fields: readonly ApiField[]): boolean => fields.some((f) => fieldDefault(f) !== undefined || refNeeds(f.type, 0));
  const refNeeds = (ref: TypeRef, hops: number): boolean => {
    switch (ref.ref) {
      case 'named': {
        if (needed.has(ref.id)) return true;
        const type = types.get(ref.id);
        return type?.shape.form === 'alias' && hops < 32 ? refNeeds(type.shape.target, hops + 1) : false;
      }
      case 'array':
        return refNeeds(ref.items, hops);
      case 'map':
        return refNeeds(ref.values, hops);
      case 'struct':
        return fieldsNeed(ref.fields);
      default:
        return false;
    }
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const type of allTypes) {
      if (needed.has(type.id) || type.shape.form !== 'struct') continue;
      if (hooks.has(type.id) || fieldsNeed(type.shape.fields)) {
        needed.add(type.id);
        changed = true;
      }
    }
  }
  return (ref) => refNeeds(ref, 0);
}
