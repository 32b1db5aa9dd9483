import {
  Node,
  SyntaxKind,
  type ExpressionWithTypeArguments,
  type InterfaceDeclaration,
  type TypeAliasDeclaration,
} from 'ts-morph';
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
  const name = declaration.getName();
  const comment = readAttachedMarkers(declaration, 'type', ctx.registry);
  // Markers in an npm package's .d.ts are not the user's to fix: their docs are kept, their complaints are not.
  if (!home.module) ctx.diagnostics.push(...comment.diagnostics);
  const typeParameters = declaration.getTypeParameters();
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
  const scope: TypeScope = { sourceFile: declaration.getSourceFile(), home, convertMembers };
  const built = Node.isInterfaceDeclaration(declaration)
    ? interfaceShape(declaration, scope, ctx)
    : aliasShape(declaration, scope, ctx);
  if (!built) return undefined;
  return {
    name,
    package: home.package,
    id: typeId(home, name),
    file: relativePath(ctx.root, declaration.getSourceFile().getFilePath()),
    ...(home.module ? { module: home.module } : {}),
    doc: comment.doc,
    markers: comment.markers,
    position: positionOf(declaration.getNameNode()),
    shape: built.shape,
    typeMeta: built.typeMeta,
  };
}

interface BuiltShape {
  shape: TypeShape;
  typeMeta: boolean;
}

function interfaceShape(
  declaration: InterfaceDeclaration,
  scope: TypeScope,
  ctx: LoadContext,
): BuiltShape | undefined {
  const members = declaration.getMembers();
  const heritage = declaration.getExtends();
  if (
    heritage.length === 0 &&
    members.length === 1 &&
    Node.isIndexSignatureDeclaration(members[0])
  ) {
    const literalLike = convertIndexOnly(declaration, scope, ctx);
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
  declaration: InterfaceDeclaration,
  scope: TypeScope,
  ctx: LoadContext,
): TypeRef | undefined {
  const index = declaration.getIndexSignatures()[0];
  const keyType = index.getKeyTypeNode();
  const valueNode = index.getReturnTypeNode();
  if (keyType.getKind() !== SyntaxKind.StringKeyword || !valueNode) {
    ctx.diagnostics.push(
      unsupported(
        keyType,
        `an index signature with ${keyType.getText()} keys is not supported: JSON object keys are strings`,
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
  base: ExpressionWithTypeArguments,
  scope: TypeScope,
  ctx: LoadContext,
): Embedding | undefined {
  if (base.getTypeArguments().length > 0) {
    ctx.diagnostics.push(
      unsupported(
        base,
        `extending the generic type ${base.getText()} is not supported`,
        'extend a concrete interface without type arguments',
      ),
    );
    return undefined;
  }
  const expression = base.getExpression();
  const parts = expression.getText().split('.');
  const nameNode = Node.isPropertyAccessExpression(expression)
    ? expression.getNameNode()
    : expression;
  const resolved = resolveTypeName(parts, nameNode, scope.sourceFile, ctx, scope.home.module);
  if (
    resolved.kind === 'runtime' &&
    resolved.type.ref === 'meta' &&
    resolved.type.name === 'TypeMeta'
  ) {
    return {
      ref: { ref: 'meta', name: 'TypeMeta' },
      fields: typeMetaFields(positionOf(base)),
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
  declaration: TypeAliasDeclaration,
  scope: TypeScope,
  ctx: LoadContext,
): BuiltShape | undefined {
  const typeNode = declaration.getTypeNode();
  if (!typeNode) return undefined;
  if (Node.isTypeLiteral(typeNode) && typeNode.getIndexSignatures().length === 0) {
    const fields = convertMembers(typeNode, scope, ctx);
    return fields && { shape: { form: 'struct', fields, embedded: [] }, typeMeta: false };
  }
  const target = convertTypeNode(typeNode, scope, ctx);
  if (!target) return undefined;
  if (target.ref === 'enum' && !target.nullable)
    return { shape: { form: 'enum', values: target.values }, typeMeta: false };
  return { shape: { form: 'alias', target }, typeMeta: false };
}
