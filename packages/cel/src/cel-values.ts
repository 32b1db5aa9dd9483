import { isCelList, isCelMap, isCelUint } from '@bufbuild/cel';

/* Equality, order and list access of CEL values, as the library functions need them. */

/** The items of a CEL list; another value is a "no such overload" error. */
export function listItems(target: unknown): unknown[] {
  if (!isCelList(target)) throw new Error('no such overload');
  return [...target];
}

/** CEL's order of two comparable values (numbers across int, uint and double, strings, booleans). */
export function compare(a: unknown, b: unknown): number {
  if (isCelUint(a)) a = a.value;
  if (isCelUint(b)) b = b.value;
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  if ((typeof a === 'number' || typeof a === 'bigint') && (typeof b === 'number' || typeof b === 'bigint')) {
    return Number(a) < Number(b) ? -1 : Number(a) > Number(b) ? 1 : 0;
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  throw new Error('no such overload: values are not comparable');
}

/** CEL equality: numbers across int, uint and double, lists and maps by their items. */
export function celEquals(a: unknown, b: unknown): boolean {
  // CEL compares numbers across int, uint and double (1 == 1u == 1.0 in sets and lists).
  if (isCelUint(a)) a = a.value;
  if (isCelUint(b)) b = b.value;
  if (typeof a === typeof b && (typeof a !== 'object' || a === null)) return a === b;
  if ((typeof a === 'number' || typeof a === 'bigint') && (typeof b === 'number' || typeof b === 'bigint')) {
    return Number(a) === Number(b);
  }
  if (isCelList(a) && isCelList(b)) {
    const x = [...a];
    const y = [...b];
    return x.length === y.length && x.every((v, i) => celEquals(v, y[i]));
  }
  if (isCelMap(a) && isCelMap(b)) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a.entries()) if (!b.has(k) || !celEquals(v, b.get(k))) return false;
    return true;
  }
  return false;
}
