import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';
import { celSyntaxError, isTransitionRule } from '@kubegen/cel/syntax';
import type { ApiField, ApiType, TypeRef } from '@kubegen/model';
import { constraintsOf, oneOfRules, type Constraints } from './constraints';

/*
 * Problems found while generating validators: patterns JavaScript cannot compile, CEL that does not
 * parse, and transition rules where the old value can never be found (the API server refuses those
 * CRDs with "oldSelf cannot be used on the uncorrelatable portion of the schema").
 */

/** Checks the markers of every reachable type; `uncorrelatable` types are reached through list items. */
export function checkTypes(types: readonly ApiType[], index: ReadonlyMap<string, ApiType>, roots: readonly ApiType[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const type of types) {
    checkConstraints(constraintsOf(type.markers), type.name, out);
    checkConstraints(constraintsOf(type.markers, true), type.name, out);
    for (const { rule, marker } of oneOfRules(type.markers)) checkRuleSyntax(rule.rule, marker.position, type.name, out);
    if (type.shape.form === 'struct') for (const f of type.shape.fields) checkField(f, `${type.name}.${f.name}`, out);
  }
  const visited = new Set<string>();
  for (const root of roots) walkCorrelation(root, false, index, visited, out, root.name);
  return out;
}

function checkField(field: ApiField, label: string, out: Diagnostic[]): void {
  checkConstraints(constraintsOf(field.markers), label, out);
  checkConstraints(constraintsOf(field.markers, true), label, out);
  inlineFields(field.type).forEach((f) => checkField(f, `${label}.${f.name}`, out));
}

function inlineFields(ref: TypeRef): ApiField[] {
  if (ref.ref === 'struct') return ref.fields;
  if (ref.ref === 'array') return inlineFields(ref.items);
  if (ref.ref === 'map') return inlineFields(ref.values);
  return [];
}

function checkConstraints(c: Constraints, label: string, out: Diagnostic[]): void {
  if (c.pattern !== undefined) {
    try {
      new RegExp(c.pattern, 'u');
    } catch (e) {
      out.push(
        error(
          Codes.PatternNotJavaScript,
          `Pattern ${JSON.stringify(c.pattern)} of ${label} is not a valid regular expression: ${(e as Error).message}`,
          c.patternAt,
          'write an RE2 pattern that JavaScript also accepts with the u flag (no look-around, no back-references), in back quotes',
        ),
      );
    }
  }
  for (const { rule, marker } of c.rules) {
    checkRuleSyntax(rule.rule, marker.position, label, out);
    if (rule.messageExpression !== undefined) checkRuleSyntax(rule.messageExpression, marker.position, label, out);
  }
}

function checkRuleSyntax(expression: string, position: Diagnostic['position'], label: string, out: Diagnostic[]): void {
  const problem = celSyntaxError(expression);
  if (problem === undefined) return;
  out.push(
    error(
      Codes.InvalidCelRule,
      `the CEL expression ${JSON.stringify(expression)} on ${label} does not parse: ${problem}`,
      position,
      'write a CEL expression over self (and oldSelf for transition rules), e.g. rule="self.minReplicas <= self.maxReplicas"',
    ),
  );
}

function walkCorrelation(
  type: ApiType,
  uncorrelatable: boolean,
  index: ReadonlyMap<string, ApiType>,
  visited: Set<string>,
  out: Diagnostic[],
  listLabel: string,
): void {
  const key = `${type.id}|${uncorrelatable}`;
  if (visited.has(key)) return;
  visited.add(key);
  if (uncorrelatable) reportTransitions(constraintsOf(type.markers), type.name, listLabel, out);
  if (type.shape.form === 'struct') {
    for (const f of type.shape.fields) walkRef(f.type, f.markers, uncorrelatable, `${type.name}.${f.name}`, index, visited, out, listLabel);
  } else if (type.shape.form === 'alias') {
    walkRef(type.shape.target, [], uncorrelatable, type.name, index, visited, out, listLabel);
  }
}

function walkRef(
  ref: TypeRef,
  markers: ApiField['markers'],
  uncorrelatable: boolean,
  label: string,
  index: ReadonlyMap<string, ApiType>,
  visited: Set<string>,
  out: Diagnostic[],
  listLabel: string,
): void {
  const c = constraintsOf(markers);
  if (uncorrelatable) reportTransitions(c, label, listLabel, out);
  if (uncorrelatable) {
    const immutable = markers.find((m) => m.name === 'k8s:immutable');
    if (immutable !== undefined) reportTransition(label, listLabel, immutable.position, '+k8s:immutable', out);
  }
  switch (ref.ref) {
    case 'named': {
      const target = index.get(ref.id);
      if (target !== undefined) walkCorrelation(target, uncorrelatable, index, visited, out, listLabel);
      return;
    }
    case 'array': {
      const isMapList = c.listType === 'map';
      const itemsUncorrelatable = uncorrelatable || !isMapList;
      const itemC = constraintsOf(markers, true);
      const nextLabel = uncorrelatable ? listLabel : label;
      if (itemsUncorrelatable) reportTransitions(itemC, `${label}[*]`, nextLabel, out);
      return walkRef(ref.items, [], itemsUncorrelatable, `${label}[*]`, index, visited, out, nextLabel);
    }
    case 'map':
      return walkRef(ref.values, [], uncorrelatable, `${label}[*]`, index, visited, out, listLabel);
    case 'struct':
      for (const f of ref.fields) walkRef(f.type, f.markers, uncorrelatable, `${label}.${f.name}`, index, visited, out, listLabel);
      return;
    default:
      return;
  }
}

function reportTransitions(c: Constraints, label: string, listLabel: string, out: Diagnostic[]): void {
  for (const { rule, marker } of c.rules) {
    if (isTransitionRule(rule.rule)) reportTransition(label, listLabel, marker.position, `rule ${JSON.stringify(rule.rule)}`, out);
  }
}

function reportTransition(label: string, listLabel: string, position: Diagnostic['position'], what: string, out: Diagnostic[]): void {
  out.push(
    error(
      Codes.OldSelfUncorrelatable,
      `${what} on ${label} reads oldSelf, but ${label} is inside the items of ${listLabel}, a list whose items cannot be matched with the old object's: the value cannot change, it is replaced, so the rule would never run`,
      position,
      `make ${listLabel} a +listType=map with +listMapKey=<key field> so that items are matched by key, or put the rule on ${listLabel} itself, where self and oldSelf are the whole lists`,
    ),
  );
}
