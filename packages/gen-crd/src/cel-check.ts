import type * as Cel from '@bufbuild/cel';
import { Codes, error, type Diagnostic, type SourcePosition } from '@kubegen/diagnostics';
import type { JSONSchemaProps, SchemaOrigin, ValidationRule } from '@kubegen/schema';

type Expr = ReturnType<typeof Cel.parse>['expr'];

/** cel-es, loaded on the first rule: a run whose API has no CEL rule never pays the ~90 ms it takes to load. */
function celParser(): typeof Cel {
  return require('@bufbuild/cel') as typeof Cel;
}

/**
 * Parses every `x-kubernetes-validations` rule and messageExpression of a CRD schema with a real CEL parser, and
 * checks that `self.<field>` / `oldSelf.<field>` chains name fields the schema declares. Best effort: a chain stops
 * being checked at a method call, an index, a map, a free-form (preserve-unknown-fields) node or a node without
 * declared properties (root `metadata`); variables of comprehensions (`all(x, …)`) are not followed.
 */
export function checkCelRules(
  schema: JSONSchemaProps,
  origins: WeakMap<object, SchemaOrigin>,
  fallback: SourcePosition,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  walk(schema, (node, rule) => {
    const origin = origins.get(rule);
    const position = origin?.position ?? fallback;
    const where = origin ? ` on ${origin.label}` : '';
    for (const [what, text] of [
      ['rule', rule.rule],
      ['messageExpression', rule.messageExpression],
    ] as const) {
      if (text === undefined) continue;
      let expr: Expr;
      try {
        expr = celParser().parse(text).expr;
      } catch (e) {
        out.push(
          error(
            Codes.CelSyntaxError,
            `the XValidation ${what}${where} is not valid CEL: ${JSON.stringify(text)}: ${(e as Error).message}`,
            position,
            'fix the expression; see https://kubernetes.io/docs/reference/using-api/cel/',
          ),
        );
        continue;
      }
      for (const missing of unknownFields(expr, node))
        out.push(
          error(
            Codes.CelUnknownField,
            `the XValidation ${what}${where} names ${missing.path}, but ${missing.field} is not a field of ${missing.owner}`,
            position,
            missing.known.length > 0
              ? `fields here: ${missing.known.join(', ')}`
              : 'the value has no fields here',
          ),
        );
    }
  });
  return out;
}

function walk(
  s: JSONSchemaProps,
  visit: (node: JSONSchemaProps, rule: ValidationRule) => void,
): void {
  for (const rule of s['x-kubernetes-validations'] ?? []) visit(s, rule);
  for (const child of Object.values(s.properties ?? {})) walk(child, visit);
  if (s.items) walk(s.items, visit);
  if (typeof s.additionalProperties === 'object') walk(s.additionalProperties, visit);
}

interface MissingField {
  path: string;
  field: string;
  owner: string;
  known: string[];
}

function unknownFields(expr: Expr, node: JSONSchemaProps): MissingField[] {
  const out: MissingField[] = [];
  const visit = (e: Expr | undefined): void => {
    if (!e) return;
    const k = e.exprKind;
    switch (k.case) {
      case 'selectExpr': {
        const chain: string[] = [];
        let operand: Expr | undefined = e;
        while (operand?.exprKind.case === 'selectExpr') {
          chain.unshift(operand.exprKind.value.field);
          operand = operand.exprKind.value.operand;
        }
        if (
          operand?.exprKind.case === 'identExpr' &&
          ['self', 'oldSelf'].includes(operand.exprKind.value.name)
        ) {
          const missing = resolve(node, operand.exprKind.value.name, chain);
          if (missing) out.push(missing);
        } else visit(operand);
        return;
      }
      case 'callExpr':
        visit(k.value.target);
        k.value.args.forEach(visit);
        return;
      case 'listExpr':
        k.value.elements.forEach(visit);
        return;
      case 'structExpr':
        k.value.entries.forEach((entry) => {
          if (entry.keyKind.case === 'mapKey') visit(entry.keyKind.value);
          visit(entry.value);
        });
        return;
      case 'comprehensionExpr':
        [
          k.value.iterRange,
          k.value.accuInit,
          k.value.loopCondition,
          k.value.loopStep,
          k.value.result,
        ].forEach(visit);
        return;
    }
  };
  visit(expr);
  return out;
}

function resolve(node: JSONSchemaProps, root: string, chain: string[]): MissingField | undefined {
  let current: JSONSchemaProps = node;
  const path = [root];
  for (const field of chain) {
    if (
      current['x-kubernetes-preserve-unknown-fields'] ||
      typeof current.additionalProperties === 'object' ||
      !current.properties
    )
      return undefined;
    const next: JSONSchemaProps | undefined = current.properties[field];
    if (!next)
      return {
        path: [...path, field].join('.'),
        field,
        owner: path.join('.'),
        known: Object.keys(current.properties).sort(),
      };
    path.push(field);
    current = next;
  }
  return undefined;
}
