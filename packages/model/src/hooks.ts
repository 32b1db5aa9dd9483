import {
  Node,
  SyntaxKind,
  type Expression,
  type SourceFile,
  type VariableDeclaration,
} from 'ts-morph';
import type { MarkerValue, ParsedMarker } from '@kubegen/markers';
import type { PackageInfo } from './context';
import { positionOf, relativePath } from './positions';
import type { ApiConstant, ApiFunction } from './types';

const byName = <T extends { name: string }>(a: T, b: T) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/** The exported functions and consts of a package's hand-written files (hooks and `+default=ref(Name)` targets). */
export function collectHooks(
  root: string,
  pkg: PackageInfo,
  declarationMarkers: ReadonlyMap<Node, ParsedMarker[]>,
): { functions: ApiFunction[]; constants: ApiConstant[] } {
  const functions: ApiFunction[] = [];
  const constants: ApiConstant[] = [];
  for (const sourceFile of pkg.files) {
    const file = relativePath(root, sourceFile.getFilePath());
    for (const statement of sourceFile.getStatements()) {
      if (Node.isFunctionDeclaration(statement) && statement.isExported() && statement.getName()) {
        functions.push({
          name: statement.getName()!,
          file,
          position: positionOf(statement.getNameNode()!),
          parameters: statement
            .getParameters()
            .map((p) => ({ name: p.getName(), type: p.getTypeNode()?.getText() ?? '' })),
          returnType: statement.getReturnTypeNode()?.getText() ?? 'void',
          markers: declarationMarkers.get(statement) ?? [],
        });
      }
    }
    for (const { decl, value, type } of exportedConsts(sourceFile)) {
      constants.push({
        name: decl.getName(),
        file,
        position: positionOf(decl.getNameNode()),
        ...(value !== undefined ? { value } : {}),
        ...(type !== undefined ? { type } : {}),
      });
    }
  }
  return { functions: functions.sort(byName), constants: constants.sort(byName) };
}

/** The file's `export const` declarations, with their JSON-like value and declared type text when present. */
export function exportedConsts(
  sourceFile: SourceFile,
): { decl: VariableDeclaration; value?: MarkerValue; type?: string }[] {
  const out: { decl: VariableDeclaration; value?: MarkerValue; type?: string }[] = [];
  for (const statement of sourceFile.getStatements()) {
    if (!Node.isVariableStatement(statement) || !statement.isExported()) continue;
    if (statement.getDeclarationKind() !== 'const') continue;
    for (const decl of statement.getDeclarations()) {
      const initializer = decl.getInitializer();
      out.push({
        decl,
        value: initializer ? literalValue(initializer) : undefined,
        type: decl.getTypeNode()?.getText(),
      });
    }
  }
  return out;
}

/** The value of a JSON-like literal expression (`as const`, `satisfies` and parentheses looked through). */
export function literalValue(node: Expression): MarkerValue | undefined {
  if (
    Node.isAsExpression(node) ||
    Node.isSatisfiesExpression(node) ||
    Node.isParenthesizedExpression(node)
  ) {
    return literalValue(node.getExpression());
  }
  if (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node))
    return node.getLiteralValue();
  if (Node.isNumericLiteral(node)) return node.getLiteralValue();
  if (Node.isPrefixUnaryExpression(node) && node.getOperatorToken() === SyntaxKind.MinusToken) {
    const operand = node.getOperand();
    return Node.isNumericLiteral(operand) ? -operand.getLiteralValue() : undefined;
  }
  if (node.getKind() === SyntaxKind.TrueKeyword) return true;
  if (node.getKind() === SyntaxKind.FalseKeyword) return false;
  if (node.getKind() === SyntaxKind.NullKeyword) return null;
  if (Node.isArrayLiteralExpression(node)) {
    const items = node.getElements().map((e) => literalValue(e));
    return items.every((i) => i !== undefined) ? (items as MarkerValue[]) : undefined;
  }
  if (Node.isObjectLiteralExpression(node)) return objectValue(node);
  return undefined;
}

function objectValue(node: import('ts-morph').ObjectLiteralExpression): MarkerValue | undefined {
  const out: { [key: string]: MarkerValue } = {};
  for (const property of node.getProperties()) {
    if (!Node.isPropertyAssignment(property)) return undefined;
    const nameNode = property.getNameNode();
    const key = Node.isIdentifier(nameNode)
      ? nameNode.getText()
      : Node.isStringLiteral(nameNode) || Node.isNoSubstitutionTemplateLiteral(nameNode)
        ? nameNode.getLiteralValue()
        : undefined;
    const initializer = property.getInitializer();
    const value = initializer ? literalValue(initializer) : undefined;
    if (key === undefined || value === undefined) return undefined;
    out[key] = value;
  }
  return out;
}
