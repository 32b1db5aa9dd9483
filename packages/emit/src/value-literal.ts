import type { Doc } from './doc';
import { arrayDoc, breakAfterOperatorDoc, objectDoc } from './js-doc';
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

function flatLiteral(value: LiteralValue): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return tsString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
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
    const breaks = items.every((v) => typeof v === 'object' && v !== null && memberCount(v) > 1) && (items.every(isArray) || !items.some(isArray));
    return arrayDoc(items.map(literalDoc), breaks);
  }
  const members = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => propertyDoc(propertyKey(k), v));
  return objectDoc(members);
}

/** The break rules of prettier's object properties: a string value moves below a key of 5 or more characters. */
function propertyDoc(key: string, value: LiteralValue): Doc {
  if (typeof value === 'string' && key.length >= 5) return breakAfterOperatorDoc(key, ':', tsString(value));
  return [key, ': ', literalDoc(value)];
}

function memberCount(value: readonly LiteralValue[] | { readonly [key: string]: LiteralValue }): number {
  return (isArray(value) ? value : Object.values(value)).filter((v) => v !== undefined).length;
}
