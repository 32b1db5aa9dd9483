import * as path from 'node:path';
import { ts } from 'ts-morph';
import { Codes, error } from '@kubegen/diagnostics';
import type { LoadContext, PackageInfo, TypeDeclaration } from './context';
import { ensureType } from './declarations';
import { withConstEnums } from './enum-consts';
import { isExported } from './exported';
import { checkListType, isKindShape, kindInfo, syntheticListType } from './kinds';
import { lineAndColumnAt, positionOf } from './positions';
import type { ApiType } from './types';

/**
 * Converts the exported interfaces and type aliases of an API package, finds its kinds, checks or provides
 * their list types, and reports names declared twice. Types are sorted by name.
 */
export function collectPackageTypes(info: PackageInfo, ctx: LoadContext): ApiType[] {
  const declarations = new Map<string, TypeDeclaration[]>();
  for (const sourceFile of info.files) {
    for (const statement of sourceFile.statements) {
      if (
        (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) &&
        isExported(statement, sourceFile)
      ) {
        const name = statement.name.getText(sourceFile);
        const known = declarations.get(name);
        if (known) known.push(statement);
        else declarations.set(name, [statement]);
      }
    }
  }
  const converted = new Map<string, ApiType>();
  for (const [name, decls] of declarations) {
    const types = decls.map((d) => ensureType(d, info.home, ctx));
    if (decls.length > 1) reportDuplicates(name, types, decls, ctx);
    const first = types[0];
    if (first) converted.set(name, first);
  }
  const byName = withConstEnums(converted, info, ctx.diagnostics);
  const kinds = [...byName.values()].filter(isKindShape);
  const kindNames = new Set(kinds.map((k) => k.name));
  for (const kind of kinds) {
    // A mis-written `FooList` with ObjectMeta metadata is Foo's broken list type, not a kind of its own.
    if (kind.name.endsWith('List') && kindNames.has(kind.name.slice(0, -4))) continue;
    kind.kind = kindInfo(kind, byName, ctx.diagnostics);
    const list = byName.get(kind.kind.listKind);
    if (list) {
      checkListType(list, kind, ctx.diagnostics);
      list.listOf = kind.name;
    } else {
      byName.set(kind.kind.listKind, syntheticListType(kind));
    }
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function reportDuplicates(
  name: string,
  converted: (ApiType | undefined)[],
  decls: TypeDeclaration[],
  ctx: LoadContext,
): void {
  const allKinds = converted.every((t) => t !== undefined && isKindShape(t));
  const where = decls
    .map((d) => {
      const sourceFile = d.getSourceFile();
      const { line } = lineAndColumnAt(sourceFile, d.name.getStart(sourceFile));
      return `${path.basename(sourceFile.fileName)}:${line}`;
    })
    .join(', ');
  for (const decl of decls) {
    ctx.diagnostics.push(
      error(
        allKinds ? Codes.DuplicateKind : Codes.DuplicateType,
        allKinds
          ? `kind ${name} is declared more than once in this version (${where})`
          : `type ${name} is declared more than once in this package (${where})`,
        positionOf(decl.name),
        allKinds
          ? `keep one declaration of ${name}; move the other to another version or rename it`
          : `rename one of them, or merge them into one declaration`,
      ),
    );
  }
}
