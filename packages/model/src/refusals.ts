import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';
import type { ts } from 'ts-morph';
import { positionOf } from './positions';

/** A KG2002 error at a type node: the form kubegen cannot map, and what to write instead. */
export function unsupported(node: ts.Node, message: string, hint: string): Diagnostic {
  return error(Codes.UnsupportedType, message, positionOf(node), hint);
}

/** Hints for the built-in names that are not API types. */
export const BUILTIN_HINTS: Readonly<Record<string, string>> = {
  Date: "use Time from '@kubegen/runtime' (an RFC 3339 date-time string)",
  Map: 'use Record<string, T> (a JSON object)',
  ReadonlyMap: 'use Record<string, T> (a JSON object)',
  Set: 'use T[] with the marker // +listType=set',
  ReadonlySet: 'use T[] with the marker // +listType=set',
  Promise: 'API types are data: use the type of the value itself',
  Function: 'API types are data: functions cannot be serialised to JSON',
  Uint8Array: "use Bytes from '@kubegen/runtime' (base64 in JSON, as Go's []byte)",
  Object: 'declare an interface with the fields, or use Record<string, T>',
  String: 'use the primitive type string',
  Number: "use int32, int64 or float64 from '@kubegen/runtime'",
  Boolean: 'use the primitive type boolean',
};

/** Hint for a utility or mapped type (`Partial`, `Pick`, …). */
export const UTILITY_HINT =
  'declare a named interface with exactly the fields you want (kubegen reads types from their syntax)';
