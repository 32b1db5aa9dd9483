import { ts } from 'ts-morph';

/** A declaration with a name that `export { … }` can export. */
type NamedDeclaration = ts.Statement & { name?: ts.Node };

/** True when the node carries the `export` keyword. */
export function hasExportKeyword(node: ts.Node): boolean {
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false)
  );
}

/** Per parsed file: the local names its `export { … }` and `export default` statements export. */
const exportedNamesCache = new WeakMap<ts.SourceFile, ReadonlySet<string> | 'all'>();

/**
 * Local names a module exports besides `export`-keyword declarations, as the binder sees them (what ts-morph's
 * `isExported` asked the checker): `export { Foo }`, `export default Foo`, and — in a `.d.ts` module without
 * export statements — every top-level declaration.
 */
function exportedNames(sourceFile: ts.SourceFile): ReadonlySet<string> | 'all' {
  let names = exportedNamesCache.get(sourceFile);
  if (names) return names;
  const found = new Set<string>();
  let exportStatements = false;
  for (const statement of sourceFile.statements) {
    if (ts.isExportDeclaration(statement)) {
      exportStatements = true;
      const clause = statement.exportClause;
      if (statement.moduleSpecifier || !clause || !ts.isNamedExports(clause)) continue;
      for (const spec of clause.elements) {
        const local = spec.propertyName ?? spec.name;
        if (ts.isIdentifier(local)) found.add(local.text);
      }
    } else if (ts.isExportAssignment(statement)) {
      exportStatements = true;
      if (ts.isIdentifier(statement.expression)) found.add(statement.expression.text);
    }
  }
  if (!ts.isExternalModule(sourceFile)) names = new Set();
  else if (sourceFile.isDeclarationFile && !exportStatements) names = 'all';
  else names = found;
  exportedNamesCache.set(sourceFile, names);
  return names;
}

/** True when a top-level declaration of the file is exported (by keyword, by `export { … }`, or implicitly in a `.d.ts`). */
export function isExported(declaration: NamedDeclaration, sourceFile: ts.SourceFile): boolean {
  if (hasExportKeyword(declaration)) return true;
  // A variable statement has no symbol of its own: only its keyword exports it.
  if (ts.isVariableStatement(declaration)) return false;
  const name = declaration.name;
  if (!name || !ts.isIdentifier(name)) return false;
  const names = exportedNames(sourceFile);
  return names === 'all' || names.has(name.text);
}
