/*
 * Go's fmt verbs for the values a field error can hold, so error strings match the Go apiserver's byte for byte
 * where JavaScript can express the same value.
 */

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

const NAMED_ESCAPES: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '"': '\\"',
  '\\': '\\\\',
};

/** A string quoted as Go's `strconv.Quote` (`%q`): printable characters kept, others escaped. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const named = NAMED_ESCAPES[ch];
    if (named !== undefined) {
      out += named;
      continue;
    }
    if (PRINTABLE.test(ch)) {
      out += ch;
      continue;
    }
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (cp < 0x10000) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += `\\U${cp.toString(16).padStart(8, '0')}`;
  }
  return `${out}"`;
}

/**
 * A number printed as Go's `%v` of a float64: exponent form when the exponent is below -4 or at least 21,
 * with a sign and at least two exponent digits (`1e-05`, `1e+21`).
 */
export function goNumber(n: number): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'NaN' : n > 0 ? '+Inf' : '-Inf';
  if (n === 0) return Object.is(n, -0) ? '-0' : '0';
  const [mantissa, exponentText] = n.toExponential().split('e');
  const exponent = Number(exponentText);
  if (exponent >= -4 && exponent < 21) return String(n);
  const sign = exponent < 0 ? '-' : '+';
  return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
}

/** A bad value printed as Go's `field.Error` prints it: numbers and booleans bare, strings quoted, others as JSON. */
export function goValue(value: unknown): string {
  if (value === null || value === undefined) return goQuote('null');
  switch (typeof value) {
    case 'number':
      return goNumber(value);
    case 'bigint':
    case 'boolean':
      return String(value);
    case 'string':
      return goQuote(value);
    default:
      // Go prints structs with %#v, which has no JavaScript counterpart; JSON is the readable equivalent.
      return JSON.stringify(value) ?? String(value);
  }
}
