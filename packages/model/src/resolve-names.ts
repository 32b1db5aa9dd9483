import * as fs from 'node:fs';
import * as path from 'node:path';
import { ts } from 'ts-morph';
import type { LoadContext, TypeDeclaration } from './context';
import { isExported } from './exported';
import { RUNTIME_MODULE, runtimeType, type RuntimeType } from './runtime-types';

/*
 * Name resolution from syntax: a file's own declarations, then its imports. `@kubegen/runtime` is
 * recognised by module name without being loaded; relative imports are followed file by file; only
 * a bare npm specifier asks the type checker, to find the `.d.ts` declaration it points at.
 */

/** What a type name means. */
export type ResolvedName =
  | { kind: 'runtime'; type: RuntimeType }
  /** A `@kubegen/runtime` export that is not an API type (`Scheme`). */
  | { kind: 'runtime-other'; name: string }
  | { kind: 'declaration'; declaration: TypeDeclaration; module?: string }
  /** A declaration kubegen refuses to map (`enum`, `class`, `function`). */
  | { kind: 'refused'; declarationKind: string; name: string }
  /** A TypeScript built-in used without a declaration of that name in scope (`Array`, `Record`, `Date`). */
  | { kind: 'builtin'; name: string }
  | { kind: 'unresolved'; name: string; detail?: string };

/** Built-in generic and global names kubegen understands or explains; with noLib they are never declared. */
const BUILTINS = new Set([
  'Array',
  'ReadonlyArray',
  'Record',
  'Date',
  'Map',
  'Set',
  'ReadonlyMap',
  'ReadonlySet',
  'Partial',
  'Required',
  'Readonly',
  'Pick',
  'Omit',
  'Exclude',
  'Extract',
  'NonNullable',
  'ReturnType',
  'Parameters',
  'Promise',
  'Function',
  'Object',
  'String',
  'Number',
  'Boolean',
  'BigInt',
  'Symbol',
  'Uint8Array',
  'Awaited',
]);

interface ImportBinding {
  module: string;
  /** The exported name; `*` for a namespace import, `default` for a default import. */
  imported: string;
  /** The local name's node, for the checker. */
  node: ts.Identifier;
}

type Namespace =
  { kind: 'runtime' } | { kind: 'file'; file: ts.SourceFile } | { kind: 'npm'; module: string };

/** Resolves a type name (`Foo`, or `ns.Foo` given as two parts) as seen from `sourceFile`. */
export function resolveTypeName(
  parts: readonly string[],
  nameNode: ts.Node,
  sourceFile: ts.SourceFile,
  ctx: LoadContext,
  module?: string,
): ResolvedName {
  ctx.tracker?.files.add(sourceFile);
  const display = parts.join('.');
  if (parts.length === 1) return resolveIdentifier(parts[0], sourceFile, ctx, module);
  if (parts.length !== 2)
    return { kind: 'unresolved', name: display, detail: 'only one level of namespace is followed' };
  const binding = findImport(sourceFile, parts[0]);
  if (!binding || binding.imported !== '*') return { kind: 'unresolved', name: display };
  const ns = namespaceOf(binding, sourceFile, ctx);
  if (!ns)
    return { kind: 'unresolved', name: display, detail: `cannot find module '${binding.module}'` };
  if (ns.kind === 'runtime') return runtimeName(parts[1]);
  if (ns.kind === 'file')
    return findExported(ns.file, parts[1], ctx, module, 0) ?? { kind: 'unresolved', name: display };
  return viaChecker(nameNode, display, ns.module, ctx);
}

function resolveIdentifier(
  name: string,
  sourceFile: ts.SourceFile,
  ctx: LoadContext,
  module?: string,
): ResolvedName {
  const local = findLocal(sourceFile, name);
  if (local) return fromDeclaration(local, name, module);
  const binding = findImport(sourceFile, name);
  if (binding) return resolveImport(binding, name, sourceFile, ctx, module);
  if (BUILTINS.has(name)) return { kind: 'builtin', name };
  return { kind: 'unresolved', name };
}

function resolveImport(
  binding: ImportBinding,
  name: string,
  sourceFile: ts.SourceFile,
  ctx: LoadContext,
  module?: string,
): ResolvedName {
  if (binding.imported === '*')
    return { kind: 'unresolved', name, detail: `'${name}' is a namespace, not a type` };
  if (binding.module === RUNTIME_MODULE) return runtimeName(binding.imported);
  if (binding.module.startsWith('.')) {
    const file = resolveRelativeFile(sourceFile, binding.module, ctx);
    if (!file)
      return { kind: 'unresolved', name, detail: `cannot find module '${binding.module}'` };
    return (
      findExported(file, binding.imported, ctx, module, 0) ?? {
        kind: 'unresolved',
        name,
        detail: `'${binding.module}' does not export '${binding.imported}'`,
      }
    );
  }
  return viaChecker(binding.node, name, binding.module, ctx);
}

function runtimeName(exported: string): ResolvedName {
  const type = runtimeType(exported);
  return type ? { kind: 'runtime', type } : { kind: 'runtime-other', name: exported };
}

function fromDeclaration(node: ts.Node, name: string, module?: string): ResolvedName {
  if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node))
    return { kind: 'declaration', declaration: node, module };
  if (ts.isEnumDeclaration(node)) return { kind: 'refused', declarationKind: 'enum', name };
  if (ts.isClassDeclaration(node)) return { kind: 'refused', declarationKind: 'class', name };
  return { kind: 'refused', declarationKind: kindName(node.kind), name };
}

let kindNames: Map<ts.SyntaxKind, string> | undefined;

/** The name of a syntax kind as ts-morph's `getKindName` gives it: the first enum member of that value. */
function kindName(kind: ts.SyntaxKind): string {
  if (!kindNames) {
    kindNames = new Map();
    for (const [name, value] of Object.entries(ts.SyntaxKind))
      if (typeof value === 'number' && !kindNames.has(value)) kindNames.set(value, name);
  }
  return kindNames.get(kind) ?? String(kind);
}

/** A top-level declaration that name resolution looks up: interfaces, aliases, enums, classes, functions. */
type LocalDeclaration =
  | ts.InterfaceDeclaration
  | ts.TypeAliasDeclaration
  | ts.EnumDeclaration
  | ts.ClassDeclaration
  | ts.FunctionDeclaration;

function isLocalDeclaration(statement: ts.Statement): statement is LocalDeclaration {
  return (
    ts.isInterfaceDeclaration(statement) ||
    ts.isTypeAliasDeclaration(statement) ||
    ts.isEnumDeclaration(statement) ||
    ts.isClassDeclaration(statement) ||
    ts.isFunctionDeclaration(statement)
  );
}

/** The name an import or export specifier gives (`propertyName` when renamed), as ts-morph's `getName`. */
function specifierName(
  spec: ts.ImportSpecifier | ts.ExportSpecifier,
  sourceFile: ts.SourceFile,
): string {
  const nameNode = spec.propertyName ?? spec.name;
  return ts.isStringLiteral(nameNode) ? nameNode.text : nameNode.getText(sourceFile);
}

interface FileIndex {
  /** The first top-level declaration of each name (interfaces, aliases, enums, classes, functions). */
  locals: Map<string, LocalDeclaration>;
  /** The first import binding of each local name. */
  imports: Map<string, ImportBinding>;
}

/** Per parsed file (a refresh makes a new source file, so a new index): names are looked up once per file. */
const fileIndexes = new WeakMap<ts.SourceFile, FileIndex>();

function indexOf(sourceFile: ts.SourceFile): FileIndex {
  let index = fileIndexes.get(sourceFile);
  if (index) return index;
  const locals = new Map<string, LocalDeclaration>();
  const imports = new Map<string, ImportBinding>();
  const add = (localName: string, binding: ImportBinding) => {
    if (!imports.has(localName)) imports.set(localName, binding);
  };
  for (const statement of sourceFile.statements) {
    if (isLocalDeclaration(statement)) {
      const name = statement.name?.getText(sourceFile);
      if (name !== undefined && !locals.has(name)) locals.set(name, statement);
      continue;
    }
    if (!ts.isImportDeclaration(statement)) continue;
    const module = (statement.moduleSpecifier as ts.StringLiteral).text;
    const clause = statement.importClause;
    if (!clause) continue;
    if (clause.name)
      add(clause.name.getText(sourceFile), { module, imported: 'default', node: clause.name });
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings))
      add(bindings.name.getText(sourceFile), { module, imported: '*', node: bindings.name });
    if (bindings && ts.isNamedImports(bindings)) {
      for (const spec of bindings.elements) {
        add(spec.name.getText(sourceFile), {
          module,
          imported: specifierName(spec, sourceFile),
          node: spec.name,
        });
      }
    }
  }
  index = { locals, imports };
  fileIndexes.set(sourceFile, index);
  return index;
}

/** A top-level declaration of the file with that name (interfaces, aliases, enums, classes, functions). */
function findLocal(sourceFile: ts.SourceFile, name: string): LocalDeclaration | undefined {
  return indexOf(sourceFile).locals.get(name);
}

function findImport(sourceFile: ts.SourceFile, localName: string): ImportBinding | undefined {
  return indexOf(sourceFile).imports.get(localName);
}

function namespaceOf(
  binding: ImportBinding,
  sourceFile: ts.SourceFile,
  ctx: LoadContext,
): Namespace | undefined {
  if (binding.module === RUNTIME_MODULE) return { kind: 'runtime' };
  if (!binding.module.startsWith('.')) return { kind: 'npm', module: binding.module };
  const file = resolveRelativeFile(sourceFile, binding.module, ctx);
  return file ? { kind: 'file', file } : undefined;
}

/** Finds what a file exports under `name`, through `export { a as b } from` and `export * from`. */
function findExported(
  file: ts.SourceFile,
  name: string,
  ctx: LoadContext,
  module: string | undefined,
  depth: number,
): ResolvedName | undefined {
  if (depth > 8) return undefined;
  const local = findLocal(file, name);
  if (local && isExported(local, file)) return fromDeclaration(local, name, module);
  for (const decl of file.statements) {
    if (!ts.isExportDeclaration(decl)) continue;
    const specifier = decl.moduleSpecifier && (decl.moduleSpecifier as ts.StringLiteral).text;
    const target = specifier?.startsWith('.')
      ? resolveRelativeFile(file, specifier, ctx)
      : undefined;
    const clause = decl.exportClause;
    const named = clause && ts.isNamedExports(clause) ? clause.elements : [];
    if (named.length === 0) {
      const found = target ? findExported(target, name, ctx, module, depth + 1) : undefined;
      if (found) return found;
      continue;
    }
    for (const spec of named) {
      const exportedAs = spec.propertyName ? spec.name.getText(file) : specifierName(spec, file);
      if (exportedAs !== name) continue;
      if (specifier === undefined) {
        const own = findLocal(file, specifierName(spec, file));
        return own ? fromDeclaration(own, name, module) : undefined;
      }
      return target
        ? findExported(target, specifierName(spec, file), ctx, module, depth + 1)
        : undefined;
    }
  }
  return undefined;
}

const EXTENSIONS = ['', '.ts', '.d.ts', '/index.ts', '/index.d.ts'];

/** Resolves a relative module specifier to a file, adding it to the source tree when it is not there yet. */
function resolveRelativeFile(
  from: ts.SourceFile,
  specifier: string,
  ctx: LoadContext,
): ts.SourceFile | undefined {
  const dir = path.dirname(from.fileName);
  const key = `${dir}\0${specifier}`;
  let file = ctx.resolvedModules.get(key);
  if (file === undefined && !ctx.resolvedModules.has(key)) {
    file = findRelativeFile(dir, specifier, ctx);
    ctx.resolvedModules.set(key, file);
  }
  if (file) ctx.tracker?.files.add(file);
  return file;
}

function findRelativeFile(
  dir: string,
  specifier: string,
  ctx: LoadContext,
): ts.SourceFile | undefined {
  const base = path.resolve(dir, specifier);
  const stems = /\.[cm]?js$/.test(base) ? [base.replace(/\.[cm]?js$/, '')] : [base];
  for (const stem of stems) {
    for (const ext of EXTENSIONS) {
      const candidate = stem + ext;
      if (ext === '' && !/\.ts$/.test(candidate)) continue;
      const file =
        ctx.tree.get(candidate) ??
        (fs.existsSync(candidate) && fs.statSync(candidate).isFile()
          ? ctx.tree.add(candidate)
          : undefined);
      if (file) return file;
    }
  }
  return undefined;
}

/** Follows an npm import to its declaration with the type checker: the one place the checker is asked. */
function viaChecker(node: ts.Node, name: string, module: string, ctx: LoadContext): ResolvedName {
  const checker = ctx.tree.typeChecker();
  const symbol = checker.getSymbolAtLocation(node);
  const target =
    symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const declaration = target?.declarations?.[0];
  if (!declaration)
    return { kind: 'unresolved', name, detail: `cannot find '${name}' in module '${module}'` };
  const inNodeModules = declaration.getSourceFile().fileName.includes('/node_modules/');
  return fromDeclaration(declaration, name, inNodeModules ? module : undefined);
}
