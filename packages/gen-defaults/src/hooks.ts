import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';
import type { ApiFunction, ApiPackage, ApiType } from '@kubegen/model';

/** Name of the hand-written defaulting hook of a type, as defaulter-gen's `SetDefaults_<Type>`. */
export function defaultingHookName(typeName: string): string {
  return `setDefaults_${typeName}`;
}

/** The signature a defaulting hook of `typeName` must have. */
export function defaultingHookSignature(typeName: string): string {
  return `export function ${defaultingHookName(typeName)}(obj: ${typeName}): void`;
}

/**
 * The hand-written `setDefaults_<Type>` of `type`, looked up in the type's own package. A hook whose
 * signature is not `(obj: <Type>): void` is reported (once per hook) and not called.
 */
export function findDefaultingHook(
  type: ApiType,
  packages: ReadonlyMap<string, ApiPackage>,
  problems: Diagnostic[],
  reported: Set<string>,
): ApiFunction | undefined {
  const hook = packages.get(type.package)?.functions.find((f) => f.name === defaultingHookName(type.name));
  if (hook === undefined) return undefined;
  const [obj] = hook.parameters;
  const ok = hook.parameters.length === 1 && obj !== undefined && obj.type.replace(/\s/g, '') === type.name && hook.returnType.trim() === 'void';
  if (ok) return hook;
  const key = `${hook.file}#${hook.name}`;
  if (!reported.has(key)) {
    reported.add(key);
    const written = `(${hook.parameters.map((p) => `${p.name}: ${p.type}`).join(', ')}): ${hook.returnType}`;
    problems.push(
      error(
        Codes.DefaultingHookSignature,
        `${hook.name} has the signature ${written}; a defaulting hook takes the ${type.name} to default, changes it in place and returns nothing`,
        hook.position,
        `write: ${defaultingHookSignature(type.name)}`,
      ),
    );
  }
  return undefined;
}
