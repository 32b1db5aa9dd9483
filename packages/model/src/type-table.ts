import * as path from 'node:path';
import { ts } from 'ts-morph';
import type { LoadContext, TypeDeclaration, TypeHome } from './context';
import { isExported } from './exported';
import { relativePath } from './positions';
import { unsupported } from './refusals';
import type { TypeRef } from './types';

/** The home of a declaration: the API package of its folder, or an external key for other files and npm packages. */
export function homeOf(
  declaration: TypeDeclaration,
  module: string | undefined,
  ctx: LoadContext,
): TypeHome {
  const file = declaration.getSourceFile().fileName;
  const pkg = ctx.packagesByFolder.get(path.dirname(file));
  if (pkg && !module) return pkg.home;
  return {
    package: `external:${module ?? relativePath(ctx.root, file)}`,
    module,
    fieldsRequiredByDefault: true,
  };
}

/** Id of a type: `<package>#<name>`. */
export function typeId(home: TypeHome, name: string): string {
  return `${home.package}#${name}`;
}

/**
 * A reference to a named type of the tree or an external one. External types are queued for conversion
 * (they are converted once, however many types reach them); API types are converted by the package loop.
 */
export function namedRef(
  declaration: TypeDeclaration,
  module: string | undefined,
  node: ts.Node,
  ctx: LoadContext,
): TypeRef | undefined {
  const home = homeOf(declaration, module, ctx);
  const sourceFile = declaration.getSourceFile();
  const name = declaration.name.getText(sourceFile);
  if (!home.package.startsWith('external:') && !isExported(declaration, sourceFile)) {
    ctx.diagnostics.push(
      unsupported(
        node,
        `'${name}' is not exported, so generated code cannot refer to it`,
        `export it: export ${ts.isInterfaceDeclaration(declaration) ? 'interface' : 'type'} ${name} …`,
      ),
    );
    return undefined;
  }
  if (home.package.startsWith('external:')) ctx.tracker?.externals.set(declaration, home);
  if (
    home.package.startsWith('external:') &&
    !ctx.pendingExternal.has(declaration) &&
    !ctx.types.has(declaration)
  ) {
    ctx.pendingExternal.set(declaration, home);
  }
  return { ref: 'named', id: typeId(home, name), name, package: home.package };
}
