import {
  duplicate,
  forbidden,
  invalid,
  required,
  type FieldError,
} from '@kubegen/runtime';
import { evaluateCel } from './compile';
import { isTransitionRule } from './transition';
import { OPTIONAL_NONE, optionalOf } from './library';
import { toCelValue } from './values';

/** One `x-kubernetes-validations` rule, as generated validators declare it. */
export interface CelRule {
  rule: string;
  message?: string;
  messageExpression?: string;
  reason?: 'FieldValueRequired' | 'FieldValueInvalid' | 'FieldValueForbidden' | 'FieldValueDuplicate';
  /** JSON path (`.spec.x`) of the field the error is reported on, relative to the rule's node. */
  fieldPath?: string;
  optionalOldSelf?: boolean;
}

/** A rule with what is worked out once: whether it reads `oldSelf`. */
interface PreparedRule extends CelRule {
  transition: boolean;
}

const prepared = new WeakMap<CelRule, PreparedRule>();

function prepare(rule: CelRule): PreparedRule {
  let p = prepared.get(rule);
  if (p === undefined) {
    p = { ...rule, transition: isTransitionRule(rule.rule) };
    prepared.set(rule, p);
  }
  return p;
}

/**
 * Evaluates the rules of one schema node against `self` (and `old`, the correlated old value, on
 * update) and appends an error for each rule that does not hold. `schemaType` is the node's schema
 * type (`object`, `string`, …), which the API server reports as the bad value of a failed rule.
 * Transition rules are skipped when there is no old value, unless `optionalOldSelf` is set.
 */
export function checkCelRules(
  rules: readonly CelRule[],
  self: unknown,
  old: unknown,
  path: string,
  schemaType: string,
  errs: FieldError[],
): void {
  let celSelf: unknown;
  let celOld: unknown;
  for (const raw of rules) {
    const rule = prepare(raw);
    let oldSelf: unknown;
    if (rule.transition) {
      if (old === undefined && !rule.optionalOldSelf) continue;
      if (old !== undefined) celOld ??= toCelValue(old);
      oldSelf = rule.optionalOldSelf ? (old === undefined ? OPTIONAL_NONE : optionalOf(celOld)) : celOld;
    }
    celSelf ??= toCelValue(self);
    const result = evaluateCel(rule.rule, celSelf, oldSelf);
    if (result === true) continue;
    const at = rule.fieldPath === undefined ? path : joinFieldPath(path, rule.fieldPath);
    if (result instanceof Error) {
      errs.push(invalid(at, schemaType, `${rule.rule}: ${result.message}`));
      continue;
    }
    if (typeof result !== 'boolean') {
      errs.push(invalid(at, schemaType, `${rule.rule}: rule must evaluate to a bool`));
      continue;
    }
    errs.push(errorForReason(rule.reason, at, schemaType, messageOf(rule, celSelf, oldSelf)));
  }
}

function messageOf(rule: CelRule, self: unknown, oldSelf: unknown): string {
  if (rule.messageExpression !== undefined) {
    const message = evaluateCel(rule.messageExpression, self, oldSelf);
    // As the API server: a messageExpression that fails or gives an empty string falls back to the message.
    if (typeof message === 'string' && message.trim() !== '' && !message.includes('\n')) return message;
  }
  if (rule.message !== undefined) return rule.message;
  return `failed rule: ${rule.rule}`;
}

function errorForReason(reason: CelRule['reason'], path: string, value: string, detail: string): FieldError {
  switch (reason) {
    case 'FieldValueRequired':
      return required(path, detail);
    case 'FieldValueForbidden':
      return forbidden(path, detail);
    case 'FieldValueDuplicate':
      return { ...duplicate(path, value), detail };
    default:
      return invalid(path, value, detail);
  }
}

/** `spec` + `.x.y` → `spec.x.y`; a root path with a field path gives the field path without its dot. */
export function joinFieldPath(path: string, fieldPath: string): string {
  const relative = fieldPath.startsWith('.') ? fieldPath : `.${fieldPath}`;
  return path === '' ? relative.slice(1) : path + relative;
}
