import type { SourcePosition } from '@kubegen/diagnostics';
import type { MarkerValue, ParsedMarker } from '@kubegen/markers';
import type { CelRule } from '@kubegen/cel';

/** The value constraints one schema node carries, read from its markers (reference §1.1, §1.2). */
export interface Constraints {
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean;
  exclusiveMaximum?: boolean;
  multipleOf?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  /** Where the Pattern marker stands, for diagnostics. */
  patternAt?: SourcePosition;
  format?: string;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  listType?: 'atomic' | 'set' | 'map';
  listMapKeys?: string[];
  minProperties?: number;
  maxProperties?: number;
  enum?: MarkerValue[];
  intOrString?: boolean;
  /** CEL rules, with the marker each came from. */
  rules: { rule: CelRule; marker: ParsedMarker }[];
}

const VALIDATION = 'kubebuilder:validation:';
const ITEMS = 'kubebuilder:validation:items:';

/** Constraints of a node from its markers; `items` reads the `kubebuilder:validation:items:` forms instead. */
export function constraintsOf(markers: readonly ParsedMarker[], items = false): Constraints {
  const prefix = items ? ITEMS : VALIDATION;
  const c: Constraints = { rules: [] };
  for (const m of markers) {
    const name = m.name.startsWith(prefix) ? m.name.slice(prefix.length) : topologyName(m.name, items);
    if (name === undefined) continue;
    applyMarker(c, name, m);
  }
  return c;
}

/** `listType`/`listMapKey` (and their `k8s:` forms) are node markers; they have no `items:` form. */
function topologyName(name: string, items: boolean): string | undefined {
  if (items) return undefined;
  const bare = name.startsWith('k8s:') ? name.slice(4) : name;
  return bare === 'listType' || bare === 'listMapKey' ? bare : undefined;
}

function applyMarker(c: Constraints, name: string, m: ParsedMarker): void {
  const v = m.value;
  switch (name) {
    case 'Minimum':
      c.minimum = Number(v);
      break;
    case 'Maximum':
      c.maximum = Number(v);
      break;
    case 'ExclusiveMinimum':
      c.exclusiveMinimum = v === true;
      break;
    case 'ExclusiveMaximum':
      c.exclusiveMaximum = v === true;
      break;
    case 'MultipleOf':
      c.multipleOf = Number(v);
      break;
    case 'MinLength':
      c.minLength = Number(v);
      break;
    case 'MaxLength':
      c.maxLength = Number(v);
      break;
    case 'Pattern':
      c.pattern = String(v);
      c.patternAt = m.position;
      break;
    case 'Format':
      c.format = String(v);
      break;
    case 'MinItems':
      c.minItems = Number(v);
      break;
    case 'MaxItems':
      c.maxItems = Number(v);
      break;
    case 'UniqueItems':
      c.uniqueItems = v === true;
      break;
    case 'MinProperties':
      c.minProperties = Number(v);
      break;
    case 'MaxProperties':
      c.maxProperties = Number(v);
      break;
    case 'Enum':
      c.enum = Array.isArray(v) ? v : [v];
      break;
    case 'XIntOrString':
      c.intOrString = true;
      break;
    case 'listType':
      c.listType = v as Constraints['listType'];
      break;
    case 'listMapKey':
      c.listMapKeys = [...(c.listMapKeys ?? []), String(v)];
      break;
    case 'XValidation':
      c.rules.push({ rule: celRuleOf(v), marker: m });
      break;
  }
}

function celRuleOf(value: MarkerValue): CelRule {
  const args = (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}) as Record<string, MarkerValue>;
  const rule: CelRule = { rule: String(args.rule ?? '') };
  if (args.message !== undefined) rule.message = String(args.message);
  if (args.messageExpression !== undefined) rule.messageExpression = String(args.messageExpression);
  if (args.reason !== undefined) rule.reason = String(args.reason) as CelRule['reason'];
  if (args.fieldPath !== undefined) rule.fieldPath = String(args.fieldPath);
  if (args.optionalOldSelf !== undefined) rule.optionalOldSelf = args.optionalOldSelf === true;
  return rule;
}

/** Merges constraints where `over` wins (a field's markers over its type's), rules concatenated field first. */
export function mergeConstraints(under: Constraints, over: Constraints): Constraints {
  return { ...under, ...over, rules: [...over.rules, ...under.rules] };
}

/**
 * The one-of rules a type's `AtMostOneOf`/`ExactlyOneOf`/`AtLeastOneOf` markers stand for, with
 * controller-gen's rule text and messages (after v0.21), in that order after the XValidation rules.
 */
export function oneOfRules(markers: readonly ParsedMarker[]): { rule: CelRule; marker: ParsedMarker }[] {
  const out: { rule: CelRule; marker: ParsedMarker }[] = [];
  const kinds: [string, string, string][] = [
    ['AtMostOneOf', '<= 1', 'at most one of the fields in'],
    ['ExactlyOneOf', '== 1', 'exactly one of the fields in'],
    ['AtLeastOneOf', '', 'at least one of the fields in'],
  ];
  for (const [name, comparison, message] of kinds) {
    for (const m of markers.filter((x) => x.name === VALIDATION + name)) {
      const fields = (Array.isArray(m.value) ? m.value : [m.value]).map(String);
      const rule =
        comparison === ''
          ? fields.map((f) => `has(self.${f})`).join('||')
          : `${fields.map((f) => `(has(self.${f})?1:0)`).join('+')} ${comparison}`;
      const verb = name === 'AtLeastOneOf' || name === 'ExactlyOneOf' ? 'must' : 'may';
      out.push({ rule: { rule, message: `${message} [${fields.join(' ')}] ${verb} be set` }, marker: m });
    }
  }
  return out;
}
