import { isPlainObject } from './validation-helpers';

/*
 * How the API server matches the items of a `listType=map` list with the old list's for transition rules
 * (`oldSelf` below the items): by the values of the key fields. An item that is not an object, lacks a key
 * field or has a key value that is not a scalar has no old item; of old items with equal keys the first is
 * kept.
 */

/** The items of an old keyed list by their keys, for `correlatedItem`; undefined when the old value is no list. */
export function mapListIndex(oldList: unknown, mapKeys: readonly string[]): ReadonlyMap<string, unknown> | undefined {
  if (!Array.isArray(oldList)) return undefined;
  const index = new Map<string, unknown>();
  for (const item of oldList) {
    const key = compositeKey(item, mapKeys);
    if (key !== undefined && !index.has(key)) index.set(key, item);
  }
  return index;
}

/** The old item matched with `item` (the one with the same key values), or undefined when there is none. */
export function correlatedItem(
  index: ReadonlyMap<string, unknown> | undefined,
  item: unknown,
  mapKeys: readonly string[],
): unknown {
  if (index === undefined) return undefined;
  const key = compositeKey(item, mapKeys);
  return key === undefined ? undefined : index.get(key);
}

/** The key values of a map-list item as one string, or undefined when it has no complete scalar key. */
function compositeKey(item: unknown, mapKeys: readonly string[]): string | undefined {
  if (!isPlainObject(item)) return undefined;
  const values: unknown[] = [];
  for (const k of mapKeys) {
    const value = item[k];
    const t = typeof value;
    if (t !== 'string' && t !== 'boolean' && !(t === 'number' && Number.isFinite(value))) return undefined;
    values.push(value);
  }
  return JSON.stringify(values);
}
