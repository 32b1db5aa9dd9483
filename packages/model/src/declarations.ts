import { ts } from 'ts-morph';
import { readAttachedMarkers } from './comments';
import type { LoadContext, TypeDeclaration, TypeHome } from './context';
import { convertMembers } from './fields';
import { positionOf, relativePath } from './positions';
import { unsupported } from './refusals';
import { resolveTypeName } from './resolve-names';
import { convertTypeNode, refFromResolved, type TypeScope } from './type-refs';
import { homeOf, typeId } from './type-table';
import { typeMetaFields } from './type-meta';
import type { ApiField, ApiType, TypeRef, TypeShape } from './types';

/** Converts a declaration once (memoised), so that bases are ready when a derived interface inlines them. */
export function ensureType(
  declaration: TypeDeclaration,
  home: TypeHome,
  ctx: LoadContext,
): ApiType | undefined {
  ctx.tracker?.files.add(declaration.getSourceFile());
  const done = ctx.types.get(declaration);
  if (done) return done;
  if (ctx.converting.has(declaration)) return undefined;
  ctx.converting.add(declaration);
  const type = convertDeclaration(declaration, home, ctx);
  ctx.converting.delete(declaration);
  if (type) ctx.types.set(declaration, type);
  return type;
}

function convertDeclaration(
  declaration: TypeDeclaration,
  home: TypeHome,
  ctx: LoadContext,
): ApiType | undefined {
  const sourceFile = declaration.getSourceFile();
  const name = declaration.name.getText(sourceFile);
  const comment = readAttachedMarkers(declaration, sourceFile, 'type', ctx.registry);
  // Markers in an npm package's .d.ts are not the user's to fix: their docs are kept, their complaints are not.
  if (!home.module) ctx.diagnostics.push(...comment.diagnostics);
  const typeParameters = declaration.typeParameters ?? [];
  if (typeParameters.length > 0) {
    ctx.diagnostics.push(
      unsupported(
        typeParameters[0],
        `generic type ${name}<…> is not supported`,
        `declare a concrete interface ${name} for each use, without type parameters`,
      ),
    );
    return undefined;
  }
  const scope: TypeScope = { sourceFile, home, convertMembers };
  const built = ts.isInterfaceDeclaration(declaration)
    ? interfaceShape(declaration, scope, ctx)
    : aliasShape(declaration, scope, ctx);
  if (!built) return undefined;
  return {
    name,
    package: home.package,
    id: typeId(home, name),
    file: relativePath(ctx.root, sourceFile.fileName),
    ...(home.module ? { module: home.module } : {}),
    doc: comment.doc,
    markers: comment.markers,
    position: positionOf(declaration.name, sourceFile),
    shape: built.shape,
    typeMeta: built.typeMeta,
  };
}

interface BuiltShape {
  shape: TypeShape;
  typeMeta: boolean;
}

function interfaceShape(
  declaration: ts.InterfaceDeclaration,
  scope: TypeScope,
  ctx: LoadContext,
): BuiltShape | undefined {
  const members = declaration.members;
  const heritage =
    declaration.heritageClauses?.find((c) => c.token === ts.SyntaxKind.ExtendsKeyword)?.types ?? [];
  if (heritage.length === 0 && members.length === 1 && ts.isIndexSignatureDeclaration(members[0])) {
    const literalLike = convertIndexOnly(members[0], scope, ctx);
    return literalLike && { shape: { form: 'alias', target: literalLike }, typeMeta: false };
  }
  const inherited: ApiField[] = [];
  const embedded: TypeRef[] = [];
  let typeMeta = false;
  let ok = true;
  for (const base of heritage) {
    const result = embed(base, scope, ctx);
    if (!result) {
      ok = false;
      continue;
    }
    embedded.push(result.ref);
    inherited.push(...result.fields);
    typeMeta ||= result.typeMeta;
  }
  const own = convertMembers(declaration, scope, ctx);
  if (!own || !ok) return undefined;
  const ownNames = new Set(own.map((f) => f.name));
  const fields = [...inherited.filter((f) => !ownNames.has(f.name)), ...own];
  return { shape: { form: 'struct', fields, embedded }, typeMeta };
}

/** `interface Labels { [key: string]: string }` is a map, like `Record<string, string>`. */
function convertIndexOnly(
  index: ts.IndexSignatureDeclaration,
  scope: TypeScope,
  ctx: LoadContext,
): TypeRef | undefined {
  const keyType = index.parameters[0].type!;
  const valueNode = index.type;
  if (keyType.kind !== ts.SyntaxKind.StringKeyword || !valueNode) {
    ctx.diagnostics.push(
      unsupported(
        keyType,
        `an index signature with ${keyType.getText(scope.sourceFile)} keys is not supported: JSON object keys are strings`,
        'use `[key: string]: T` or Record<string, T>',
      ),
    );
    return undefined;
  }
  const values = convertTypeNode(valueNode, scope, ctx);
  return values && { ref: 'map', values };
}

interface Embedding {
  ref: TypeRef;
  fields: ApiField[];
  typeMeta: boolean;
}

function embed(
  base: ts.ExpressionWithTypeArguments,
  scope: TypeScope,
  ctx: LoadContext,
): Embedding | undefined {
  if ((base.typeArguments?.length ?? 0) > 0) {
    ctx.diagnostics.push(
      unsupported(
        base,
        `extending the generic type ${base.getText(scope.sourceFile)} is not supported`,
        'extend a concrete interface without type arguments',
      ),
    );
    return undefined;
  }
  const expression = base.expression;
  const parts = expression.getText(scope.sourceFile).split('.');
  const nameNode = ts.isPropertyAccessExpression(expression) ? expression.name : expression;
  const resolved = resolveTypeName(parts, nameNode, scope.sourceFile, ctx, scope.home.module);
  if (
    resolved.kind === 'runtime' &&
    resolved.type.ref === 'meta' &&
    resolved.type.name === 'TypeMeta'
  ) {
    return {
      ref: { ref: 'meta', name: 'TypeMeta' },
      fields: typeMetaFields(positionOf(base, scope.sourceFile)),
      typeMeta: true,
    };
  }
  if (resolved.kind === 'runtime') {
    const what = resolved.type.ref === 'meta' ? resolved.type.name : resolved.type.scalar;
    ctx.diagnostics.push(
      unsupported(
        base,
        `an interface can extend TypeMeta and interfaces of the tree, not ${what}`,
        what === 'ObjectMeta'
          ? 'add a field instead: metadata?: ObjectMeta'
          : `add a field of type ${what} instead`,
      ),
    );
    return undefined;
  }
  if (resolved.kind !== 'declaration') {
    refFromResolved(resolved, base, ctx);
    return undefined;
  }
  const ref = refFromResolved(resolved, base, ctx);
  const baseType = ensureType(
    resolved.declaration,
    homeOf(resolved.declaration, resolved.module, ctx),
    ctx,
  );
  if (!ref || !baseType) return undefined;
  if (baseType.shape.form !== 'struct') {
    ctx.diagnostics.push(
      unsupported(
        base,
        `${baseType.name} is not an object type, so it cannot be extended`,
        `add a field of type ${baseType.name} instead`,
      ),
    );
    return undefined;
  }
  const fields = baseType.shape.fields.map((f) => ({
    ...f,
    inheritedFrom: f.inheritedFrom ?? baseType.name,
  }));
  return { ref, fields, typeMeta: baseType.typeMeta };
}

function aliasShape(
  declaration: ts.TypeAliasDeclaration,
  scope: TypeScope,
  ctx: LoadContext,
): BuiltShape | undefined {
  const typeNode = declaration.type;
  if (!typeNode) return undefined;
  if (ts.isTypeLiteralNode(typeNode) && !typeNode.members.some(ts.isIndexSignatureDeclaration)) {
    const fields = convertMembers(typeNode, scope, ctx);
    return fields && { shape: { form: 'struct', fields, embedded: [] }, typeMeta: false };
  }
  const target = convertTypeNode(typeNode, scope, ctx);
  if (!target) return undefined;
  if (target.ref === 'enum' && !target.nullable)
    return { shape: { form: 'enum', values: target.values }, typeMeta: false };
  return { shape: { form: 'alias', target }, typeMeta: false };
}
