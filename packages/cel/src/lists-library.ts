import { CelScalar, celFunc, celList, celMethod, isCelList, isCelUint, listType, type CelFunc, type CelInput, type CelList } from '@bufbuild/cel';
import { celEquals, compare, listItems } from './cel-values';
import { OPTIONAL_NONE, optionalOf } from './optionals';

/*
 * cel-go's lists extension at the version kube-apiserver 1.34+ declares (ext.Lists(ext.ListsVersion(3))):
 * slice, flatten, lists.range, distinct, reverse, sort, first, last; error texts are cel-go's. sortBy is a
 * macro, which cel-es cannot add, so it is not here.
 */

const { INT } = CelScalar;

/** A CEL list of values that came out of CEL lists (so they are CEL values already). */
function list(items: readonly unknown[]): CelList {
  return celList(items as readonly CelInput[]);
}
const DYN_LIST = listType(CelScalar.DYN);

function flatten(items: readonly unknown[], depth: bigint): unknown[] {
  if (depth < 0n) throw new Error('level must be non-negative');
  return items.flatMap((item) => (isCelList(item) && depth > 0n ? flatten([...item], depth - 1n) : [item]));
}

/** The CEL type of a value, for sort's "same type" rule; undefined when values of it do not compare. */
function comparableType(value: unknown): string | undefined {
  if (typeof value === 'bigint') return 'int';
  if (isCelUint(value)) return 'uint';
  if (typeof value === 'number') return 'double';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  return undefined;
}

function sorted(items: readonly unknown[]): unknown[] {
  if (items.length === 0) return [];
  const type = comparableType(items[0]);
  if (type === undefined) throw new Error('list elements must be comparable');
  if (items.some((x) => comparableType(x) !== type)) throw new Error('list elements must have the same type');
  // Array.prototype.sort is stable, as cel-go's sort.SliceStable.
  return [...items].sort(compare);
}

/** The lists extension's functions. */
export const listsExtension: readonly CelFunc[] = [
  celMethod('slice', DYN_LIST, [INT, INT], DYN_LIST, function (start, end) {
    const items = listItems(this);
    if (start < 0n || end < 0n) throw new Error(`cannot slice(${start}, ${end}), negative indexes not supported`);
    if (start > end) throw new Error(`cannot slice(${start}, ${end}), start index must be less than or equal to end index`);
    if (BigInt(items.length) < end) throw new Error(`cannot slice(${start}, ${end}), list is length ${items.length}`);
    return list(items.slice(Number(start), Number(end)));
  }),
  celMethod('flatten', DYN_LIST, [], DYN_LIST, function () {
    return list(flatten(listItems(this), 1n));
  }),
  celMethod('flatten', DYN_LIST, [INT], DYN_LIST, function (depth) {
    return list(flatten(listItems(this), depth));
  }),
  celFunc('lists.range', [INT], listType(INT), (n) => {
    const out: bigint[] = [];
    for (let i = 0n; i < n; i++) out.push(i);
    return celList(out);
  }),
  celMethod('distinct', DYN_LIST, [], DYN_LIST, function () {
    const out: unknown[] = [];
    for (const item of listItems(this)) if (!out.some((x) => celEquals(x, item))) out.push(item);
    return list(out);
  }),
  celMethod('reverse', DYN_LIST, [], DYN_LIST, function () {
    return list(listItems(this).reverse());
  }),
  celMethod('sort', DYN_LIST, [], DYN_LIST, function () {
    return list(sorted(listItems(this)));
  }),
  celMethod('first', DYN_LIST, [], CelScalar.DYN, function () {
    const items = listItems(this);
    return items.length === 0 ? OPTIONAL_NONE : optionalOf(items[0]);
  }),
  celMethod('last', DYN_LIST, [], CelScalar.DYN, function () {
    const items = listItems(this);
    return items.length === 0 ? OPTIONAL_NONE : optionalOf(items[items.length - 1]);
  }),
];
