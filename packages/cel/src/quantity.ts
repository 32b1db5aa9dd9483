/*
 * Kubernetes resource.Quantity (k8s.io/apimachinery/pkg/api/resource, quantity.go, amount.go, math.go,
 * suffix.go) as the CEL quantity library sees it. A quantity is an exact decimal, unscaled × 10^scale.
 * Kube keeps it either as an int64Amount (an int64 and a scale: the fast path) or as an inf.Dec (a big
 * integer and a scale), and what CEL can observe depends on which: `isInteger`/`asInteger` only succeed
 * for an int64Amount of scale >= 0 (so `quantity('1.0').isInteger()` is false, as in kube), and
 * `asApproximateFloat` multiplies the unscaled value by a power of ten of the scale. So this module
 * tracks both the value and kube's representation of it.
 */

/** A quantity's value and the representation kube holds it in. */
export interface Quantity {
  /** The value is unscaled × 10^scale. */
  readonly unscaled: bigint;
  readonly scale: number;
  /** True for kube's int64Amount (the unscaled value fits an int64), false for its inf.Dec. */
  readonly int64: boolean;
}

const SPLIT_RE = '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$';
const ERR_FORMAT = `quantities must match the regular expression '${SPLIT_RE}'`;
const ERR_NUMERIC = 'unable to parse numeric part of quantity';
const ERR_SUFFIX = "unable to parse quantity's suffix";

const INT64_MAX = (1n << 63n) - 1n;
const INT64_MIN = -(1n << 63n);
/** resource.Nano: parsed quantities are rounded up to this scale. */
const NANO = -9;
/** The scale difference beyond which exact arithmetic would need absurdly large numbers (kube would exhaust memory). */
const MAX_RESCALE = 100_000;

const ZERO: Quantity = { unscaled: 0n, scale: 0, int64: true };

function fitsInt64(v: bigint): boolean {
  return v >= INT64_MIN && v <= INT64_MAX;
}

interface Scanned {
  positive: boolean;
  /** The numeric part as written, sign included (Go's `value`). */
  value: string;
  num: string;
  denom: string;
  suffix: string;
}

const DIGIT = /[0-9]/;
const SUFFIX_CHAR = /[eEinumkKMGTP]/;

/** Go's parseQuantityString: splits sign, integer digits (leading zeros stripped), fraction digits and suffix. */
function scan(str: string): Scanned {
  let positive = true;
  let pos = 0;
  const end = str.length;
  if (pos < end && (str[0] === '-' || str[0] === '+')) {
    positive = str[0] === '+';
    pos++;
  }
  while (pos < end && str[pos] === '0') pos++;
  if (pos >= end) return { positive, value: '0', num: '0', denom: '', suffix: '' };
  let i = pos;
  while (i < end && DIGIT.test(str[i])) i++;
  let num = str.slice(pos, i);
  if (i >= end) return { positive, value: str, num, denom: '', suffix: '' };
  pos = i;
  if (num === '') num = '0';
  let denom = '';
  if (str[pos] === '.') {
    pos++;
    i = pos;
    while (i < end && DIGIT.test(str[i])) i++;
    denom = str.slice(pos, i);
    if (i >= end) return { positive, value: str, num, denom, suffix: '' };
    pos = i;
  }
  const value = str.slice(0, pos);
  const suffixStart = pos;
  while (pos < end && SUFFIX_CHAR.test(str[pos])) pos++;
  if (pos < end && (str[pos] === '-' || str[pos] === '+')) pos++;
  while (pos < end && DIGIT.test(str[pos])) pos++;
  if (pos < end) throw new Error(ERR_FORMAT);
  return { positive, value, num, denom, suffix: str.slice(suffixStart) };
}

const DECIMAL_SUFFIXES: Record<string, number> = { '': 0, n: -9, u: -6, m: -3, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_SUFFIXES: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };

/** Go's suffixer.interpret: base and exponent of a suffix, or undefined for an unknown suffix. */
function interpret(suffix: string): { binary: boolean; exponent: number } | undefined {
  if (Object.hasOwn(DECIMAL_SUFFIXES, suffix)) return { binary: false, exponent: DECIMAL_SUFFIXES[suffix] };
  if (Object.hasOwn(BINARY_SUFFIXES, suffix)) return { binary: true, exponent: BINARY_SUFFIXES[suffix] };
  if (suffix.length > 1 && (suffix[0] === 'e' || suffix[0] === 'E') && /^[+-]?[0-9]+$/.test(suffix.slice(1))) {
    const parsed = BigInt(suffix.slice(1));
    // strconv.ParseInt(…, 64) then int32(parsed), which wraps.
    if (fitsInt64(parsed)) return { binary: false, exponent: Number(BigInt.asIntN(32, parsed)) };
  }
  return undefined;
}

/** resource.ParseQuantity; throws kube's error for a string that is not a quantity. */
export function parseQuantity(str: string): Quantity {
  if (str.length === 0) throw new Error(ERR_FORMAT);
  if (str === '0') return ZERO;
  const { positive, value, num, denom, suffix } = scan(str);
  const unit = interpret(suffix);
  if (unit === undefined) throw new Error(ERR_SUFFIX);

  let precision: number;
  let scale = 0;
  let mantissa = 1n;
  if (!unit.binary) {
    scale = unit.exponent;
    precision = 18 - (num.length + denom.length);
  } else if (denom.length === 0) {
    mantissa = 1n << BigInt(unit.exponent);
    // 1Mi (2^20) has ~6 digits of decimal precision, so exponent*3/10 - 1 is roughly the precision (kube's words).
    precision = 15 - num.length - Math.trunc((unit.exponent * 3) / 10) - 1;
  } else {
    precision = -1;
  }

  // The int64Amount fast path.
  if (precision >= 0) {
    scale -= denom.length;
    if (scale >= NANO) {
      const result = BigInt(num + denom) * mantissa;
      if (fitsInt64(result)) return { unscaled: positive ? result : -result, scale, int64: true };
    }
  }

  // The inf.Dec path: exact, then rounded up (away from zero) to nano, binary values capped at 2^63-1.
  const match = /^[+-]?([0-9]*)(?:\.([0-9]*))?$/.exec(value);
  if (match === null || match[1] + (match[2] ?? '') === '') throw new Error(ERR_NUMERIC);
  const fraction = match[2] ?? '';
  let magnitude = BigInt(match[1] + fraction);
  let decScale = -fraction.length;
  if (!unit.binary) decScale += unit.exponent;
  else magnitude <<= BigInt(unit.exponent);
  if (magnitude !== 0n) ({ magnitude, scale: decScale } = roundUpTo(magnitude, decScale, NANO));
  if (unit.binary && magnitude * 10n ** BigInt(Math.max(decScale, 0)) > INT64_MAX * 10n ** BigInt(Math.max(-decScale, 0))) {
    magnitude = INT64_MAX;
    decScale = 0;
  }
  return { unscaled: positive ? magnitude : -magnitude, scale: decScale, int64: false };
}

/** inf.Dec.Round(x, -scale, RoundUp) of a non-negative value: exactly `scale`, rounding away from zero. */
function roundUpTo(magnitude: bigint, from: number, scale: number): { magnitude: bigint; scale: number } {
  if (from >= scale) return { magnitude: magnitude * pow10(from - scale), scale };
  const divisor = pow10(scale - from);
  const q = magnitude / divisor;
  return { magnitude: magnitude % divisor === 0n ? q : q + 1n, scale };
}

function pow10(n: number): bigint {
  if (n > MAX_RESCALE) throw new Error('quantity out of range: its scale is too large to compute with');
  return 10n ** BigInt(n);
}

/** Both values at the smaller of their scales (inf.Dec's alignment). */
function aligned(a: Quantity, b: Quantity): [bigint, bigint, number] {
  const scale = Math.min(a.scale, b.scale);
  return [a.unscaled * pow10(a.scale - scale), b.unscaled * pow10(b.scale - scale), scale];
}

function digits(v: bigint): number {
  return (v < 0n ? -v : v).toString().length;
}

/** Quantity.Cmp: -1, 0 or 1, by value whatever the representation. */
export function compareQuantities(a: Quantity, b: Quantity): number {
  const sa = quantitySign(a);
  const sb = quantitySign(b);
  if (sa !== sb || sa === 0) return Math.sign(sa - sb);
  // Same sign, both non-zero: the magnitudes' orders of ten decide before any rescaling.
  const ea = digits(a.unscaled) + a.scale;
  const eb = digits(b.unscaled) + b.scale;
  if (ea !== eb) return ea > eb ? sa : -sa;
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Quantity.Sign. */
export function quantitySign(q: Quantity): number {
  return q.unscaled > 0n ? 1 : q.unscaled < 0n ? -1 : 0;
}

/** positiveScaleInt64: value × 10^scale, or undefined when it overflows an int64. */
function positiveScaleInt64(value: bigint, scale: number): bigint | undefined {
  if (value === 0n || scale === 0) return value;
  if (scale > 19) return undefined;
  const result = value * 10n ** BigInt(scale);
  return fitsInt64(result) ? result : undefined;
}

/** int64Amount.Add: the sum at the smaller scale, or undefined when an int64 would overflow. */
function addInt64Amounts(a: Quantity, b: Quantity): Quantity | undefined {
  if (b.unscaled === 0n) return a;
  if (a.unscaled === 0n) return b;
  let av: bigint | undefined = a.unscaled;
  let bv: bigint | undefined = b.unscaled;
  if (a.scale > b.scale) av = positiveScaleInt64(a.unscaled, a.scale - b.scale);
  else if (b.scale > a.scale) bv = positiveScaleInt64(b.unscaled, b.scale - a.scale);
  if (av === undefined || bv === undefined || !fitsInt64(av + bv)) return undefined;
  return { unscaled: av + bv, scale: Math.min(a.scale, b.scale), int64: true };
}

/** Quantity.Add: int64 arithmetic while it fits, inf.Dec after. */
export function addQuantities(a: Quantity, b: Quantity): Quantity {
  if (a.int64 && b.int64) {
    const sum = addInt64Amounts(a, b);
    if (sum !== undefined) return sum;
  }
  const [x, y, scale] = aligned(a, b);
  return { unscaled: x + y, scale, int64: false };
}

/** Quantity.Sub. The int64 path negates with int64 wrap-around, as Go does. */
export function subtractQuantities(a: Quantity, b: Quantity): Quantity {
  if (a.int64 && b.int64) {
    const negated: Quantity = { unscaled: BigInt.asIntN(64, -b.unscaled), scale: b.scale, int64: true };
    const difference = addInt64Amounts(a, negated);
    if (difference !== undefined) return difference;
  }
  const [x, y, scale] = aligned(a, b);
  return { unscaled: x - y, scale, int64: false };
}

/** resource.NewQuantity(n, DecimalExponent): an int as a quantity. */
export function quantityOfInt(n: bigint): Quantity {
  return { unscaled: n, scale: 0, int64: true };
}

/** Quantity.AsInt64: the value as an int64, or undefined when kube cannot convert it without loss. */
export function quantityAsInt64(q: Quantity): bigint | undefined {
  if (!q.int64 || q.scale < 0) return undefined;
  return positiveScaleInt64(q.unscaled, q.scale);
}

// Go's math.Pow10 tables: exact powers of ten, combined as Go combines them so results match bit for bit.
const POW10_TAB = Array.from({ length: 32 }, (_, i) => Number(`1e${i}`));
const POW10_POS32 = Array.from({ length: 10 }, (_, i) => Number(`1e${i * 32}`));
const POW10_NEG32 = Array.from({ length: 11 }, (_, i) => Number(`1e-${i * 32}`));

function goPow10(n: number): number {
  if (n >= 0 && n <= 308) return POW10_POS32[n >>> 5] * POW10_TAB[n & 31];
  if (n >= -323 && n <= 0) return POW10_NEG32[-n >>> 5] / POW10_TAB[-n & 31];
  return n > 0 ? Infinity : 0;
}

/** Quantity.AsApproximateFloat64. */
export function quantityAsApproximateFloat(q: Quantity): number {
  const base = Number(q.unscaled);
  return q.scale === 0 ? base : base * goPow10(q.scale);
}

/** A text that two quantities share exactly when they are equal (Quantity.Equal compares by value). */
export function quantityIdentity(q: Quantity): string {
  if (q.unscaled === 0n) return '0';
  let text = q.unscaled.toString();
  const trimmed = text.replace(/0+$/, '');
  const scale = q.scale + (text.length - trimmed.length);
  text = trimmed;
  return `${text}e${scale}`;
}
