import { ts } from 'ts-morph';
import { Codes, error } from '@kubegen/diagnostics';
import type { ParsedMarker } from '@kubegen/markers';
import type { LoadContext } from './context';
import { readFieldComment } from './field-comment';
import { MarkerNames } from './marker-names';
import { positionOf } from './positions';
import { unsupported } from './refusals';
import { convertTypeNode, type TypeScope } from './type-refs';
import type { ApiField } from './types';

/** Characters a JSON field name of a Kubernetes API may not contain (whitespace, quotes, backslash, controls). */
const INVALID_FIELD_NAME = /[\s"'`\\\u0000-\u001f\u007f]/;

/**
 * Controller-gen's precedence: `+kubebuilder:validation:Optional` > `+kubebuilder:validation:Required` >
 * `+optional` > `+required` > `?` > the package default.
 */
export function isRequired(
  markers: readonly ParsedMarker[],
  optional: boolean,
  requiredByDefault: boolean,
): boolean {
  const has = (name: string) => markers.some((m) => m.name === name);
  if (has(MarkerNames.validationOptional)) return false;
  if (has(MarkerNames.validationRequired)) return true;
  if (has(MarkerNames.optional)) return false;
  if (has(MarkerNames.required)) return true;
  if (optional) return false;
  return requiredByDefault;
}

/** Converts the members of an interface or an inline object type into fields, in source order. */
export function convertMembers(
  node: ts.Node,
  scope: TypeScope,
  ctx: LoadContext,
): ApiField[] | undefined {
  if (!ts.isInterfaceDeclaration(node) && !ts.isTypeLiteralNode(node)) return undefined;
  const fields: ApiField[] = [];
  let ok = true;
  for (const member of node.members) {
    if (ts.isPropertySignature(member)) {
      const field = convertProperty(member, scope, ctx);
      if (field) fields.push(field);
      else ok = false;
      continue;
    }
    ok = false;
    if (ts.isIndexSignatureDeclaration(member)) {
      ctx.diagnostics.push(
        unsupported(
          member,
          'an index signature cannot stand beside named fields',
          'put the map in a field of its own: `extra?: Record<string, T>`',
        ),
      );
    } else {
      ctx.diagnostics.push(
        unsupported(
          member,
          'methods and call signatures are not supported: API types are plain data',
          'declare properties only, or write the behaviour as a function beside the type',
        ),
      );
    }
  }
  return ok ? fields : undefined;
}

function fieldName(
  prop: ts.PropertySignature,
  scope: TypeScope,
  ctx: LoadContext,
): string | undefined {
  const nameNode = prop.name;
  let name: string | undefined;
  if (ts.isIdentifier(nameNode)) name = nameNode.getText(scope.sourceFile);
  else if (ts.isStringLiteral(nameNode) || ts.isNoSubstitutionTemplateLiteral(nameNode))
    name = nameNode.text;
  if (name !== undefined && name !== '' && !INVALID_FIELD_NAME.test(name)) return name;
  ctx.diagnostics.push(
    error(
      Codes.InvalidFieldName,
      `${nameNode.getText(scope.sourceFile)} is not a valid JSON field name`,
      positionOf(nameNode, scope.sourceFile),
      'name the field with an identifier (`replicas`) or a quoted string without spaces, quotes or backslashes (`"x-kubernetes-id"`)',
    ),
  );
  return undefined;
}

function convertProperty(
  prop: ts.PropertySignature,
  scope: TypeScope,
  ctx: LoadContext,
): ApiField | undefined {
  const name = fieldName(prop, scope, ctx);
  const comment = readFieldComment(prop, scope.sourceFile, ctx.registry);
  if (!scope.home.module) ctx.diagnostics.push(...comment.diagnostics);
  const typeNode = prop.type;
  if (!typeNode) {
    const written = prop.name.getText(scope.sourceFile);
    ctx.diagnostics.push(
      unsupported(prop, `field ${written} has no type`, `write its type: ${written}: string`),
    );
    return undefined;
  }
  const type = convertTypeNode(typeNode, scope, ctx);
  if (name === undefined || !type) return undefined;
  const optional = prop.questionToken !== undefined;
  return {
    name,
    doc: comment.doc,
    markers: comment.markers,
    position: positionOf(prop.name, scope.sourceFile),
    optional,
    required: isRequired(comment.markers, optional, scope.home.fieldsRequiredByDefault),
    nullable:
      type.nullable === true || comment.markers.some((m) => m.name === MarkerNames.nullable),
    type,
  };
}
