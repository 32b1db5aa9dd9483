import { Node, SyntaxKind, type SourceFile, type TypeNode } from 'ts-morph';
import { Codes, error } from '@kubegen/diagnostics';
import type { LoadContext, TypeHome } from './context';
import { positionOf } from './positions';
import { BUILTIN_HINTS, UTILITY_HINT, unsupported } from './refusals';
import { resolveTypeName, type ResolvedName } from './resolve-names';
import { runtimeTypeNames } from './runtime-types';
import { namedRef } from './type-table';
import type { ApiField, TypeRef } from './types';

/** Converts the members of an inline object type; provided by ./fields (kept apart to keep files small). */
export type MembersConverter = (
  node: Node,
  scope: TypeScope,
  ctx: LoadContext,
) => ApiField[] | undefined;

/** Where a type node is read: its file and the home of the declaration it belongs to. */
export interface TypeScope {
  sourceFile: SourceFile;
  home: TypeHome;
  convertMembers: MembersConverter;
}

/** Converts a type node into a TypeRef; reports KG2002/KG2003 and returns undefined when it cannot. */
export function convertTypeNode(
  node: TypeNode,
  scope: TypeScope,
  ctx: LoadContext,
): TypeRef | undefined {
  if (Node.isParenthesizedTypeNode(node)) return convertTypeNode(node.getTypeNode(), scope, ctx);
  if (Node.isUnionTypeNode(node)) return convertUnion(node.getTypeNodes(), node, scope, ctx);
  switch (node.getKind()) {
    case SyntaxKind.StringKeyword:
      return { ref: 'scalar', scalar: 'string' };
    case SyntaxKind.BooleanKeyword:
      return { ref: 'scalar', scalar: 'boolean' };
    case SyntaxKind.NumberKeyword:
      return { ref: 'scalar', scalar: 'number' };
  }
  if (Node.isArrayTypeNode(node)) return arrayOf(node.getElementTypeNode(), scope, ctx);
  if (Node.isTypeOperatorTypeNode(node) && node.getOperator() === SyntaxKind.ReadonlyKeyword) {
    return convertTypeNode(node.getTypeNode(), scope, ctx);
  }
  if (Node.isLiteralTypeNode(node)) return convertLiteral(node, ctx);
  if (Node.isTypeLiteral(node)) return convertTypeLiteral(node, scope, ctx);
  if (Node.isTypeReference(node)) return convertReference(node, scope, ctx);
  refuseForm(node, ctx);
  return undefined;
}

function arrayOf(element: TypeNode, scope: TypeScope, ctx: LoadContext): TypeRef | undefined {
  const items = convertTypeNode(element, scope, ctx);
  return items && { ref: 'array', items };
}

function convertLiteral(node: Node, ctx: LoadContext): TypeRef | undefined {
  const literal = Node.isLiteralTypeNode(node) ? node.getLiteral() : node;
  if (Node.isStringLiteral(literal) || Node.isNoSubstitutionTemplateLiteral(literal)) {
    return { ref: 'enum', values: [literal.getLiteralValue()] };
  }
  if (literal.getKind() === SyntaxKind.NullKeyword) {
    ctx.diagnostics.push(
      unsupported(
        node,
        'a type cannot be only null',
        'write the type of the value and add | null: `T | null`',
      ),
    );
    return undefined;
  }
  ctx.diagnostics.push(
    unsupported(
      node,
      `the literal type ${node.getText()} is not supported: only string literals make enums`,
      literal.getKind() === SyntaxKind.TrueKeyword || literal.getKind() === SyntaxKind.FalseKeyword
        ? 'use boolean'
        : "use int32 (from '@kubegen/runtime') with // +kubebuilder:validation:Enum=1;2;3, or a union of string literals",
    ),
  );
  return undefined;
}

function isNullLiteral(node: TypeNode): boolean {
  return Node.isLiteralTypeNode(node) && node.getLiteral().getKind() === SyntaxKind.NullKeyword;
}

function isStringLiteral(node: TypeNode): boolean {
  if (!Node.isLiteralTypeNode(node)) return false;
  const literal = node.getLiteral();
  return Node.isStringLiteral(literal) || Node.isNoSubstitutionTemplateLiteral(literal);
}

function flattenUnion(members: TypeNode[]): TypeNode[] {
  return members.flatMap((m) => {
    let inner: TypeNode = m;
    while (Node.isParenthesizedTypeNode(inner)) inner = inner.getTypeNode();
    return Node.isUnionTypeNode(inner) ? flattenUnion(inner.getTypeNodes()) : [inner];
  });
}

function convertUnion(
  members: TypeNode[],
  node: TypeNode,
  scope: TypeScope,
  ctx: LoadContext,
): TypeRef | undefined {
  const all = flattenUnion(members);
  const nullable = all.some(isNullLiteral);
  const rest = all.filter((m) => !isNullLiteral(m));
  const undefinedMember = rest.find((m) => m.getKind() === SyntaxKind.UndefinedKeyword);
  if (undefinedMember) {
    ctx.diagnostics.push(
      unsupported(
        undefinedMember,
        '`undefined` in a union is not supported',
        'make the property optional instead: `name?: T`',
      ),
    );
    return undefined;
  }
  const otherLiteral = rest.find((m) => Node.isLiteralTypeNode(m) && !isStringLiteral(m));
  if (otherLiteral) return convertLiteral(otherLiteral, ctx);
  let ref: TypeRef | undefined;
  if (rest.length > 0 && rest.every(isStringLiteral)) {
    ref = { ref: 'enum', values: [...new Set(rest.map((m) => literalValue(m)))] };
  } else if (rest.length === 1) {
    ref = convertTypeNode(rest[0], scope, ctx);
  } else {
    refuseUnion(node, rest, ctx);
    return undefined;
  }
  return ref && nullable ? { ...ref, nullable: true } : ref;
}

function literalValue(node: TypeNode): string {
  const literal = (node as import('ts-morph').LiteralTypeNode).getLiteral();
  return Node.isStringLiteral(literal) || Node.isNoSubstitutionTemplateLiteral(literal)
    ? literal.getLiteralValue()
    : '';
}

function refuseUnion(node: TypeNode, rest: TypeNode[], ctx: LoadContext): void {
  if (rest.length === 0) {
    ctx.diagnostics.push(
      unsupported(
        node,
        'a type cannot be only null',
        'write the type of the value and add | null: `T | null`',
      ),
    );
  } else if (rest.some(isStringLiteral)) {
    ctx.diagnostics.push(
      unsupported(
        node,
        `the union ${node.getText()} mixes literals and other types`,
        "an enum is a union of string literals only ('A' | 'B'); add | null for a nullable enum",
      ),
    );
  } else {
    ctx.diagnostics.push(
      unsupported(
        node,
        `the union ${node.getText()} is not supported: a field has one type`,
        'use one interface with optional fields, one per alternative (a one-of, with // +kubebuilder:validation:ExactlyOneOf on the type), or separate fields',
      ),
    );
  }
}

function convertTypeLiteral(
  node: import('ts-morph').TypeLiteralNode,
  scope: TypeScope,
  ctx: LoadContext,
): TypeRef | undefined {
  const indexes = node.getIndexSignatures();
  if (indexes.length === 1 && node.getMembers().length === 1) {
    const index = indexes[0];
    const keyType = index.getKeyTypeNode();
    if (keyType.getKind() !== SyntaxKind.StringKeyword) {
      ctx.diagnostics.push(
        unsupported(
          keyType,
          `an index signature with ${keyType.getText()} keys is not supported: JSON object keys are strings`,
          'use `{ [key: string]: T }` or Record<string, T>',
        ),
      );
      return undefined;
    }
    const valueNode = index.getReturnTypeNode();
    if (!valueNode) {
      ctx.diagnostics.push(
        unsupported(index, 'the index signature has no value type', 'write `{ [key: string]: T }`'),
      );
      return undefined;
    }
    const values = convertTypeNode(valueNode, scope, ctx);
    return values && { ref: 'map', values };
  }
  const fields = scope.convertMembers(node, scope, ctx);
  return fields && { ref: 'struct', fields };
}

function convertReference(
  node: import('ts-morph').TypeReferenceNode,
  scope: TypeScope,
  ctx: LoadContext,
): TypeRef | undefined {
  const typeName = node.getTypeName();
  const parts = Node.isQualifiedName(typeName)
    ? typeName.getText().split('.')
    : [typeName.getText()];
  const nameNode = Node.isQualifiedName(typeName) ? typeName.getRight() : typeName;
  const resolved = resolveTypeName(parts, nameNode, scope.sourceFile, ctx, scope.home.module);
  const args = node.getTypeArguments();
  if (resolved.kind === 'builtin') return convertBuiltin(resolved.name, node, args, scope, ctx);
  if (args.length > 0) {
    ctx.diagnostics.push(
      unsupported(
        node,
        `generic type ${node.getText()} is not supported`,
        `declare a concrete interface for this use instead of ${parts.join('.')}<…>`,
      ),
    );
    return undefined;
  }
  return refFromResolved(resolved, node, ctx);
}

/** Turns a resolved name into a TypeRef, reporting names that are not API types. */
export function refFromResolved(
  resolved: ResolvedName,
  node: Node,
  ctx: LoadContext,
): TypeRef | undefined {
  switch (resolved.kind) {
    case 'runtime':
      return resolved.type.ref === 'scalar'
        ? { ref: 'scalar', scalar: resolved.type.scalar }
        : { ref: 'meta', name: resolved.type.name };
    case 'declaration':
      return namedRef(resolved.declaration, resolved.module, node, ctx);
    case 'runtime-other':
      ctx.diagnostics.push(
        error(
          Codes.UnresolvedType,
          `'${resolved.name}' from '@kubegen/runtime' is not an API type`,
          positionOf(node),
          `API types may use: ${runtimeTypeNames().join(', ')}`,
        ),
      );
      return undefined;
    case 'refused':
      ctx.diagnostics.push(refusedDeclaration(resolved.declarationKind, resolved.name, node));
      return undefined;
    case 'builtin':
      ctx.diagnostics.push(
        unsupported(
          node,
          `${resolved.name} is not supported here`,
          BUILTIN_HINTS[resolved.name] ?? UTILITY_HINT,
        ),
      );
      return undefined;
    case 'unresolved':
      ctx.diagnostics.push(unresolved(resolved.name, resolved.detail, node));
      return undefined;
  }
}

function refusedDeclaration(kind: string, name: string, node: Node) {
  if (kind === 'enum') {
    return unsupported(
      node,
      `'${name}' is a TypeScript enum, which is not supported`,
      `declare it as a union of string literals: export type ${name} = 'A' | 'B'`,
    );
  }
  if (kind === 'class') {
    return unsupported(
      node,
      `'${name}' is a class, which is not supported: API types are plain data`,
      `declare it as an interface: export interface ${name} { … }`,
    );
  }
  return unsupported(
    node,
    `'${name}' is a ${kind}, not a type`,
    'refer to an interface, a type alias or a type from @kubegen/runtime',
  );
}

function unresolved(name: string, detail: string | undefined, node: Node) {
  const runtime = runtimeTypeNames().includes(name);
  const hint = runtime
    ? `import it: import type { ${name} } from '@kubegen/runtime';`
    : `declare ${name} in this file, or import it from the file or package that exports it`;
  return error(
    Codes.UnresolvedType,
    `cannot find type '${name}'${detail ? `: ${detail}` : ''}`,
    positionOf(node),
    hint,
  );
}

function convertBuiltin(
  name: string,
  node: Node,
  args: TypeNode[],
  scope: TypeScope,
  ctx: LoadContext,
): TypeRef | undefined {
  if ((name === 'Array' || name === 'ReadonlyArray') && args.length === 1)
    return arrayOf(args[0], scope, ctx);
  if (name === 'Record' && args.length === 2) {
    if (args[0].getKind() !== SyntaxKind.StringKeyword) {
      ctx.diagnostics.push(
        unsupported(
          args[0],
          `Record with ${args[0].getText()} keys is not supported: JSON object keys are strings`,
          'use Record<string, T>',
        ),
      );
      return undefined;
    }
    const values = convertTypeNode(args[1], scope, ctx);
    return values && { ref: 'map', values };
  }
  ctx.diagnostics.push(
    unsupported(node, `${node.getText()} is not supported`, BUILTIN_HINTS[name] ?? UTILITY_HINT),
  );
  return undefined;
}

const FORM_REFUSALS: ReadonlyArray<[SyntaxKind, string, string]> = [
  [
    SyntaxKind.AnyKeyword,
    '`any` is not supported: a schema needs a type',
    "use JSONValue from '@kubegen/runtime' for free-form JSON, or declare the type",
  ],
  [
    SyntaxKind.UnknownKeyword,
    '`unknown` is not supported: a schema needs a type',
    "use JSONValue from '@kubegen/runtime' for free-form JSON, or RawExtension for an embedded object",
  ],
  [
    SyntaxKind.ObjectKeyword,
    '`object` is not supported',
    "declare an interface, or use Record<string, T> or JSONValue from '@kubegen/runtime'",
  ],
  [
    SyntaxKind.IntersectionType,
    'intersection types are not supported',
    'declare an interface that extends the types: interface C extends A, B { … }',
  ],
  [SyntaxKind.ConditionalType, 'conditional types are not supported', UTILITY_HINT],
  [
    SyntaxKind.MappedType,
    'mapped types are not supported',
    'use Record<string, T> for a map, or declare an interface with the fields',
  ],
  [
    SyntaxKind.TupleType,
    'tuples are not supported',
    'use an array T[] (with +kubebuilder:validation:MinItems/MaxItems), or an interface with named fields',
  ],
  [
    SyntaxKind.FunctionType,
    'function types are not supported: API types are plain data',
    'remove the field, or store data that describes the behaviour',
  ],
  [
    SyntaxKind.ConstructorType,
    'constructor types are not supported: API types are plain data',
    'remove the field',
  ],
  [SyntaxKind.TypeQuery, '`typeof` types are not supported', 'write the type out'],
  [
    SyntaxKind.IndexedAccessType,
    'indexed access types are not supported',
    'name the type and refer to it',
  ],
  [
    SyntaxKind.TemplateLiteralType,
    'template literal types are not supported',
    'use string with // +kubebuilder:validation:Pattern=…',
  ],
  [
    SyntaxKind.ImportType,
    "import('…') types are not supported",
    'import the type with an import declaration',
  ],
  [
    SyntaxKind.TypeOperator,
    'type operators (keyof, unique) are not supported',
    'write the type out',
  ],
  [
    SyntaxKind.UndefinedKeyword,
    '`undefined` is not supported',
    'make the property optional instead: `name?: T`',
  ],
  [SyntaxKind.NeverKeyword, '`never` is not supported', 'remove the field'],
  [SyntaxKind.VoidKeyword, '`void` is not supported', 'remove the field'],
  [
    SyntaxKind.BigIntKeyword,
    '`bigint` is not supported: JSON has no big integers',
    "use int64 from '@kubegen/runtime', or a string",
  ],
  [SyntaxKind.SymbolKeyword, '`symbol` is not supported', 'use string'],
];

function refuseForm(node: TypeNode, ctx: LoadContext): void {
  const known = FORM_REFUSALS.find(([kind]) => kind === node.getKind());
  const [, message, hint] = known ?? [
    node.getKind(),
    `the type ${node.getText()} is not supported`,
    'use a type of the table in docs/markers.md',
  ];
  ctx.diagnostics.push(unsupported(node, message, hint));
}
