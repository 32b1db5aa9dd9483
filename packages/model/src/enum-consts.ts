import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';
import type { PackageInfo } from './context';
import { attachedCommentLines } from './comments';
import { exportedConsts } from './hooks';
import type { ApiType, EnumConstant } from './types';

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
    const constants = stringConstsOf(info, name);
    if (constants.length === 0) {
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
    const values = constants.map((c) => c.value);
    out.set(name, { ...type, shape: { form: 'enum', values, constants } });
  }
  return out;
}

/**
 * The package's `export const X: <typeName> = '…'`, one per value, sorted by the value's JSON text.
 * Of two constants with one value the one with the longer comment stays (kube-openapi's tie-break).
 */
function stringConstsOf(info: PackageInfo, typeName: string): EnumConstant[] {
  const byValue = new Map<string, EnumConstant>();
  for (const sourceFile of info.files) {
    for (const { decl, value, type } of exportedConsts(sourceFile)) {
      if (type !== typeName || typeof value !== 'string') continue;
      const statement = decl.parent.parent;
      const comment = attachedCommentLines(statement, sourceFile)
        .map((l) => l.text)
        .join(' ');
      const constant = { name: decl.name.getText(sourceFile), value, comment };
      const existing = byValue.get(value);
      if (!existing || longerOrSmaller(constant.comment, existing.comment))
        byValue.set(value, constant);
    }
  }
  return [...byValue.values()].sort((a, b) => {
    const x = JSON.stringify(a.value);
    const y = JSON.stringify(b.value);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

function longerOrSmaller(candidate: string, existing: string): boolean {
  return (
    candidate.length > existing.length ||
    (candidate.length === existing.length && candidate < existing)
  );
}
