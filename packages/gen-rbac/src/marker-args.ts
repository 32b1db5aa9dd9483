import type { MarkerValue } from '@kubegen/markers';

/*
 * Readers for the named arguments of a parsed marker (`{groups: ['apps'], verbs: ['get']}`).
 * The marker parser has already checked types against the registry; these only narrow them for TypeScript.
 */

/** The arguments object of a named-argument marker, or an empty object when the value is a bare flag. */
export function markerArgs(value: MarkerValue): Readonly<Record<string, MarkerValue>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}

/** A list argument as strings (a single value counts as a one-item list); undefined when absent. */
export function listArg(
  args: Readonly<Record<string, MarkerValue>>,
  name: string,
): string[] | undefined {
  const v = args[name];
  if (v === undefined || v === null) return undefined;
  return (Array.isArray(v) ? v : [v]).map((item) => String(item));
}

/** A string argument; undefined when absent. */
export function stringArg(
  args: Readonly<Record<string, MarkerValue>>,
  name: string,
): string | undefined {
  const v = args[name];
  return v === undefined || v === null ? undefined : String(v);
}

/** A boolean argument (`true`/`false`, also written as a string); undefined when absent. */
export function boolArg(
  args: Readonly<Record<string, MarkerValue>>,
  name: string,
): boolean | undefined {
  const v = args[name];
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 'false') return v === 'true';
  return undefined;
}

/** A number argument; undefined when absent or not numeric. */
export function numberArg(
  args: Readonly<Record<string, MarkerValue>>,
  name: string,
): number | undefined {
  const v = args[name];
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}
