import type { ValueType } from '../types';

/** Value types shared by the catalogue files. */
export const stringValue: ValueType = { type: 'string' };
export const intValue: ValueType = { type: 'int' };
export const numberValue: ValueType = { type: 'number' };
export const boolValue: ValueType = { type: 'bool' };
export const anyValue: ValueType = { type: 'any' };
export const rawValue: ValueType = { type: 'raw' };
export const stringList: ValueType = { type: 'list', of: stringValue };

/** An enum of the given values. */
export function oneOf(...values: string[]): ValueType {
  return { type: 'enum', values };
}
