import { CelScalar, celFunc, celMethod, type CelFunc, type CelMap } from '@bufbuild/cel';
import { OPAQUE, expectOpaque, opaqueOf, opaqueValue } from './opaque';
import { parseSemver, parseSemverNormalized, semverIdentity, type Semver } from './semver';

/*
 * Kubernetes' CEL semver library (k8s.io/apiserver/pkg/cel/library/semverlib.go): semver(s), semver(s, normalize),
 * isSemver(s), isSemver(s, normalize), major(), minor(), patch(). compareTo, isLessThan and isGreaterThan are
 * shared with quantities (quantity-library.ts), since both are opaque values to cel-es.
 */

const SEMVER = 'kubernetes.Semver';
const { BOOL, INT, STRING } = CelScalar;

function celSemver(v: Semver): CelMap {
  return opaqueValue(SEMVER, semverIdentity(v), v);
}

function parse(s: string, normalize: boolean): Semver {
  return normalize ? parseSemverNormalized(s) : parseSemver(s);
}

function parses(s: string, normalize: boolean): boolean {
  try {
    parse(s, normalize);
    return true;
  } catch {
    return false;
  }
}

/** The version inside a semver CEL value, or undefined for any other value. */
export function semverOf(value: unknown): Semver | undefined {
  return opaqueOf<Semver>(SEMVER, value);
}

/** The version inside a semver CEL value; another value is a "no such overload" error. */
export function expectSemver(value: unknown): Semver {
  return expectOpaque<Semver>(SEMVER, value);
}

/** The semver library's functions (the comparisons are in quantity-library.ts). */
export const semverLibrary: readonly CelFunc[] = [
  celFunc('semver', [STRING], OPAQUE, (s) => celSemver(parse(s, false))),
  celFunc('semver', [STRING, BOOL], OPAQUE, (s, normalize) => celSemver(parse(s, normalize))),
  celFunc('isSemver', [STRING], BOOL, (s) => parses(s, false)),
  celFunc('isSemver', [STRING, BOOL], BOOL, (s, normalize) => parses(s, normalize)),
  // Go converts the uint64 parts to CEL's int64.
  celMethod('major', OPAQUE, [], INT, function () {
    return BigInt.asIntN(64, expectSemver(this).major);
  }),
  celMethod('minor', OPAQUE, [], INT, function () {
    return BigInt.asIntN(64, expectSemver(this).minor);
  }),
  celMethod('patch', OPAQUE, [], INT, function () {
    return BigInt.asIntN(64, expectSemver(this).patch);
  }),
];
