import * as path from 'node:path';
import type { Node } from 'ts-morph';
import type { LoadContext, TypeDeclaration, TypeHome } from './context';
import { relativePath } from './positions';
import { unsupported } from './refusals';
import type { TypeRef } from './types';

/** The home of a declaration: the API package of its folder, or an external key for other files and npm packages. */
export function homeOf(
  declaration: TypeDeclaration,
  module: string | undefined,
  ctx: LoadContext,
): TypeHome {
  const file = declaration.getSourceFile().getFilePath();
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
  node: Node,
  ctx: LoadContext,
): TypeRef | undefined {
  const home = homeOf(declaration, module, ctx);
  const name = declaration.getName();
  if (!home.package.startsWith('external:') && !declaration.isExported()) {
    ctx.diagnostics.push(
      unsupported(
        node,
        `'${name}' is not exported, so generated code cannot refer to it`,
        `export it: export ${declaration.getKindName() === 'InterfaceDeclaration' ? 'interface' : 'type'} ${name} …`,
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
