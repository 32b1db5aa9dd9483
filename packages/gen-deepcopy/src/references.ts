import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';
import type { ApiField, ApiType, TypeRef } from '@kubegen/model';

/** Calls `visit` for every named type a reference reaches without passing through another named type. */
export function forEachNamedRef(ref: TypeRef, visit: (ref: Extract<TypeRef, { ref: 'named' }>) => void): void {
  switch (ref.ref) {
    case 'named':
      visit(ref);
      return;
    case 'array':
      forEachNamedRef(ref.items, visit);
      return;
    case 'map':
      forEachNamedRef(ref.values, visit);
      return;
    case 'struct':
      for (const field of ref.fields) forEachNamedRef(field.type, visit);
      return;
    default:
      return;
  }
}

/** The references a type's shape holds, with the field each stands in (for positions). */
export function shapeRefs(type: ApiType): { ref: TypeRef; field?: ApiField }[] {
  switch (type.shape.form) {
    case 'struct':
      return type.shape.fields.map((field) => ({ ref: field.type, field }));
    case 'alias':
      return [{ ref: type.shape.target }];
    case 'enum':
      return [];
  }
}

/** The error for a reference to a type the model does not hold. */
export function unresolvedReference(type: ApiType, name: string, id: string, field?: ApiField): Diagnostic {
  const where = field ? `field '${field.name}' of ${type.name}` : `alias ${type.name}`;
  return error(
    Codes.DeepCopyNotCopyable,
    `Cannot generate deepCopy${type.name}: ${where} refers to type ${name} (${id}), which the model does not hold`,
    field?.position ?? type.position,
    `Export ${name} from a file under the source roots or from an npm package's .d.ts, or opt ${type.name} out with // +k8s:deepcopy-gen=false and write deepCopy${type.name} by hand`,
  );
}
