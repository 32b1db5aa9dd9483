import type { JSONObject, JSONValue, RawExtension } from './json';

/**
 * Sets an own property. A plain assignment of `__proto__` would change the prototype instead,
 * and JSON.parse does produce own `__proto__` keys.
 */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    target[key] = value;
  }
}

/** Deep-copies free-form JSON; keys holding `undefined` are kept, so the copy is strictly equal to the original. */
export function deepCopyJSONValue<T extends JSONValue | undefined>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const n = value.length;
    const out: JSONValue[] = new Array<JSONValue>(n);
    for (let i = 0; i < n; i++) out[i] = deepCopyJSONValue(value[i]);
    return out as T;
  }
  const src = value as JSONObject;
  const out: Record<string, unknown> = {};
  const keys = Object.keys(src);
  for (let i = 0; i < keys.length; i++) setOwn(out, keys[i], deepCopyJSONValue(src[keys[i]]));
  return out as T;
}

/** Deep-copies a RawExtension (an embedded object of any kind). */
export function deepCopyRawExtension(src: RawExtension): RawExtension {
  return deepCopyJSONValue(src);
}

/** Copies a map of strings (labels, annotations, matchLabels): the values are immutable, so one level suffices. */
export function deepCopyStringMap(src: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  const keys = Object.keys(src);
  for (let i = 0; i < keys.length; i++) setOwn(out, keys[i], src[keys[i]]);
  return out;
}

/** Copies an array of strings. */
export function deepCopyStringArray(src: readonly string[]): string[] {
  const n = src.length;
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) out[i] = src[i];
  return out;
}
