import { goQuote, goValue } from './go-format';
import type { FieldPath } from './field-path';

/** Why a field is invalid; the values of Go's `field.ErrorType`, which match the CauseType of a Status. */
export type FieldErrorType =
  | 'FieldValueNotFound'
  | 'FieldValueRequired'
  | 'FieldValueDuplicate'
  | 'FieldValueInvalid'
  | 'FieldValueNotSupported'
  | 'FieldValueForbidden'
  | 'FieldValueTooLong'
  | 'FieldValueTooMany'
  | 'InternalError'
  | 'FieldValueTypeInvalid';

/**
 * A validation error on one field, shaped like Go's `field.Error`. `badValue` is absent where Go never prints it
 * (required, forbidden, internal error) or omits it (too many, with an unknown count).
 */
export interface FieldError {
  type: FieldErrorType;
  /** The field path, e.g. `spec.containers[2].name`. */
  field: string;
  badValue?: unknown;
  detail: string;
}

/** A field path as a FieldPath or as its string (generated validators build the string only on error). */
export type PathLike = FieldPath | string;

const TYPE_TEXT: Record<FieldErrorType, string> = {
  FieldValueNotFound: 'Not found',
  FieldValueRequired: 'Required value',
  FieldValueDuplicate: 'Duplicate value',
  FieldValueInvalid: 'Invalid value',
  FieldValueNotSupported: 'Unsupported value',
  FieldValueForbidden: 'Forbidden',
  FieldValueTooLong: 'Too long',
  FieldValueTooMany: 'Too many',
  InternalError: 'Internal error',
  FieldValueTypeInvalid: 'Invalid value',
};

/** The error types whose message never shows the bad value, as in Go's `ErrorBody`. */
const VALUE_HIDDEN: ReadonlySet<FieldErrorType> = new Set([
  'FieldValueRequired',
  'FieldValueForbidden',
  'FieldValueTooLong',
  'InternalError',
]);

function withValue(
  type: FieldErrorType,
  path: PathLike,
  badValue: unknown,
  detail: string,
): FieldError {
  return { type, field: String(path), badValue, detail };
}

function withoutValue(type: FieldErrorType, path: PathLike, detail: string): FieldError {
  return { type, field: String(path), detail };
}

/** A required field is missing (Go's `field.Required`). */
export function required(path: PathLike, detail = ''): FieldError {
  return withoutValue('FieldValueRequired', path, detail);
}

/** A value is malformed or out of range (Go's `field.Invalid`). */
export function invalid(path: PathLike, value: unknown, detail: string): FieldError {
  return withValue('FieldValueInvalid', path, value, detail);
}

/** A value is not one of an enumerated set (Go's `field.NotSupported`); the detail lists the supported values. */
export function notSupported(
  path: PathLike,
  value: unknown,
  valid: readonly (string | number | boolean)[],
): FieldError {
  const detail =
    valid.length > 0 ? `supported values: ${valid.map((v) => goQuote(String(v))).join(', ')}` : '';
  return withValue('FieldValueNotSupported', path, value, detail);
}

/** A value is longer than `maxLength` bytes (Go's `field.TooLong`; a negative maxLength says nothing of the limit). */
export function tooLong(path: PathLike, value: unknown, maxLength: number): FieldError {
  const detail =
    maxLength >= 0
      ? `may not be more than ${maxLength} ${maxLength === 1 ? 'byte' : 'bytes'}`
      : 'value is too long';
  return withValue('FieldValueTooLong', path, value, detail);
}

/** A list has more than `maxQuantity` items (Go's `field.TooMany`; negative numbers mean unknown). */
export function tooMany(path: PathLike, actualQuantity: number, maxQuantity: number): FieldError {
  const detail =
    maxQuantity >= 0
      ? `must have at most ${maxQuantity} ${maxQuantity === 1 ? 'item' : 'items'}`
      : 'has too many items';
  return actualQuantity >= 0
    ? withValue('FieldValueTooMany', path, actualQuantity, detail)
    : withoutValue('FieldValueTooMany', path, detail);
}

/** A value appears twice where values must be unique (Go's `field.Duplicate`). */
export function duplicate(path: PathLike, value: unknown): FieldError {
  return withValue('FieldValueDuplicate', path, value, '');
}

/** A value is well-formed but not allowed here (Go's `field.Forbidden`). */
export function forbidden(path: PathLike, detail: string): FieldError {
  return withoutValue('FieldValueForbidden', path, detail);
}

/** A referenced value was not found (Go's `field.NotFound`). */
export function notFound(path: PathLike, value: unknown): FieldError {
  return withValue('FieldValueNotFound', path, value, '');
}

/** A value has the wrong JSON type for its schema (Go's `field.TypeInvalid`). */
export function typeInvalid(path: PathLike, value: unknown, detail: string): FieldError {
  return withValue('FieldValueTypeInvalid', path, value, detail);
}

/** Something unrelated to the user's input went wrong (Go's `field.InternalError`). */
export function internalError(path: PathLike, error: Error | string): FieldError {
  return withoutValue('InternalError', path, typeof error === 'string' ? error : error.message);
}

/** The message body without the field, as Go's `field.Error.ErrorBody()`. */
export function errorBody(e: FieldError): string {
  let s = TYPE_TEXT[e.type];
  if (!VALUE_HIDDEN.has(e.type) && 'badValue' in e) s += `: ${goValue(e.badValue)}`;
  if (e.detail.length > 0) s += `: ${e.detail}`;
  return s;
}

/** The error as Go's `field.Error.Error()` prints it: `spec.replicas: Invalid value: -1: must be greater than or equal to 0`. */
export function errorString(e: FieldError): string {
  return `${e.field}: ${errorBody(e)}`;
}

/**
 * A list of errors as Go's `ErrorList.ToAggregate().Error()` prints it: one message alone,
 * several de-duplicated in brackets (`[a: Required value, b: Forbidden]`), none as `''`.
 */
export function aggregateErrorString(errors: readonly FieldError[]): string {
  const messages = [...new Set(errors.map(errorString))];
  return messages.length === 1
    ? messages[0]
    : messages.length === 0
      ? ''
      : `[${messages.join(', ')}]`;
}
