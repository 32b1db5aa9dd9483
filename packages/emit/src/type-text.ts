import type { ApiModel, ApiType, ScalarName, TypeRef } from '@kubegen/model';
import { moduleOfType } from './modules';
import { propertyKey, tsString } from './literals';
import type { TypeScriptFile } from './typescript-file';

/** Default module generated code imports the runtime from. */
export const DEFAULT_RUNTIME_MODULE = '@kubegen/runtime';

/** Every type of the model (API packages and external types) by `ApiType.id`. */
export function indexTypes(model: ApiModel): Map<string, ApiType> {
  const index = new Map<string, ApiType>();
  for (const pkg of model.packages) {
    for (const type of pkg.types) index.set(type.id, type);
  }
  for (const type of model.externalTypes) index.set(type.id, type);
  return index;
}

export interface TypeTextContext {
  /** Types by id, from `indexTypes`. */
  types: ReadonlyMap<string, ApiType>;
  runtimeModule: string;
}

/** Runtime export that names each scalar, or the TypeScript keyword. */
const SCALAR_TYPES: Record<ScalarName, { runtime: boolean; name: string }> = {
  string: { runtime: false, name: 'string' },
  boolean: { runtime: false, name: 'boolean' },
  number: { runtime: false, name: 'number' },
  int32: { runtime: true, name: 'int32' },
  int64: { runtime: true, name: 'int64' },
  int: { runtime: true, name: 'int' },
  float32: { runtime: true, name: 'float32' },
  float64: { runtime: true, name: 'float64' },
  bytes: { runtime: true, name: 'Bytes' },
};

/** The TypeScript text of a type reference, importing into `file` the names it uses. */
export function typeText(file: TypeScriptFile, ref: TypeRef, context: TypeTextContext): string {
  const text = nonNullTypeText(file, ref, context);
  return ref.nullable ? `${text} | null` : text;
}

function nonNullTypeText(file: TypeScriptFile, ref: TypeRef, context: TypeTextContext): string {
  switch (ref.ref) {
    case 'scalar': {
      const scalar = SCALAR_TYPES[ref.scalar];
      return scalar.runtime ? file.importType(scalar.name, context.runtimeModule) : scalar.name;
    }
    case 'meta':
      return file.importType(ref.name, context.runtimeModule);
    case 'named':
      return namedTypeText(file, ref.id, context);
    case 'array': {
      const items = typeText(file, ref.items, context);
      return needsParentheses(ref.items) ? `(${items})[]` : `${items}[]`;
    }
    case 'map':
      return `Record<string, ${typeText(file, ref.values, context)}>`;
    case 'struct': {
      const members = ref.fields.map(
        (f) => `${propertyKey(f.name)}${f.optional ? '?' : ''}: ${typeText(file, f.type, context)}`,
      );
      return members.length === 0 ? '{}' : `{ ${members.join('; ')} }`;
    }
    case 'enum':
      return ref.values.map(tsString).join(' | ');
  }
}

function needsParentheses(items: TypeRef): boolean {
  return items.nullable === true || (items.ref === 'enum' && items.values.length > 1);
}

/** Imports a named API type into `file` and returns its local name. */
export function namedTypeText(file: TypeScriptFile, id: string, context: TypeTextContext): string {
  const type = context.types.get(id);
  if (type === undefined) {
    throw new Error(`type ${id} is not in the model`);
  }
  return file.importType(type.name, moduleOfType(type, file.path));
}
