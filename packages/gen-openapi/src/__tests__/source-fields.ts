import * as path from 'node:path';
import * as ts from 'typescript';

/** A property as the TypeScript checker sees it: its name and whether it is optional. */
export interface CheckedProperty {
  name: string;
  optional: boolean;
}

/** A program over the source types and the generated declarations, compiled with the repository's resolution. */
export function compileBeside(files: string[]): ts.Program {
  return ts.createProgram(files, {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    customConditions: ['kubegen-source'],
  });
}

/** Errors the compiler reports for one file of the program, as text. */
export function fileErrors(program: ts.Program, file: string): string[] {
  const source = program.getSourceFile(file);
  if (!source) return [`${file} is not in the program`];
  return [
    ...program.getSyntacticDiagnostics(source),
    ...program.getSemanticDiagnostics(source),
  ].map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

function properties(checker: ts.TypeChecker, type: ts.Type): CheckedProperty[] {
  return checker
    .getPropertiesOfType(type)
    .map((p) => ({ name: p.getName(), optional: (p.flags & ts.SymbolFlags.Optional) !== 0 }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** The properties of an exported interface of a source file, inherited ones included. */
export function interfaceProperties(
  program: ts.Program,
  file: string,
  name: string,
): CheckedProperty[] | undefined {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(path.resolve(file));
  const symbol = source && checker.getSymbolAtLocation(source);
  const declared = symbol && checker.getExportsOfModule(symbol).find((s) => s.getName() === name);
  if (!declared) return undefined;
  return properties(checker, checker.getDeclaredTypeOfSymbol(declared));
}

/** The properties of `components['schemas'][name]` in a file openapi-typescript wrote. */
export function schemaProperties(
  program: ts.Program,
  file: string,
  name: string,
): CheckedProperty[] | undefined {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const symbol = source && checker.getSymbolAtLocation(source);
  const components =
    symbol && checker.getExportsOfModule(symbol).find((s) => s.getName() === 'components');
  if (!components) return undefined;
  const schemas = checker.getPropertyOfType(checker.getDeclaredTypeOfSymbol(components), 'schemas');
  if (!schemas) return undefined;
  const schema = checker.getPropertyOfType(checker.getTypeOfSymbol(schemas), name);
  return schema ? properties(checker, checker.getTypeOfSymbol(schema)) : undefined;
}
