import { CelScalar, celFunc, celMethod, type CelFunc, type CelMap } from '@bufbuild/cel';
import { OPAQUE, expectOpaque, opaqueValue } from './opaque';
import { compareSemver } from './semver';
import { expectSemver, semverOf } from './semver-library';
import {
  addQuantities,
  compareQuantities,
  parseQuantity,
  quantityAsApproximateFloat,
  quantityAsInt64,
  quantityIdentity,
  quantityOfInt,
  quantitySign,
  subtractQuantities,
  type Quantity,
} from './quantity';

/*
 * Kubernetes' CEL quantity library (k8s.io/apiserver/pkg/cel/library/quantity.go). Note that kube
 * declares `sign` as a global function, not a method: `sign(quantity('-1'))` compiles in the API server,
 * `quantity('-1').sign()` does not (cel-go checks the call style), so only the former works here too.
 */

const QUANTITY = 'kubernetes.Quantity';
const { BOOL, DOUBLE, INT, STRING } = CelScalar;

function celQuantity(q: Quantity): CelMap {
  return opaqueValue(QUANTITY, quantityIdentity(q), q);
}

function quantityOf(value: unknown): Quantity {
  return expectOpaque<Quantity>(QUANTITY, value);
}

/** Orders two quantities, or two semantic versions (kube declares compareTo and its kin for both types). */
function compareOrdered(a: unknown, b: unknown): number {
  const version = semverOf(a);
  if (version !== undefined) return compareSemver(version, expectSemver(b));
  return compareQuantities(quantityOf(a), quantityOf(b));
}

/** The quantity library's functions. */
export const quantityLibrary: readonly CelFunc[] = [
  celFunc('quantity', [STRING], OPAQUE, (s) => celQuantity(parseQuantity(s))),
  celFunc('isQuantity', [STRING], BOOL, (s) => {
    try {
      parseQuantity(s);
      return true;
    } catch {
      return false;
    }
  }),
  celFunc('sign', [OPAQUE], INT, (q) => BigInt(quantitySign(quantityOf(q)))),
  celMethod('isInteger', OPAQUE, [], BOOL, function () {
    return quantityAsInt64(quantityOf(this)) !== undefined;
  }),
  celMethod('asInteger', OPAQUE, [], INT, function () {
    const n = quantityAsInt64(quantityOf(this));
    if (n === undefined) throw new Error('cannot convert value to integer');
    return n;
  }),
  celMethod('asApproximateFloat', OPAQUE, [], DOUBLE, function () {
    return quantityAsApproximateFloat(quantityOf(this));
  }),
  celMethod('compareTo', OPAQUE, [OPAQUE], INT, function (other) {
    return BigInt(compareOrdered(this, other));
  }),
  celMethod('isLessThan', OPAQUE, [OPAQUE], BOOL, function (other) {
    return compareOrdered(this, other) < 0;
  }),
  celMethod('isGreaterThan', OPAQUE, [OPAQUE], BOOL, function (other) {
    return compareOrdered(this, other) > 0;
  }),
  celMethod('add', OPAQUE, [OPAQUE], OPAQUE, function (other) {
    return celQuantity(addQuantities(quantityOf(this), quantityOf(other)));
  }),
  celMethod('add', OPAQUE, [INT], OPAQUE, function (n) {
    return celQuantity(addQuantities(quantityOf(this), quantityOfInt(n)));
  }),
  celMethod('sub', OPAQUE, [OPAQUE], OPAQUE, function (other) {
    return celQuantity(subtractQuantities(quantityOf(this), quantityOf(other)));
  }),
  celMethod('sub', OPAQUE, [INT], OPAQUE, function (n) {
    return celQuantity(subtractQuantities(quantityOf(this), quantityOfInt(n)));
  }),
];
