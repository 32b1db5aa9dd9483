import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';
import type { PackageInfo } from './context';
import { exportedConsts } from './hooks';
import type { ApiType } from './types';

/** The markers that make a string type an enum of its package's constants (controller-gen, openapi-gen). */
const ENUM_MARKERS = new Set(['k8s:enum', 'enum']);

/**
 * `+k8s:enum` (and openapi-gen's `+enum`) on `type Policy = string`: the type becomes an enum of every
 * `export const X: Policy = '…'` of the package, sorted by JSON text as controller-gen sorts them
 * (Go's `const X Policy = "…"`). Other types are returned as they are.
 */
export function withConstEnums(
  types: ReadonlyMap<string, ApiType>,
  info: PackageInfo,
  diagnostics: Diagnostic[],
): Map<string, ApiType> {
  const out = new Map(types);
  for (const [name, type] of types) {
    const marker = type.markers.find((m) => ENUM_MARKERS.has(m.name));
    if (!marker || type.shape.form === 'enum') continue;
    const target = type.shape.form === 'alias' ? type.shape.target : undefined;
    if (target?.ref !== 'scalar' || target.scalar !== 'string' || target.nullable) {
      diagnostics.push(
        error(
          Codes.EnumNotString,
          `+${marker.name} is on ${name}, which is not a string type`,
          marker.position,
          `declare it as \`export type ${name} = string;\` with its values as \`export const …: ${name} = '…';\`, or write a union of string literals`,
        ),
      );
      continue;
    }
    const values = stringConstsOf(info, name);
    if (values.length === 0) {
      diagnostics.push(
        error(
          Codes.EnumWithoutValues,
          `+${marker.name} is on ${name}, but this package declares no constant of type ${name}`,
          marker.position,
          `declare its values beside it: export const ${name}Example: ${name} = 'Example';`,
        ),
      );
      continue;
    }
    out.set(name, { ...type, shape: { form: 'enum', values } });
  }
  return out;
}

/** The string values of the package's `export const X: <typeName> = '…'`, deduplicated, sorted by JSON text. */
function stringConstsOf(info: PackageInfo, typeName: string): string[] {
  const values = new Set<string>();
  for (const sourceFile of info.files) {
    for (const { value, type } of exportedConsts(sourceFile)) {
      if (type === typeName && typeof value === 'string') values.add(value);
    }
  }
  return [...values].sort((a, b) => {
    const x = JSON.stringify(a);
    const y = JSON.stringify(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}
