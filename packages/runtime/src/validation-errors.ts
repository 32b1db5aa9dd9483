import { invalid, notSupported, required, tooLong, tooMany, typeInvalid, type FieldError } from './field-errors';
import type { PathSteps } from './validation-helpers';

/*
 * The errors generated validators report, built from the path steps a check function holds and the
 * steps below them to the value at fault. Generated code calls these only when a check fails, so the
 * path string is built only then; each keeps a check to one short line of generated code. The
 * messages are those of the API server's schema validation, word for word.
 */

/**
 * Steps below a check function's `path` to the value an error is about, in PathSteps form: `''` for the
 * value itself, `'.spec.replicas'` for fields, or a list of steps when loop indexes or map keys are among them.
 */
export type PathTail = string | readonly (string | number)[];

/** The field path string of `tail` below `path`, e.g. `spec.containers[2].ports`; empty at the root. */
export function pathAt(path: PathSteps, tail: PathTail): string {
  let text = '';
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    text += typeof step === 'number' ? `[${step}]` : step;
  }
  if (typeof tail === 'string') text += tail;
  else {
    for (let i = 0; i < tail.length; i++) {
      const step = tail[i];
      text += typeof step === 'number' ? `[${step}]` : step;
    }
  }
  return text.charCodeAt(0) === 46 /* . */ ? text.slice(1) : text;
}

/** True when a number lies in int32's range (generated code tests that it is an integer first). */
export function isInt32(value: number): boolean {
  return value >= -2147483648 && value <= 2147483647;
}

/** A required field is missing. */
export function requiredAt(path: PathSteps, tail: PathTail): FieldError {
  return required(pathAt(path, tail), '');
}

/** A value is not of its schema's JSON type or format: `must be of type <type>`. */
export function wrongType(path: PathSteps, tail: PathTail, value: unknown, type: string): FieldError {
  return typeInvalid(pathAt(path, tail), value, `must be of type ${type}`);
}

/** A string has more than `maxLength` characters (MaxLength). */
export function tooLongAt(path: PathSteps, tail: PathTail, value: string, maxLength: number): FieldError {
  return tooLong(pathAt(path, tail), value, maxLength);
}

/** A string has fewer than `minLength` characters (MinLength). */
export function tooShort(path: PathSteps, tail: PathTail, value: string, minLength: number): FieldError {
  return invalid(pathAt(path, tail), value, `should be at least ${minLength} chars long`);
}

/** A string does not match its schema's `pattern` (Pattern); `pattern` is the marker's text. */
export function noMatch(path: PathSteps, tail: PathTail, value: string, pattern: string): FieldError {
  return invalid(pathAt(path, tail), value, `should match '${pattern}'`);
}

/** A number is below `minimum`, or at it when `exclusive` (Minimum, ExclusiveMinimum). */
export function belowMinimum(path: PathSteps, tail: PathTail, value: number, minimum: number, exclusive = false): FieldError {
  const words = exclusive ? 'greater than' : 'greater than or equal to';
  return invalid(pathAt(path, tail), value, `should be ${words} ${minimum}`);
}

/** A number is above `maximum`, or at it when `exclusive` (Maximum, ExclusiveMaximum). */
export function aboveMaximum(path: PathSteps, tail: PathTail, value: number, maximum: number, exclusive = false): FieldError {
  const words = exclusive ? 'less than' : 'less than or equal to';
  return invalid(pathAt(path, tail), value, `should be ${words} ${maximum}`);
}

/** A number is not a multiple of `factor` (MultipleOf). */
export function notMultipleOf(path: PathSteps, tail: PathTail, value: number, factor: number): FieldError {
  return invalid(pathAt(path, tail), value, `should be a multiple of ${factor}`);
}

/** A value is not one of its schema's enum values; `supported` lists them for the message (Enum). */
export function notSupportedAt(
  path: PathSteps,
  tail: PathTail,
  value: unknown,
  supported: readonly (string | number | boolean)[],
): FieldError {
  return notSupported(pathAt(path, tail), value, supported);
}

/** A list has more than `max` items, or an object more than `max` properties (MaxItems, MaxProperties). */
export function tooManyAt(path: PathSteps, tail: PathTail, count: number, max: number): FieldError {
  return tooMany(pathAt(path, tail), count, max);
}

/** A list has fewer than `min` items (MinItems). */
export function tooFewItems(path: PathSteps, tail: PathTail, count: number, min: number): FieldError {
  return invalid(pathAt(path, tail), count, `should have at least ${min} items`);
}

/** An object has fewer than `min` properties (MinProperties). */
export function tooFewProperties(path: PathSteps, tail: PathTail, count: number, min: number): FieldError {
  return invalid(pathAt(path, tail), count, `should have at least ${min} properties`);
}
