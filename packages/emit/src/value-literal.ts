import type { Doc } from './doc';
import { arrayDoc, breakAfterOperatorDoc, fluidAssignmentDoc, numberArrayDoc, objectDoc } from './js-doc';
import { propertyKey, tsString } from './literals';
import { PRINT_WIDTH } from './typescript-file';

/** JSON-like data a generator prints as a TypeScript literal; `undefined` members are left out. */
export type LiteralValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly LiteralValue[]
  | { readonly [key: string]: LiteralValue };

/**
 * Prints `value` as a TypeScript expression starting at column `indent.length`: on one line when it
 * fits in the print width, else one member per line with trailing commas, as prettier does.
 */
export function tsLiteral(value: LiteralValue, indent = '', column = indent.length): string {
  const flat = flatLiteral(value);
  if (column + flat.length <= PRINT_WIDTH || typeof value !== 'object' || value === null) {
    return flat;
  }
  const inner = `${indent}  `;
  if (isArray(value)) {
    const items = value.filter((v) => v !== undefined).map((v) => `${inner}${tsLiteral(v, inner)},`);
    return items.length === 0 ? '[]' : `[\n${items.join('\n')}\n${indent}]`;
  }
  const members = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => {
      const key = `${inner}${propertyKey(k)}: `;
      return `${key}${tsLiteral(v, inner, key.length)},`;
    });
  return members.length === 0 ? '{}' : `{\n${members.join('\n')}\n${indent}}`;
}

function isArray(value: LiteralValue): value is readonly LiteralValue[] {
  return Array.isArray(value);
}

/** A literal that is no object or array, as prettier prints it. */
export function scalarLiteral(value: LiteralValue): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return tsString(value);
  // Prettier writes exponents without a plus sign (`1e21`, not `1e+21`).
  if (typeof value === 'number') return String(value).replace('e+', 'e');
  return String(value);
}

function flatLiteral(value: LiteralValue): string {
  if (typeof value !== 'object' || value === null) return scalarLiteral(value);
  if (isArray(value)) {
    return `[${value.filter((v) => v !== undefined).map(flatLiteral).join(', ')}]`;
  }
  const members = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${propertyKey(k)}: ${flatLiteral(v)}`);
  return members.length === 0 ? '{}' : `{ ${members.join(', ')} }`;
}

/** `value` as a layout document that prints as prettier prints the literal (see `printDoc`). */
export function literalDoc(value: LiteralValue): Doc {
  if (typeof value !== 'object' || value === null) return flatLiteral(value);
  if (isArray(value)) {
    const items = value.filter((v) => v !== undefined);
    if (items.length > 1 && items.every((v) => typeof v === 'number')) return numberArrayDoc(items.map(flatLiteral));
    const breaks = items.every((v) => typeof v === 'object' && v !== null && memberCount(v) > 1) && (items.every(isArray) || !items.some(isArray));
    return arrayDoc(items.map(literalDoc), breaks);
  }
  const members = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => propertyDoc(propertyKey(k), v));
  return objectDoc(members);
}

/** One member `key: value` of an object literal as a layout document (the key quoted when it must be). */
export function literalPropertyDoc(key: string, value: LiteralValue): Doc {
  return propertyDoc(propertyKey(key), value);
}

/**
 * The break rules of prettier's object properties: after a key of fewer than 5 characters, or before
 * a boolean or a non-negative number, nothing moves; a string moves below its key when it does not
 * fit beside it; anything else (objects, arrays, `null`, negative numbers) only when not even its
 * first line fits.
 */
function propertyDoc(key: string, value: LiteralValue): Doc {
  return key.length < 5 ? [key, ': ', literalDoc(value)] : literalAssignmentDoc(key, ':', value);
}

/** `left op value` (op ` =` or `:`) with prettier's assignment layout for a literal `value`. */
export function literalAssignmentDoc(left: string, operator: string, value: LiteralValue): Doc {
  if (typeof value === 'boolean' || (typeof value === 'number' && !isNegative(value))) {
    return [left, operator, ' ', literalDoc(value)];
  }
  if (typeof value === 'string') return breakAfterOperatorDoc(left, operator, tsString(value));
  return fluidAssignmentDoc(left, operator, literalDoc(value));
}

/** Whether a number prints with a leading minus (a unary expression to prettier, which may break). */
function isNegative(value: number): boolean {
  return value < 0;
}

function memberCount(value: readonly LiteralValue[] | { readonly [key: string]: LiteralValue }): number {
  return (isArray(value) ? value : Object.values(value)).filter((v) => v !== undefined).length;
}
