import { celMap, type CelMap } from '@bufbuild/cel';

/*
 * CEL optionals: cel-es has no optional type, so an optional is a map marked as one (empty for
 * optional.none(), one entry for optional.of(v)). `oldSelf` under optionalOldSelf and the format
 * library's results are optionals; hasValue, value and orValue read them (library.ts).
 */

const optionals = new WeakSet<object>();
/** The entry of a present optional holding its value. */
export const OPTIONAL_VALUE = 'value';

/** `optional.none()`: the `oldSelf` of a transition rule with optionalOldSelf when there is no old object. */
export const OPTIONAL_NONE: CelMap = markOptional(celMap(new Map()));

/** `optional.of(value)`: the `oldSelf` of a transition rule with optionalOldSelf when there is an old object. */
export function optionalOf(value: unknown): CelMap {
  return markOptional(celMap(new Map([[OPTIONAL_VALUE, value as never]])));
}

function markOptional(map: CelMap): CelMap {
  optionals.add(map);
  return map;
}

/** The optional `target` is; another value is a "no such overload" error. */
export function asOptional(target: unknown): CelMap {
  if (typeof target !== 'object' || target === null || !optionals.has(target)) {
    throw new Error('no such overload: only optional values have this method');
  }
  return target as CelMap;
}

/** Whether an optional holds a value. */
export function hasValue(target: unknown): boolean {
  return asOptional(target) !== OPTIONAL_NONE;
}
