import {
  CelScalar,
  celFunc,
  celMap,
  celMethod,
  isCelList,
  isCelMap,
  isCelUint,
  listType,
  type CelFunc,
  type CelMap,
} from '@bufbuild/cel';
import { strings } from '@bufbuild/cel/ext';
import { formatLibrary } from './format-library';
import { netLibrary } from './net-library';
import { OPTIONAL_NONE, OPTIONAL_VALUE, asOptional, hasValue } from './optionals';
import { celEquals, compare, listItems } from './cel-values';
import { listsExtension } from './lists-library';

export { OPTIONAL_NONE, optionalOf } from './optionals';
import { quantityLibrary } from './quantity-library';
import { semverLibrary } from './semver-library';
import { urlLibrary } from './url-library';

/*
 * The Kubernetes CEL library functions kubegen supports beside CEL's standard ones: the strings
 * extension, the list library (isSorted, sum, min, max, indexOf, lastIndexOf), the regex library
 * (find, findAll), cel-go's sets extension, the optional methods `oldSelf` needs under optionalOldSelf (cel-es has no
 * optional types, so optionals are marked maps), and the quantity, URL, IP and CIDR libraries
 * (quantity-library.ts, url-library.ts, net-library.ts), semver (semver-library.ts) and format
 * (format-library.ts).
 */



function extreme(target: unknown, sign: 1 | -1): unknown {
  const items = listItems(target);
  if (items.length === 0) throw new Error('min/max of an empty list');
  return items.reduce((best, x) => (compare(x, best) * sign > 0 ? x : best));
}

function indexIn(target: unknown, value: unknown, last: boolean): bigint {
  const items = listItems(target);
  const order = last ? items.map((_, i) => items.length - 1 - i) : items.map((_, i) => i);
  for (const i of order) if (celEquals(items[i], value)) return BigInt(i);
  return -1n;
}


/** Whether every item of `items` equals some item of `container` (cel-go's sets.contains). */
function containsAll(container: unknown, items: unknown): boolean {
  const all = listItems(container);
  return listItems(items).every((x) => all.some((y) => celEquals(x, y)));
}

function sum(target: unknown): unknown {
  const items = listItems(target);
  if (items.every((x) => typeof x === 'bigint')) return items.reduce<bigint>((s, x) => s + (x as bigint), 0n);
  return items.reduce<number>((s, x) => s + Number(x), 0);
}

const regexCache = new Map<string, RegExp>();

function regex(pattern: string, global: boolean): RegExp {
  const key = `${global ? 'g' : ''}/${pattern}`;
  let re = regexCache.get(key);
  if (re === undefined) {
    re = new RegExp(pattern, global ? 'gu' : 'u');
    regexCache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

const DYN = CelScalar.DYN;
const DYN_LIST = listType(DYN);

/** The functions registered in kubegen's CEL environment besides the standard library. */
export const kubernetesLibrary: readonly CelFunc[] = [
  ...strings,
  ...quantityLibrary,
  ...semverLibrary,
  ...formatLibrary,
  ...listsExtension,
  ...urlLibrary,
  ...netLibrary,
  celMethod('hasValue', DYN, [], CelScalar.BOOL, function () {
    return hasValue(this);
  }),
  celMethod('value', DYN, [], DYN, function () {
    const opt = asOptional(this);
    if (opt === OPTIONAL_NONE) throw new Error('optional.none() dereference');
    return opt.get(OPTIONAL_VALUE) as never;
  }),
  celMethod('orValue', DYN, [DYN], DYN, function (fallback) {
    const opt = asOptional(this);
    return (opt === OPTIONAL_NONE ? fallback : opt.get(OPTIONAL_VALUE)) as never;
  }),
  // cel-go's sets extension, which the API server's environment includes.
  celFunc('sets.contains', [DYN_LIST, DYN_LIST], CelScalar.BOOL, (list, sublist) => containsAll(list, sublist)),
  celFunc('sets.equivalent', [DYN_LIST, DYN_LIST], CelScalar.BOOL, (a, b) => containsAll(a, b) && containsAll(b, a)),
  celFunc('sets.intersects', [DYN_LIST, DYN_LIST], CelScalar.BOOL, (a, b) => {
    const other = listItems(b);
    return listItems(a).some((x) => other.some((y) => celEquals(x, y)));
  }),
  celMethod('isSorted', DYN_LIST, [], CelScalar.BOOL, function () {
    const items = listItems(this);
    return items.every((x, i) => i === 0 || compare(items[i - 1], x) <= 0);
  }),
  celMethod('sum', DYN_LIST, [], DYN, function () {
    return sum(this) as never;
  }),
  celMethod('min', DYN_LIST, [], DYN, function () {
    return extreme(this, -1) as never;
  }),
  celMethod('max', DYN_LIST, [], DYN, function () {
    return extreme(this, 1) as never;
  }),
  celMethod('indexOf', DYN_LIST, [DYN], CelScalar.INT, function (value) {
    return indexIn(this, value, false);
  }),
  celMethod('lastIndexOf', DYN_LIST, [DYN], CelScalar.INT, function (value) {
    return indexIn(this, value, true);
  }),
  celMethod('find', CelScalar.STRING, [CelScalar.STRING], CelScalar.STRING, function (pattern) {
    return regex(pattern, false).exec(this)?.[0] ?? '';
  }),
  celMethod('findAll', CelScalar.STRING, [CelScalar.STRING], listType(CelScalar.STRING), function (pattern) {
    return [...this.matchAll(regex(pattern, true))].map((m) => m[0]);
  }),
];
