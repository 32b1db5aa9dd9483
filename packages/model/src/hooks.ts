import { ts } from 'ts-morph';
import type { MarkerValue, ParsedMarker } from '@kubegen/markers';
import type { PackageInfo } from './context';
import { hasExportKeyword, isExported } from './exported';
import { positionOf, relativePath } from './positions';
import type { ApiConstant, ApiFunction } from './types';

const byName = <T extends { name: string }>(a: T, b: T) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/** The exported functions and consts of a package's hand-written files (hooks and `+default=ref(Name)` targets). */
export function collectHooks(
  root: string,
  pkg: PackageInfo,
  declarationMarkers: ReadonlyMap<ts.Node, ParsedMarker[]>,
): { functions: ApiFunction[]; constants: ApiConstant[] } {
  const functions: ApiFunction[] = [];
  const constants: ApiConstant[] = [];
  for (const sourceFile of pkg.files) {
    const file = relativePath(root, sourceFile.fileName);
    for (const statement of sourceFile.statements) {
      if (!ts.isFunctionDeclaration(statement) || !statement.name) continue;
      const name = statement.name.getText(sourceFile);
      if (!name || !isExported(statement, sourceFile)) continue;
      functions.push({
        name,
        file,
        position: positionOf(statement.name, sourceFile),
        parameters: statement.parameters.map((p) => ({
          name: p.name.getText(sourceFile),
          type: p.type?.getText(sourceFile) ?? '',
        })),
        returnType: statement.type?.getText(sourceFile) ?? 'void',
        markers: declarationMarkers.get(statement) ?? [],
      });
    }
    for (const { decl, value, type } of exportedConsts(sourceFile)) {
      constants.push({
        name: decl.name.getText(sourceFile),
        file,
        position: positionOf(decl.name, sourceFile),
        ...(value !== undefined ? { value } : {}),
        ...(type !== undefined ? { type } : {}),
      });
    }
  }
  return { functions: functions.sort(byName), constants: constants.sort(byName) };
}

/** An `export const` declaration with its JSON-like value and declared type text when present. */
export interface ExportedConst {
  decl: ts.VariableDeclaration;
  value?: MarkerValue;
  type?: string;
}

/** The file's `export const` declarations, with their JSON-like value and declared type text when present. */
export function exportedConsts(sourceFile: ts.SourceFile): ExportedConst[] {
  const out: ExportedConst[] = [];
  for (const statement of sourceFile.statements) {
    if (!ts.isVariableStatement(statement) || !hasExportKeyword(statement)) continue;
    // `let` and `using` declarations share flag bits with `const`: only exactly Const is a const.
    if ((statement.declarationList.flags & ts.NodeFlags.BlockScoped) !== ts.NodeFlags.Const)
      continue;
    for (const decl of statement.declarationList.declarations) {
      const initializer = decl.initializer;
      out.push({
        decl,
        value: initializer ? literalValue(initializer) : undefined,
        type: decl.type?.getText(sourceFile),
      });
    }
  }
  return out;
}

/** The value of a JSON-like literal expression (`as const`, `satisfies` and parentheses looked through). */
export function literalValue(node: ts.Expression): MarkerValue | undefined {
  if (
    ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isParenthesizedExpression(node)
  ) {
    return literalValue(node.expression);
  }
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return numericValue(node);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) {
    const operand = node.operand;
    return ts.isNumericLiteral(operand) ? -numericValue(operand) : undefined;
  }
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (node.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isArrayLiteralExpression(node)) {
    const items = node.elements.map((e) => literalValue(e));
    return items.every((i) => i !== undefined) ? (items as MarkerValue[]) : undefined;
  }
  if (ts.isObjectLiteralExpression(node)) return objectValue(node);
  return undefined;
}

/** A numeric literal's value, read as ts-morph's `getLiteralValue` reads it. */
function numericValue(node: ts.NumericLiteral): number {
  return node.text.includes('.') ? parseFloat(node.text) : parseInt(node.text, 10);
}

function objectValue(node: ts.ObjectLiteralExpression): MarkerValue | undefined {
  const out: { [key: string]: MarkerValue } = {};
  for (const property of node.properties) {
    if (!ts.isPropertyAssignment(property)) return undefined;
    const nameNode = property.name;
    const key = ts.isIdentifier(nameNode)
      ? nameNode.getText()
      : ts.isStringLiteral(nameNode) || ts.isNoSubstitutionTemplateLiteral(nameNode)
        ? nameNode.text
        : undefined;
    const value = literalValue(property.initializer);
    if (key === undefined || value === undefined) return undefined;
    out[key] = value;
  }
  return out;
}
