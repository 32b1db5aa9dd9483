/**
 * JSON values as CEL sees them, as the API server converts them: integral numbers are CEL `int`
 * (bigint), other numbers `double`, objects maps, arrays lists.
 */
export function toCelValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value) : value;
  if (Array.isArray(value)) return value.map(toCelValue);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) out[key] = toCelValue(item);
    }
    return out;
  }
  return value;
}
