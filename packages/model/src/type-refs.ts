import { ts } from 'ts-morph';
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
  node: ts.Node,
  scope: TypeScope,
  ctx: LoadContext,
) => ApiField[] | undefined;

/** Where a type node is read: its file and the home of the declaration it belongs to. */
export interface TypeScope {
  sourceFile: ts.SourceFile;
  home: TypeHome;
  convertMembers: MembersConverter;
}

/** Converts a type node into a TypeRef; reports KG2002/KG2003 and returns undefined when it cannot. */
export function convertTypeNode(
  node: ts.TypeNode,
  scope: TypeScope,
  ctx: LoadContext,
): TypeRef | undefined {
  switch (node.kind) {
    case ts.SyntaxKind.ParenthesizedType:
      return convertTypeNode((node as ts.ParenthesizedTypeNode).type, scope, ctx);
    case ts.SyntaxKind.UnionType:
      return convertUnion((node as ts.UnionTypeNode).types, node, scope, ctx);
    case ts.SyntaxKind.StringKeyword:
      return { ref: 'scalar', scalar: 'string' };
    case ts.SyntaxKind.BooleanKeyword:
      return { ref: 'scalar', scalar: 'boolean' };
    case ts.SyntaxKind.NumberKeyword:
      return { ref: 'scalar', scalar: 'number' };
    case ts.SyntaxKind.ArrayType:
      return arrayOf((node as ts.ArrayTypeNode).elementType, scope, ctx);
    case ts.SyntaxKind.TypeOperator: {
      const operator = node as ts.TypeOperatorNode;
      if (operator.operator === ts.SyntaxKind.ReadonlyKeyword)
        return convertTypeNode(operator.type, scope, ctx);
      break;
    }
    case ts.SyntaxKind.LiteralType:
      return convertLiteral(node as ts.LiteralTypeNode, ctx);
    case ts.SyntaxKind.TypeLiteral:
      return convertTypeLiteral(node as ts.TypeLiteralNode, scope, ctx);
    case ts.SyntaxKind.TypeReference:
      return convertReference(node as ts.TypeReferenceNode, scope, ctx);
  }
  refuseForm(node, ctx);
  return undefined;
}

function arrayOf(element: ts.TypeNode, scope: TypeScope, ctx: LoadContext): TypeRef | undefined {
  const items = convertTypeNode(element, scope, ctx);
  return items && { ref: 'array', items };
}

/** The text of a string literal type (`'A'` or a template without substitutions), else undefined. */
function stringLiteralText(node: ts.TypeNode): string | undefined {
  if (!ts.isLiteralTypeNode(node)) return undefined;
  const literal = node.literal;
  return ts.isStringLiteral(literal) || ts.isNoSubstitutionTemplateLiteral(literal)
    ? literal.text
    : undefined;
}

function convertLiteral(node: ts.LiteralTypeNode, ctx: LoadContext): TypeRef | undefined {
  const literal = node.literal;
  if (ts.isStringLiteral(literal) || ts.isNoSubstitutionTemplateLiteral(literal)) {
    return { ref: 'enum', values: [literal.text] };
  }
  if (literal.kind === ts.SyntaxKind.NullKeyword) {
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
      literal.kind === ts.SyntaxKind.TrueKeyword || literal.kind === ts.SyntaxKind.FalseKeyword
        ? 'use boolean'
        : "use int32 (from '@kubegen/runtime') with // +kubebuilder:validation:Enum=1;2;3, or a union of string literals",
    ),
  );
  return undefined;
}

function isNullLiteral(node: ts.TypeNode): boolean {
  return ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword;
}

function isStringLiteral(node: ts.TypeNode): boolean {
  return stringLiteralText(node) !== undefined;
}

function flattenUnion(members: readonly ts.TypeNode[], out: ts.TypeNode[] = []): ts.TypeNode[] {
  for (const member of members) {
    let inner = member;
    while (ts.isParenthesizedTypeNode(inner)) inner = inner.type;
    if (ts.isUnionTypeNode(inner)) flattenUnion(inner.types, out);
    else out.push(inner);
  }
  return out;
}

function convertUnion(
  members: readonly ts.TypeNode[],
  node: ts.TypeNode,
  scope: TypeScope,
  ctx: LoadContext,
): TypeRef | undefined {
  const all = flattenUnion(members);
  const nullable = all.some(isNullLiteral);
  const rest = all.filter((m) => !isNullLiteral(m));
  const undefinedMember = rest.find((m) => m.kind === ts.SyntaxKind.UndefinedKeyword);
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
  const otherLiteral = rest.find((m) => ts.isLiteralTypeNode(m) && !isStringLiteral(m));
  if (otherLiteral) return convertLiteral(otherLiteral as ts.LiteralTypeNode, ctx);
  let ref: TypeRef | undefined;
  if (rest.length > 0 && rest.every(isStringLiteral)) {
    ref = { ref: 'enum', values: [...new Set(rest.map((m) => stringLiteralText(m) ?? ''))] };
  } else if (rest.length === 1) {
    ref = convertTypeNode(rest[0], scope, ctx);
  } else {
    refuseUnion(node, rest, ctx);
    return undefined;
  }
  return ref && nullable ? { ...ref, nullable: true } : ref;
}

function refuseUnion(node: ts.TypeNode, rest: ts.TypeNode[], ctx: LoadContext): void {
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
  node: ts.TypeLiteralNode,
  scope: TypeScope,
  ctx: LoadContext,
): TypeRef | undefined {
  const members = node.members;
  const index = members.length === 1 ? members[0] : undefined;
  if (index && ts.isIndexSignatureDeclaration(index)) {
    const keyType = index.parameters[0].type!;
    if (keyType.kind !== ts.SyntaxKind.StringKeyword) {
      ctx.diagnostics.push(
        unsupported(
          keyType,
          `an index signature with ${keyType.getText(scope.sourceFile)} keys is not supported: JSON object keys are strings`,
          'use `{ [key: string]: T }` or Record<string, T>',
        ),
      );
      return undefined;
    }
    const valueNode = index.type;
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
  node: ts.TypeReferenceNode,
  scope: TypeScope,
  ctx: LoadContext,
): TypeRef | undefined {
  const typeName = node.typeName;
  const qualified = ts.isQualifiedName(typeName);
  const text = typeName.getText(scope.sourceFile);
  const parts = qualified ? text.split('.') : [text];
  const nameNode = qualified ? typeName.right : typeName;
  const resolved = resolveTypeName(parts, nameNode, scope.sourceFile, ctx, scope.home.module);
  const args = node.typeArguments ?? [];
  if (resolved.kind === 'builtin') return convertBuiltin(resolved.name, node, args, scope, ctx);
  if (args.length > 0) {
    ctx.diagnostics.push(
      unsupported(
        node,
        `generic type ${node.getText(scope.sourceFile)} is not supported`,
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
  node: ts.Node,
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

function refusedDeclaration(kind: string, name: string, node: ts.Node) {
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

function unresolved(name: string, detail: string | undefined, node: ts.Node) {
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
  node: ts.TypeNode,
  args: readonly ts.TypeNode[],
  scope: TypeScope,
  ctx: LoadContext,
): TypeRef | undefined {
  if ((name === 'Array' || name === 'ReadonlyArray') && args.length === 1)
    return arrayOf(args[0], scope, ctx);
  if (name === 'Record' && args.length === 2) {
    if (args[0].kind !== ts.SyntaxKind.StringKeyword) {
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

const FORM_REFUSALS: ReadonlyArray<[ts.SyntaxKind, string, string]> = [
  [
    ts.SyntaxKind.AnyKeyword,
    '`any` is not supported: a schema needs a type',
    "use JSONValue from '@kubegen/runtime' for free-form JSON, or declare the type",
  ],
  [
    ts.SyntaxKind.UnknownKeyword,
    '`unknown` is not supported: a schema needs a type',
    "use JSONValue from '@kubegen/runtime' for free-form JSON, or RawExtension for an embedded object",
  ],
  [
    ts.SyntaxKind.ObjectKeyword,
    '`object` is not supported',
    "declare an interface, or use Record<string, T> or JSONValue from '@kubegen/runtime'",
  ],
  [
    ts.SyntaxKind.IntersectionType,
    'intersection types are not supported',
    'declare an interface that extends the types: interface C extends A, B { … }',
  ],
  [ts.SyntaxKind.ConditionalType, 'conditional types are not supported', UTILITY_HINT],
  [
    ts.SyntaxKind.MappedType,
    'mapped types are not supported',
    'use Record<string, T> for a map, or declare an interface with the fields',
  ],
  [
    ts.SyntaxKind.TupleType,
    'tuples are not supported',
    'use an array T[] (with +kubebuilder:validation:MinItems/MaxItems), or an interface with named fields',
  ],
  [
    ts.SyntaxKind.FunctionType,
    'function types are not supported: API types are plain data',
    'remove the field, or store data that describes the behaviour',
  ],
  [
    ts.SyntaxKind.ConstructorType,
    'constructor types are not supported: API types are plain data',
    'remove the field',
  ],
  [ts.SyntaxKind.TypeQuery, '`typeof` types are not supported', 'write the type out'],
  [
    ts.SyntaxKind.IndexedAccessType,
    'indexed access types are not supported',
    'name the type and refer to it',
  ],
  [
    ts.SyntaxKind.TemplateLiteralType,
    'template literal types are not supported',
    'use string with // +kubebuilder:validation:Pattern=…',
  ],
  [
    ts.SyntaxKind.ImportType,
    "import('…') types are not supported",
    'import the type with an import declaration',
  ],
  [
    ts.SyntaxKind.TypeOperator,
    'type operators (keyof, unique) are not supported',
    'write the type out',
  ],
  [
    ts.SyntaxKind.UndefinedKeyword,
    '`undefined` is not supported',
    'make the property optional instead: `name?: T`',
  ],
  [ts.SyntaxKind.NeverKeyword, '`never` is not supported', 'remove the field'],
  [ts.SyntaxKind.VoidKeyword, '`void` is not supported', 'remove the field'],
  [
    ts.SyntaxKind.BigIntKeyword,
    '`bigint` is not supported: JSON has no big integers',
    "use int64 from '@kubegen/runtime', or a string",
  ],
  [ts.SyntaxKind.SymbolKeyword, '`symbol` is not supported', 'use string'],
];

function refuseForm(node: ts.TypeNode, ctx: LoadContext): void {
  const known = FORM_REFUSALS.find(([kind]) => kind === node.kind);
  const [, message, hint] = known ?? [
    node.kind,
    `the type ${node.getText()} is not supported`,
    'use a type of the table in docs/markers.md',
  ];
  ctx.diagnostics.push(unsupported(node, message, hint));
}
