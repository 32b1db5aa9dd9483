import { duplicate, type FieldError } from './field-errors';
import { isPlainObject, jsonKey } from './validation-helpers';

/*
 * The API server's uniqueness rule of `listType=set` lists (whole items) and `listType=map` lists (the
 * key fields of items). Equality is that of the items' JSON texts; small lists of scalar keys, nearly
 * all of them, are compared pair by pair with `===`, which agrees with it there, and allocate nothing.
 */

/** Lists up to this length are compared pair by pair. */
const SMALL_LIST = 16;

/**
 * The key values of the small list being checked, item after item; reused, so that a check allocates
 * nothing. Not cleared after: it holds at most SMALL_LIST × keys scalars of the last list checked.
 */
const keyValues: unknown[] = [];

/** Stands in `keyValues` for a map-list item that is not an object: it has no key and repeats nothing. */
const NOT_AN_OBJECT = {};

/**
 * The uniqueness of a `listType=set` list (`mapKeys` undefined: whole items) or of a `listType=map`
 * list (items unique by their key fields): a Duplicate error on each repeated item, as the API server.
 */
export function checkListUniqueness(
  list: readonly unknown[],
  mapKeys: readonly string[] | undefined,
  path: string,
  errs: FieldError[],
): void {
  if (!readScalarKeys(list, mapKeys)) return checkListUniquenessByKeyText(list, mapKeys, path, errs);
  const width = mapKeys === undefined ? 1 : mapKeys.length;
  for (let i = firstRepeat(list.length, width, 1); i !== -1; i = firstRepeat(list.length, width, i + 1)) {
    const item = list[i];
    errs.push(duplicate(`${path}[${i}]`, mapKeys === undefined ? item : keyFields(item as Record<string, unknown>, mapKeys)));
  }
}

/** Whether `checkListUniqueness` would find nothing: lets a validator build the list's path only on a duplicate. */
export function hasUniqueItems(list: readonly unknown[], mapKeys: readonly string[] | undefined): boolean {
  if (!readScalarKeys(list, mapKeys)) {
    const errs: FieldError[] = [];
    checkListUniquenessByKeyText(list, mapKeys, '', errs);
    return errs.length === 0;
  }
  return firstRepeat(list.length, mapKeys === undefined ? 1 : mapKeys.length, 1) === -1;
}

/** True for a value whose `===` agrees with `jsonKey` equality (objects and non-finite numbers are not). */
function isScalarKey(value: unknown): boolean {
  const t = typeof value;
  return t === 'string' || t === 'boolean' || value === null || value === undefined || (t === 'number' && Number.isFinite(value));
}

/**
 * Copies the key values of a small list into `keyValues` (`mapKeys.length` per item, or the item itself);
 * false, with nothing to compare pair by pair, when the list is long or a key value is not a scalar.
 */
function readScalarKeys(list: readonly unknown[], mapKeys: readonly string[] | undefined): boolean {
  if (list.length > SMALL_LIST || mapKeys?.length === 0) return false;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (mapKeys === undefined) {
      if (!isScalarKey(item)) return false;
      keyValues[i] = item;
    } else if (!isPlainObject(item)) {
      keyValues[i * mapKeys.length] = NOT_AN_OBJECT;
    } else {
      for (let k = 0; k < mapKeys.length; k++) {
        const value = item[mapKeys[k]];
        if (!isScalarKey(value)) return false;
        keyValues[i * mapKeys.length + k] = value;
      }
    }
  }
  return true;
}

/** The index of the first item from `from` on whose keys in `keyValues` equal an earlier item's, or -1. */
function firstRepeat(length: number, width: number, from: number): number {
  for (let i = from; i < length; i++) {
    if (keyValues[i * width] === NOT_AN_OBJECT) continue;
    for (let j = 0; j < i; j++) {
      if (keyValues[j * width] === NOT_AN_OBJECT) continue;
      let k = 0;
      while (k < width && keyValues[i * width + k] === keyValues[j * width + k]) k++;
      if (k === width) return i;
    }
  }
  return -1;
}

/** The key fields of a map-list item that are set, as the Duplicate error shows them. */
function keyFields(item: Record<string, unknown>, mapKeys: readonly string[]): Record<string, unknown> {
  const keys: Record<string, unknown> = {};
  for (const k of mapKeys) if (item[k] !== undefined) keys[k] = item[k];
  return keys;
}

function checkListUniquenessByKeyText(list: readonly unknown[], mapKeys: readonly string[] | undefined, path: string, errs: FieldError[]): void {
  const seen = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    let keyValue: unknown = item;
    if (mapKeys !== undefined) {
      if (!isPlainObject(item)) continue;
      keyValue = keyFields(item, mapKeys);
    }
    const key = jsonKey(keyValue);
    if (seen.has(key)) errs.push(duplicate(`${path}[${i}]`, keyValue));
    else seen.add(key);
  }
}
