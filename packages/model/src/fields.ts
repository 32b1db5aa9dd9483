import { Node, type PropertySignature } from 'ts-morph';
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
  node: Node,
  scope: TypeScope,
  ctx: LoadContext,
): ApiField[] | undefined {
  if (!Node.isInterfaceDeclaration(node) && !Node.isTypeLiteral(node)) return undefined;
  const fields: ApiField[] = [];
  let ok = true;
  for (const member of node.getMembers()) {
    if (Node.isPropertySignature(member)) {
      const field = convertProperty(member, scope, ctx);
      if (field) fields.push(field);
      else ok = false;
      continue;
    }
    ok = false;
    if (Node.isIndexSignatureDeclaration(member)) {
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

function fieldName(prop: PropertySignature, ctx: LoadContext): string | undefined {
  const nameNode = prop.getNameNode();
  let name: string | undefined;
  if (Node.isIdentifier(nameNode)) name = nameNode.getText();
  else if (Node.isStringLiteral(nameNode) || Node.isNoSubstitutionTemplateLiteral(nameNode))
    name = nameNode.getLiteralValue();
  if (name !== undefined && name !== '' && !INVALID_FIELD_NAME.test(name)) return name;
  ctx.diagnostics.push(
    error(
      Codes.InvalidFieldName,
      `${nameNode.getText()} is not a valid JSON field name`,
      positionOf(nameNode),
      'name the field with an identifier (`replicas`) or a quoted string without spaces, quotes or backslashes (`"x-kubernetes-id"`)',
    ),
  );
  return undefined;
}

function convertProperty(
  prop: PropertySignature,
  scope: TypeScope,
  ctx: LoadContext,
): ApiField | undefined {
  const name = fieldName(prop, ctx);
  const comment = readFieldComment(prop, ctx.registry);
  if (!scope.home.module) ctx.diagnostics.push(...comment.diagnostics);
  const typeNode = prop.getTypeNode();
  if (!typeNode) {
    ctx.diagnostics.push(
      unsupported(
        prop,
        `field ${prop.getName()} has no type`,
        `write its type: ${prop.getName()}: string`,
      ),
    );
    return undefined;
  }
  const type = convertTypeNode(typeNode, scope, ctx);
  if (name === undefined || !type) return undefined;
  const optional = prop.hasQuestionToken();
  return {
    name,
    doc: comment.doc,
    markers: comment.markers,
    position: positionOf(prop.getNameNode()),
    optional,
    required: isRequired(comment.markers, optional, scope.home.fieldsRequiredByDefault),
    nullable:
      type.nullable === true || comment.markers.some((m) => m.name === MarkerNames.nullable),
    type,
  };
}
