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
